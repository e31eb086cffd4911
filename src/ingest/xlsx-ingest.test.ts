// Workbooks as analysts save them, read and typed end to end (readXlsx, then the ingest): a title above the
// headings, Excel error values, formulas never calculated, merged cells, a hidden old copy of a table and dates
// kept as numbers. Fixtures are synthetic workbooks built in memory with exceljs; no real child data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import type { Issue } from '../checks/issue.ts';
import { dayFromYmd } from '../core/civil-date.ts';
import { createIngest, ingestFiles, type IngestResult } from './ingest.ts';
import { readXlsx } from './read-xlsx.ts';
import { ssdColumns } from './ssd-tables.ts';

const PLACEMENT = ssdColumns('ssd_cla_placement');
const VISITS = ssdColumns('ssd_cla_visits');
const LEAVERS = ssdColumns('ssd_care_leavers');

/** A row of a table's columns, blank but for the values given. */
function row(columns: readonly string[], values: Record<string, ExcelJS.CellValue>): ExcelJS.CellValue[] {
  return columns.map((c) => values[c] ?? null);
}

function placement(k: number): ExcelJS.CellValue[] {
  return row(PLACEMENT, { clap_cla_placement_id: `PL${String(k)}`, clap_cla_placement_start_date: new Date(Date.UTC(2024, 0, 1 + k)), clap_cla_placement_type: 'U1', clap_cla_id: `CLA${String(k)}`, clap_person_id: `P${String(k)}` });
}

function visit(k: number, date: ExcelJS.CellValue = new Date(Date.UTC(2024, 5, 1 + k))): ExcelJS.CellValue[] {
  return row(VISITS, { clav_cla_visit_id: `V${String(k)}`, clav_cla_id: `CLA${String(k)}`, clav_person_id: `P${String(k)}`, clav_cla_visit_date: date, clav_cla_visit_seen: 'Y' });
}

async function ingestWorkbook(build: (book: ExcelJS.Workbook) => void): Promise<IngestResult> {
  const book = new ExcelJS.Workbook();
  build(book);
  const read = await readXlsx('ssd.xlsx', new Uint8Array(await book.xlsx.writeBuffer()));
  const ingest = createIngest();
  ingest.addIssues(read.issues);
  for (const t of read.tables) ingest.add(t);
  return ingest.finish();
}

/** The issues other than the folder's missing SSDA903 tables (these workbooks hold SSD tables only). */
function found(result: IngestResult): Issue[] {
  return result.issues.filter((i) => i.id !== 'required-table-missing');
}

/** A column's letter in a table's columns. */
function letter(columns: readonly string[], column: string): string {
  return String.fromCharCode(65 + columns.indexOf(column));
}

test('a sheet with a title above its headings is read from its heading row, rows numbered as Excel shows them, with a note', async () => {
  const result = await ingestWorkbook((book) => {
    const sheet = book.addWorksheet('Placements');
    sheet.addRow(['Placements at 31 March 2025 (OFFICIAL-SENSITIVE)']);
    sheet.addRow([]);
    sheet.addRow(PLACEMENT);
    for (let k = 1; k <= 1270; k++) sheet.addRow(placement(k));
    // A bad code on Excel's row 6, to show the rows keep their numbers.
    sheet.getCell(`${letter(PLACEMENT, 'clap_cla_placement_type')}6`).value = 'Q9';
    book.addWorksheet('ssd_cla_visits').addRow(VISITS).commit();
  });
  assert.equal(result.ssd.placements.length, 1269);
  assert.equal(result.ssd.placements[0]?.row, 4);
  const issues = found(result);
  assert.ok(!issues.some((i) => i.id === 'sheet-not-recognised'));
  const note = issues.find((i) => i.id === 'sheet-headings-below-first-row');
  assert.deepEqual([note?.severity, note?.file, note?.row], ['note', 'ssd.xlsx (sheet Placements)', 3]);
  assert.match(note?.message ?? '', /headings are in row 3, not row 1/);
  assert.match(note?.message ?? '', /rows 1 to 2 above the headings \(“Placements at 31 March 2025 \(OFFICIAL-SENSITIVE\)”\)/);
  const bad = issues.find((i) => i.id === 'code-invalid');
  assert.deepEqual([bad?.row, bad?.columnLetter, bad?.column, bad?.value], [6, letter(PLACEMENT, 'clap_cla_placement_type'), 'clap_cla_placement_type', 'Q9']);
});

