// Unit tests for reading Excel workbooks: cell text, dates, Excel row numbers and unreadable files.
// Fixtures are synthetic workbooks built in memory with exceljs; no real child data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { readXlsx } from './read-xlsx.ts';

const VISIT_COLUMNS = ['clav_cla_visit_id', 'clav_cla_id', 'clav_person_id', 'clav_cla_visit_date', 'clav_cla_visit_seen', 'clav_cla_visit_seen_alone'];

async function bytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A two-sheet SSD workbook: visits with a blank row, a formula and a date; and a short person table. */
async function ssdWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const visits = workbook.addWorksheet('ssd_cla_visits');
  visits.addRow(VISIT_COLUMNS);
  visits.addRow([1001, 'CLA1', 'P1', new Date(Date.UTC(2024, 2, 31)), 'Y', 'N']);
  visits.addRow([]);
  visits.addRow([1002, 'CLA1', 'P1', new Date(Date.UTC(2024, 9, 27, 14, 5, 9)), 'Y', 'Y']);
  visits.getCell('A5').value = { formula: 'A4+1', result: 1003 };
  visits.getCell('B5').value = 'CLA2';
  visits.getCell('C5').value = ' P2 ';
  visits.getCell('D5').value = '31/03/2025';
  const people = workbook.addWorksheet('ssd_person');
  people.addRow(['pers_person_id', 'pers_sex']);
  people.addRow(['P1', 'F']);
  return bytes(workbook);
}

test('each worksheet becomes a table named after the file and the sheet', async () => {
  const { tables, issues } = await readXlsx('ssd.xlsx', await ssdWorkbook());
  assert.deepEqual(issues, []);
  assert.deepEqual(tables.map((t) => [t.file, t.format]), [
    ['ssd.xlsx (sheet ssd_cla_visits)', 'xlsx'],
    ['ssd.xlsx (sheet ssd_person)', 'xlsx'],
  ]);
  assert.deepEqual(tables[1]?.headings, ['pers_person_id', 'pers_sex']);
  assert.deepEqual(tables[1]?.rows, [{ row: 2, values: ['P1', 'F'] }]);
});

test('headings, values and Excel row numbers survive a blank row, with dates as yyyy-mm-dd', async () => {
  const { tables } = await readXlsx('ssd.xlsx', await ssdWorkbook());
  const visits = tables[0];
  assert.deepEqual(visits?.headings, VISIT_COLUMNS);
  assert.deepEqual(visits?.rows, [
    { row: 2, values: ['1001', 'CLA1', 'P1', '2024-03-31', 'Y', 'N'] },
    { row: 4, values: ['1002', 'CLA1', 'P1', '2024-10-27 14:05:09', 'Y', 'Y'] },
    // A formula gives its saved result; text is kept as written, spaces and all; short rows are padded.
    { row: 5, values: ['1003', 'CLA2', ' P2 ', '31/03/2025', '', ''] },
  ]);
});

test('dates at British Summer Time edges keep their day', async () => {
  // Under TZ=Europe/London, local midnight on these days is 23:00 UTC the day before.
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('dates');
  sheet.addRow(['d']);
  for (const d of [Date.UTC(2024, 2, 31), Date.UTC(2024, 9, 27), Date.UTC(2024, 6, 1), Date.UTC(1999, 11, 31)]) sheet.addRow([new Date(d)]);
  const { tables } = await readXlsx('d.xlsx', await bytes(workbook));
  assert.deepEqual(tables[0]?.rows.map((r) => r.values[0]), ['2024-03-31', '2024-10-27', '2024-07-01', '1999-12-31']);
});

test('numbers, booleans, errors, rich text and hyperlinks read as Excel shows them', async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('cells');
  sheet.addRow(['int', 'float', 'bool', 'error', 'rich', 'link', 'formula error', 'uncalculated']);
  sheet.addRow([12, 0.5, true, { error: '#N/A' }, { richText: [{ text: 'Seen ' }, { text: 'alone', font: { bold: true } }] }, { text: 'case note', hyperlink: 'https://example.org/' }, { formula: '1/0', result: { error: '#DIV/0!' } }, { formula: 'B2*2' }]);
  sheet.addRow([-3, 1234567890123, false, null, '', '', '', '']);
  const { tables } = await readXlsx('c.xlsx', await bytes(workbook));
  assert.deepEqual(tables[0]?.rows, [
    { row: 2, values: ['12', '0.5', 'TRUE', '#N/A', 'Seen alone', 'case note', '#DIV/0!', ''] },
    { row: 3, values: ['-3', '1234567890123', 'FALSE', '', '', '', '', ''] },
  ]);
});

test('a whole number shown with leading zeros (an id formatted 000000) reads as Excel shows it, so it still matches', async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('people');
  sheet.addRow(['pers_person_id', 'other']);
  sheet.addRow([123, 45]);
  sheet.getCell('A2').numFmt = '000000';
  // Only a format of zeros pads; other formats are not applied (45 shown as 45.00 reads as 45).
  sheet.getCell('B2').numFmt = '0.00';
  const { tables } = await readXlsx('p.xlsx', await bytes(workbook));
  assert.deepEqual(tables[0]?.rows, [{ row: 2, values: ['000123', '45'] }]);
});

test('a value right of the last heading is reported, and the row is kept', async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('s');
  sheet.addRow(['A', 'B']);
  sheet.addRow(['1', '2', 'stray note']);
  const { tables, issues } = await readXlsx('w.xlsx', await bytes(workbook));
  assert.deepEqual(tables[0]?.rows, [{ row: 2, values: ['1', '2'] }]);
  // Kept with the sheet's table, reported only if the table is one carestats reads (ingest.ts add).
  assert.deepEqual(issues, []);
  assert.deepEqual(tables[0]?.rowIssues?.map((i) => [i.id, i.file, i.row]), [['row-wrong-length', 'w.xlsx (sheet s)', 2]]);
});

