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