test('a sheet whose headings below a title are close to a known table but not it is an error naming the row, what is missing and the table, beside recognised sheets too', async () => {
  const result = await ingestWorkbook((book) => {
    const sheet = book.addWorksheet('Placements');
    sheet.addRow(['Placements extract']);
    // The distance column misnamed.
    sheet.addRow(PLACEMENT.map((c) => (c === 'clap_cla_placement_distance' ? 'distance_miles' : c)));
    sheet.addRow(placement(1));
    book.addWorksheet('ssd_cla_visits').addRow(VISITS).commit();
  });
  const issue = found(result).find((i) => i.file === 'ssd.xlsx (sheet Placements)');
  assert.deepEqual([issue?.id, issue?.severity, issue?.row], ['table-not-recognised', 'error', 2]);
  assert.match(issue?.message ?? '', /^The column headings in row 2 do not match any SSDA903 or SSD table\. They look most like the SSD table ssd_cla_placement but clap_cla_placement_distance is missing and distance_miles is not an expected heading\./);
  // A cover sheet beside a recognised one is still only a warning.
  const cover = await ingestWorkbook((book) => {
    book.addWorksheet('Cover').addRow(['Prepared by', 'the BI team']);
    book.addWorksheet('ssd_cla_visits').addRow(VISITS).commit();
  });
  assert.deepEqual(found(cover).filter((i) => i.file === 'ssd.xlsx (sheet Cover)').map((i) => [i.id, i.row]), [['sheet-not-recognised', 1]]);
});