test('a long sheet is read, not thrown, with nothing in row 1 or a stray value on every row', async () => {
  // Found while writing test/readers.property.test.ts: the widest row was found by spreading every row into
  // Math.max, and a sheet's issues were added with push(...issues); either overflows the stack past about
  // 125,000 items (a national visits table easily has more rows).
  const rows = 150_000;
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  // The streaming writer, because building this many rows in a Workbook takes several seconds.
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: false });
  const headless = writer.addWorksheet('headless');
  const stray = writer.addWorksheet('stray');
  stray.getRow(1).getCell(1).value = 'A';
  stray.getRow(1).commit();
  for (let r = 2; r < 2 + rows; r++) {
    const row = headless.getRow(r);
    row.getCell(1).value = r;
    row.commit();
    const other = stray.getRow(r);
    other.getCell(1).value = r;
    other.getCell(2).value = 'note';
    other.commit();
  }
  headless.commit();
  stray.commit();
  await writer.commit();
  const { tables, issues } = await readXlsx('long.xlsx', new Uint8Array(Buffer.concat(chunks)));
  assert.deepEqual(tables.map((t) => [t.file, t.headings, t.rows.length]), [
    ['long.xlsx (sheet headless)', [''], rows],
    ['long.xlsx (sheet stray)', ['A'], rows],
  ]);
  assert.deepEqual(tables[0]?.rows.at(-1), { row: rows + 1, values: [String(rows + 1)] });
  assert.equal(issues.length, 0);
  const beyond = tables[1]?.rowIssues ?? [];
  assert.equal(beyond.length, rows);
  assert.deepEqual([beyond[0]?.id, beyond[0]?.row, beyond.at(-1)?.row], ['row-wrong-length', 2, rows + 1]);
});

test('a cell holding only a time reads as hh:mm:ss, and a merged range gives its value once', async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('s');
  sheet.addRow(['time', 'a', 'b']);
  // Excel keeps a time of day as a fraction of day 0, 30 December 1899.
  sheet.addRow([new Date(Date.UTC(1899, 11, 30, 10, 30)), 'merged', '']);
  sheet.mergeCells('B2:C2');
  const { tables } = await readXlsx('t.xlsx', await bytes(workbook));
  assert.deepEqual(tables[0]?.rows, [{ row: 2, values: ['10:30:00', 'merged', ''] }]);
});

test('empty sheets are left out', async () => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Notes');
  workbook.addWorksheet('ssd_person').addRow(['pers_person_id']);
  const { tables, issues } = await readXlsx('p.xlsx', await bytes(workbook));
  assert.deepEqual(issues, []);
  assert.deepEqual(tables.map((t) => [t.file, t.headings, t.rows]), [['p.xlsx (sheet ssd_person)', ['pers_person_id'], []]]);
});

test('a workbook with no values in any sheet is reported as empty', async () => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Sheet1');
  const { tables, issues } = await readXlsx('e.xlsx', await bytes(workbook));
  assert.deepEqual(tables, []);
  assert.deepEqual(issues.map((i) => [i.id, i.file]), [['file-empty', 'e.xlsx']]);
});

test('bytes that are not a workbook are reported, not thrown', async () => {
  const cases: Uint8Array[] = [
    new Uint8Array(),
    new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]),
    new TextEncoder().encode('CHILD,SEX\n1,M\n'),
    new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
  ];
  for (const data of cases) {
    const { tables, issues } = await readXlsx('bad.xlsx', data);
    assert.deepEqual(tables, []);
    assert.deepEqual(issues.map((i) => [i.id, i.file]), [['file-unreadable', 'bad.xlsx']]);
  }
});

test('a damaged workbook is reported, not thrown', async () => {
  const whole = await ssdWorkbook();
  // Losing the last bytes loses the end of the zip's directory, as an interrupted download would.
  const { tables, issues } = await readXlsx('cut.xlsx', whole.slice(0, whole.length - 40));
  assert.deepEqual(tables, []);
  assert.deepEqual(issues.map((i) => i.id), ['file-unreadable']);
});

test('headings below blank rows are found, and the note says the rows above were blank', async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('visits');
  sheet.getRow(3).values = VISIT_COLUMNS;
  sheet.getRow(4).values = [1001, 'CLA1', 'P1', new Date(Date.UTC(2024, 2, 31)), 'Y', 'N'];
  const { tables } = await readXlsx('v.xlsx', await bytes(workbook));
  assert.deepEqual(tables[0]?.headings, VISIT_COLUMNS);
  assert.deepEqual(tables[0]?.rows.map((r) => r.row), [4]);
  assert.deepEqual(tables[0]?.headingRow, 3);
  const note = tables[0]?.rowIssues?.find((i) => i.id === 'sheet-headings-below-first-row');
  assert.match(note?.message ?? '', /passed over rows 1 to 2 above the headings \(blank\)\./);
});

test('headings are looked for in the first 10 rows only', async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('visits');
  sheet.getRow(1).values = ['A long preamble'];
  sheet.getRow(11).values = VISIT_COLUMNS;
  const { tables } = await readXlsx('v.xlsx', await bytes(workbook));
  assert.deepEqual(tables[0]?.headings, ['A long preamble']);
  assert.equal(tables[0]?.headingRow, undefined);
});