test('an Excel error in a typed or required column is an error naming the cell, and the row is left out', async () => {
  const result = await ingestWorkbook((book) => {
    const sheet = book.addWorksheet('ssd_cla_visits');
    sheet.addRow(VISITS);
    sheet.addRow(visit(1));
    sheet.addRow(visit(2, { error: '#N/A' }));
    sheet.addRow(visit(3));
    sheet.getCell(`${letter(VISITS, 'clav_person_id')}4`).value = { formula: 'VLOOKUP(B4,People!A:B,2,FALSE)', result: { error: '#REF!' } };
    sheet.addRow(visit(4));
    sheet.getCell(`${letter(VISITS, 'clav_cla_visit_seen')}5`).value = { error: '#VALUE!' };
  });
  assert.deepEqual(result.ssd.visits.map((v) => v.row), [2]);
  const errors = found(result).filter((i) => i.id === 'cell-excel-error');
  assert.deepEqual(errors.map((i) => [i.severity, i.file, i.row, i.columnLetter, i.column, i.value]), [
    ['error', 'ssd.xlsx (sheet ssd_cla_visits)', 3, letter(VISITS, 'clav_cla_visit_date'), 'clav_cla_visit_date', '#N/A'],
    ['error', 'ssd.xlsx (sheet ssd_cla_visits)', 4, letter(VISITS, 'clav_person_id'), 'clav_person_id', '#REF!'],
    ['error', 'ssd.xlsx (sheet ssd_cla_visits)', 5, letter(VISITS, 'clav_cla_visit_seen'), 'clav_cla_visit_seen', '#VALUE!'],
  ]);
  assert.match(errors[0]?.message ?? '', /clav_cla_visit_date holds the Excel error #N\/A, not a value: a lookup \(VLOOKUP, XLOOKUP, MATCH\) found nothing\. carestats left the row out\./);
  assert.ok(!found(result).some((i) => i.id === 'date-invalid' || i.id === 'code-invalid'), 'no second error for the same cell');
});

test('an Excel error in a free-text column that may be blank is read as blank with a warning, never as the text', async () => {
  const team = letter(LEAVERS, 'clea_care_leaver_allocated_team');
  const result = await ingestWorkbook((book) => {
    const sheet = book.addWorksheet('ssd_care_leavers');
    sheet.addRow(LEAVERS);
    for (let k = 1; k <= 3; k++) sheet.addRow(row(LEAVERS, { clea_table_id: k, clea_person_id: `P${String(k)}`, clea_care_leaver_allocated_team: k === 1 ? 'Leaving Care North' : { error: '#N/A' } }));
  });
  assert.deepEqual(result.ssd.careLeavers.map((r) => r.team), ['Leaving Care North', '', '']);
  const warnings = found(result).filter((i) => i.id === 'cell-excel-error-read-blank');
  assert.deepEqual(warnings.map((i) => [i.severity, i.row, i.columnLetter, i.value]), [['warning', 3, team, '#N/A']]);
  assert.match(warnings[0]?.message ?? '', /read it as blank\. The same was found in 1 more row of this column\./);
  // Excel's own CSV export writes the error as its text: the same there.
  const csv = ingestFiles([{ name: 'ssd/leavers.csv', text: `${LEAVERS.join(',')}\n${LEAVERS.map((c) => (c === 'clea_person_id' ? 'P1' : c === 'clea_care_leaver_allocated_team' ? '#N/A' : '')).join(',')}\n` }]);
  assert.deepEqual(csv.ssd.careLeavers.map((r) => r.team), ['']);
  assert.deepEqual(csv.issues.filter((i) => i.id === 'cell-excel-error-read-blank').map((i) => [i.file, i.row, i.columnLetter]), [['ssd/leavers.csv', 2, team]]);
});

test('formulas Excel never calculated are one error saying what to do, and the rows with one in a column carestats reads are left out', async () => {
  const date = letter(VISITS, 'clav_cla_visit_date');
  const result = await ingestWorkbook((book) => {
    const sheet = book.addWorksheet('ssd_cla_visits');
    sheet.addRow(VISITS);
    sheet.addRow(visit(1));
    for (let k = 2; k <= 4; k++) {
      sheet.addRow(visit(k));
      sheet.getCell(`${date}${String(k + 1)}`).value = { formula: `${date}${String(k)}+7` };
    }
  });
  assert.deepEqual(result.ssd.visits.map((v) => v.row), [2]);
  const issues = found(result).filter((i) => i.id.startsWith('formulas-not-calculated'));
  assert.deepEqual(issues.map((i) => [i.id, i.severity, i.row, i.columnLetter, i.column, i.value]), [['formulas-not-calculated', 'error', 3, date, 'clav_cla_visit_date', `${date}2+7`]]);
  assert.match(issues[0]?.message ?? '', new RegExp(`has 3 formulas with no saved result \\(the first in ${date}3: =${date}2\\+7\\), in column ${date} \\(clav_cla_visit_date\\)\\..*left out the 3 rows`));
  assert.match(issues[0]?.action ?? '', /Open the workbook in Excel and save it/);
  assert.ok(!found(result).some((i) => i.id === 'value-missing'), 'no echo of the blank the formula read as');
  // In a column carestats does not read (the visit's own id), nothing is lost: a note, and the row is read.
  const unread = await ingestWorkbook((book) => {
    const sheet = book.addWorksheet('ssd_cla_visits');
    sheet.addRow(VISITS);
    sheet.addRow(visit(1));
    sheet.getCell('A2').value = { formula: 'ROW()' };
  });
  assert.equal(unread.ssd.visits.length, 1);
  assert.deepEqual(found(unread).filter((i) => i.id.startsWith('formulas-not-calculated')).map((i) => [i.id, i.severity, i.row, i.columnLetter]), [['formulas-not-calculated-unread', 'note', 2, 'A']]);
});

test('a merged range over a column carestats reads is a warning that its lower cells read blank; elsewhere a note', async () => {
  const person = letter(VISITS, 'clav_person_id');
  const result = await ingestWorkbook((book) => {
    const sheet = book.addWorksheet('ssd_cla_visits');
    // A title merged across the top is above the table: not reported.
    sheet.addRow(['Visits']);
    sheet.mergeCells('A1:F1');
    sheet.addRow(VISITS);
    for (let k = 1; k <= 3; k++) sheet.addRow(visit(k));
    // One child's visits grouped under one merged id cell.
    sheet.mergeCells(`${person}3:${person}5`);
  });
  const issues = found(result).filter((i) => i.id.startsWith('merged-cells'));
  assert.deepEqual(issues.map((i) => [i.id, i.severity, i.row, i.columnLetter, i.column]), [['merged-cells-read-blank', 'warning', 3, person, 'clav_person_id']]);
  assert.match(issues[0]?.message ?? '', new RegExp(`1 merged range over its table \\(the first ${person}3:${person}5\\).*2 cells in column ${person} \\(clav_person_id\\), which carestats reads, read as blank`));
  // The cells read blank, as Excel's CSV export leaves them: the rows without a person are errors of their own.
  assert.deepEqual(found(result).filter((i) => i.id === 'value-missing').map((i) => i.row), [4, 5]);
  const elsewhere = await ingestWorkbook((book) => {
    const sheet = book.addWorksheet('ssd_cla_visits');
    sheet.addRow(VISITS);
    sheet.addRow(visit(1));
    sheet.addRow(visit(2));
    sheet.mergeCells('A2:A3');
  });
  assert.deepEqual(found(elsewhere).filter((i) => i.id.startsWith('merged-cells')).map((i) => [i.id, i.severity, i.row, i.columnLetter]), [['merged-cells', 'note', 2, 'A']]);
});

test('a hidden sheet holding an old copy of an SSD table is named as hidden, with advice for SSD tables', async () => {
  const result = await ingestWorkbook((book) => {
    const current = book.addWorksheet('ssd_cla_placement');
    current.addRow(PLACEMENT);
    current.addRow(placement(1));
    const old = book.addWorksheet('Placements (old)');
    old.state = 'hidden';
    old.addRow(PLACEMENT);
    old.addRow(placement(2));
  });
  const issue = found(result).find((i) => i.id === 'ssd-table-repeated');
  assert.equal(issue?.severity, 'error');
  assert.match(issue?.message ?? '', /The SSD ssd_cla_placement table is in two places: ssd\.xlsx \(sheet ssd_cla_placement\) and ssd\.xlsx \(sheet Placements \(old\), hidden\)\./);
  assert.match(issue?.message ?? '', /ssd\.xlsx \(sheet Placements \(old\), hidden\) is a hidden sheet, which Excel does not show/);
  assert.match(issue?.action ?? '', /Unhide/);
  assert.doesNotMatch(issue?.action ?? '', /collection year|folder for/);
  assert.ok(!found(result).some((i) => i.id === 'table-repeated'));
  assert.deepEqual(result.ssd.placements.map((p) => p.row), [2]);
});

test('a date kept as a plain number in a date column is read as its date, with one note per column', async () => {
  const date = letter(VISITS, 'clav_cla_visit_date');
  const result = await ingestWorkbook((book) => {
    const sheet = book.addWorksheet('ssd_cla_visits');
    sheet.addRow(VISITS);
    // 45383 is 1 April 2024 in Excel's count of days; 45383.5 is midday that day.
    sheet.addRow(visit(1, 45383));
    sheet.addRow(visit(2, 45383.5));
    sheet.addRow(visit(3));
    // A number in a column that is not a date is left as it is.
    sheet.getCell('A4').value = 45383;
  });
  assert.deepEqual(result.ssd.visits.map((v) => v.date), [dayFromYmd(2024, 4, 1), dayFromYmd(2024, 4, 1), dayFromYmd(2024, 6, 4)]);
  const notes = found(result).filter((i) => i.id === 'date-excel-serial');
  assert.deepEqual(notes.map((i) => [i.severity, i.row, i.columnLetter, i.value]), [['note', 2, date, '45383']]);
  assert.match(notes[0]?.message ?? '', /45383 in clav_cla_visit_date is a date kept as Excel's count of days .*read it as 2024-04-01\. The same was found in 1 more row of this column\./);
  assert.ok(!found(result).some((i) => i.id === 'date-invalid'));
  // A number too small to be a date a record holds (a year, say) is still an error, not 1905.
  const year = await ingestWorkbook((book) => {
    const sheet = book.addWorksheet('ssd_cla_visits');
    sheet.addRow(VISITS);
    sheet.addRow(visit(1, 2024));
  });
  assert.deepEqual(found(year).filter((i) => i.id === 'date-invalid').map((i) => [i.row, i.value]), [[2, '2024']]);
});

test('a formula whose saved result is 0 or FALSE is read as that result, not as a formula never calculated', async () => {
  const distance = letter(PLACEMENT, 'clap_cla_placement_distance');
  const result = await ingestWorkbook((book) => {
    const sheet = book.addWorksheet('ssd_cla_placement');
    sheet.addRow(PLACEMENT);
    sheet.addRow(placement(1));
    sheet.addRow(placement(2));
    // Placed 0.2 miles from home, rounded: Excel saves the result 0 with the formula.
    sheet.getCell(`${distance}2`).value = { formula: 'ROUND(0.2,0)', result: 0 };
    sheet.getCell(`${distance}3`).value = { formula: 'ROUND(3.2,0)', result: 3 };
    sheet.getCell('A3').value = { formula: 'ISBLANK(B3)', result: false };
  });
  assert.deepEqual(result.ssd.placements.map((p) => [p.row, p.distance]), [[2, 0], [3, 3]]);
  assert.ok(!found(result).some((i) => i.id.startsWith('formulas-not-calculated')));
});

test('a date kept as a plain number in a workbook using the 1904 date system is read from 1 January 1904', async () => {
  const result = await ingestWorkbook((book) => {
    book.properties.date1904 = true;
    const sheet = book.addWorksheet('ssd_cla_visits');
    sheet.addRow(VISITS);
    // 43921 days from 1 January 1904 is 1 April 2024 (45383 in the 1900 system).
    sheet.addRow(visit(1, 43921));
    // A date cell: exceljs reads it in the workbook's date system itself.
    sheet.addRow(visit(2));
  });
  assert.deepEqual(result.ssd.visits.map((v) => v.date), [dayFromYmd(2024, 4, 1), dayFromYmd(2024, 6, 3)]);
  assert.match(found(result).find((i) => i.id === 'date-excel-serial')?.message ?? '', /read it as 2024-04-01/);
});
