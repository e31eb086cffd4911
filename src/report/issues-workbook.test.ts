// Unit tests for the Excel data-quality report: written, then read back with exceljs as Excel would open it.
// The issues are synthetic; no real child data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import type { CellValue, Worksheet } from 'exceljs';
import { makeIssue, type Issue } from '../checks/issue.ts';
import { issuesWorkbook, type IssuesWorkbookMeta } from './issues-workbook.ts';

const META: IssuesWorkbookMeta = {
  source: 'data/council-a',
  checkedOn: '2026-03-29',
  tables: [
    { file: '2025-26/episodes.csv', table: 'Episodes', rows: 1234 },
    { file: 'ssd.xlsx (sheet Notes)', table: '', rows: 3 },
  ],
};

const ISSUES: Issue[] = [
  makeIssue('row-duplicated', { file: '2025-26/episodes.csv', row: 3 }, { otherRow: '2' }),
  makeIssue('date-invalid', { file: '2025-26/episodes.csv', row: 9, column: 'DEC', columnIndex: 7, value: '31/02/2025' }),
  makeIssue('value-missing', { file: '2025-26/episodes.csv', row: 5, column: 'RNE', columnIndex: 2, value: '' }),
  makeIssue('value-missing', { file: '2025-26/header.csv', row: 2, column: 'SEX', columnIndex: 1, value: '' }),
  makeIssue('required-table-missing', {}, { table: 'Header' }),
];

async function open(issues: readonly Issue[], options?: { maxIssueRows?: number }): Promise<ExcelJS.Workbook> {
  const bytes = await issuesWorkbook(issues, META, options);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): Worksheet {
  const found = workbook.getWorksheet(name);
  assert.ok(found, `no sheet named ${name}`);
  return found;
}

/** A row's cell values from column A, to the last cell written. */
function cells(ws: Worksheet, row: number): CellValue[] {
  const r = ws.getRow(row);
  return Array.from({ length: r.cellCount }, (_, i) => r.getCell(i + 1).value);
}

/** The value beside a label in column A of the Summary sheet. */
function beside(ws: Worksheet, label: string): CellValue {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === label) return ws.getCell(r, 2).value;
  assert.fail(`no row labelled ${label}`);
}

function columnA(ws: Worksheet): string[] {
  return Array.from({ length: ws.rowCount }, (_, i) => ws.getCell(i + 1, 1).text);
}

test('the workbook has a Summary, an Issues and a Files read sheet, in that order', async () => {
  const workbook = await open(ISSUES);
  assert.deepEqual(workbook.worksheets.map((w) => w.name), ['Summary', 'Issues', 'Files read']);
});

test('the summary names the folder and date, counts each severity and gives the verdict', async () => {
  const summary = sheet(await open(ISSUES), 'Summary');
  assert.equal(summary.getCell('A1').value, 'Data quality report');
  assert.equal(beside(summary, 'Folder checked'), 'data/council-a');
  assert.deepEqual(beside(summary, 'Checked on'), new Date(Date.UTC(2026, 2, 29)));
  assert.equal(beside(summary, 'Errors'), 4);
  assert.equal(beside(summary, 'Warnings'), 1);
  assert.equal(beside(summary, 'Notes'), 0);
  assert.ok(columnA(summary).includes('4 problems stop this data being imported.'));
});

test('the summary table lists each check with how many, errors first', async () => {
  const summary = sheet(await open(ISSUES), 'Summary');
  const head = columnA(summary).indexOf('Check id') + 1;
  assert.deepEqual(cells(summary, head), ['Check id', 'Severity', 'How many', 'Example', 'What to do']);
  const table = [1, 2, 3, 4].map((i) => cells(summary, head + i).slice(0, 3));
  assert.deepEqual(table, [
    ['value-missing', 'Error', 2],
    ['date-invalid', 'Error', 1],
    ['required-table-missing', 'Error', 1],
    ['row-duplicated', 'Warning', 1],
  ]);
  assert.equal(summary.getCell(head + 2, 4).value, ISSUES[1]?.message);
});

test('the Issues sheet has one row per issue, errors first, with a bold frozen filtered header', async () => {
  const issues = sheet(await open(ISSUES), 'Issues');
  assert.deepEqual(cells(issues, 1), ['Severity', 'File', 'Row', 'Column', 'Column name', 'Value', 'Problem', 'What to do', 'Check id']);
  assert.equal(issues.getRow(1).font.bold, true);
  assert.deepEqual(issues.views[0], { ...issues.views[0], state: 'frozen', ySplit: 1 });
  assert.ok(issues.autoFilter !== undefined);
  assert.equal(issues.rowCount, 1 + ISSUES.length);
  const dateRow = cells(issues, 4);
  assert.deepEqual(dateRow, [
    'Error',
    '2025-26/episodes.csv',
    9,
    'H',
    'DEC',
    '31/02/2025',
    ISSUES[1]?.message,
    ISSUES[1]?.action,
    'date-invalid',
  ]);
  // Errors (the folder-wide one first, then by file and row), then the warning.
  assert.deepEqual([2, 3, 4, 5, 6].map((r) => [issues.getCell(r, 1).value, issues.getCell(r, 3).value, issues.getCell(r, 9).value]), [
    ['Error', null, 'required-table-missing'],
    ['Error', 5, 'value-missing'],
    ['Error', 9, 'date-invalid'],
    ['Error', 2, 'value-missing'],
    ['Warning', 3, 'row-duplicated'],
  ]);
  assert.equal(issues.getCell(2, 2).value, '(the folder as a whole)');
  assert.equal(issues.getCell(3, 7).alignment.wrapText, true);
});

test('the Files read sheet lists each file, its table and rows', async () => {
  const files = sheet(await open(ISSUES), 'Files read');
  assert.deepEqual([1, 2, 3].map((r) => cells(files, r)), [
    ['File', 'Table recognised', 'Rows'],
    ['2025-26/episodes.csv', 'Episodes', 1234],
    ['ssd.xlsx (sheet Notes)', 'Not recognised', 3],
  ]);
});

test('with no errors the verdict says nothing stops the import', async () => {
  const summary = sheet(await open([ISSUES[0]!]), 'Summary');
  assert.equal(beside(summary, 'Errors'), 0);
  assert.ok(columnA(summary).includes('No problems stop this data being imported.'));
  const none = sheet(await open([]), 'Summary');
  assert.ok(columnA(none).includes('No problems were found.'));
});

test('one error is one problem, in the singular', async () => {
  const summary = sheet(await open([ISSUES[1]!]), 'Summary');
  assert.ok(columnA(summary).includes('1 problem stops this data being imported.'));
});

test('notes and any later severity are counted and named in words, after errors and warnings', async () => {
  // Severities beyond error and warning may be added to the catalogue; the workbook must not depend on the list.
  const note = { ...ISSUES[0]!, id: 'row-duplicated', severity: 'note' } as unknown as Issue;
  const other = { ...ISSUES[0]!, severity: 'advice' } as unknown as Issue;
  const workbook = await open([other, note, ISSUES[1]!]);
  const summary = sheet(workbook, 'Summary');
  assert.equal(beside(summary, 'Notes'), 1);
  assert.equal(beside(summary, 'Marked "advice"'), 1);
  const issues = sheet(workbook, 'Issues');
  assert.deepEqual([2, 3, 4].map((r) => issues.getCell(r, 1).value), ['Error', 'Note', 'Advice']);
});

test('a value that looks like a formula is written as text', async () => {
  const issue = makeIssue('code-invalid', { file: 'f.csv', row: 2, column: 'RNE', columnIndex: 0, value: '=HYPERLINK("x")' }, { valid: 'P, B' });
  const issues = sheet(await open([issue]), 'Issues');
  assert.equal(issues.getCell(2, 6).value, '=HYPERLINK("x")');
});

test('a value, heading or file name holding control characters or U+FFFF is shown with escapes, and the workbook still opens', async () => {
  // U+FFFF (a UTF-8 file can hold it) is not allowed in XML: written as it was, exceljs could not read the
  // workbook back (nor Excel, without "repairing" it), and exceljs dropped ESC from "\x1b[2J" without a word.
  const odd = makeIssue('code-invalid', { file: 'ssd/\x1b[31mperson.csv', row: 2, column: 'SEX\uffff', columnIndex: 1, value: '\x1b[2J+1\uffff\u202e' }, { valid: 'M, F, U' });
  const workbook = await open([odd]);
  const issues = sheet(workbook, 'Issues');
  assert.deepEqual([2, 5, 6].map((c) => issues.getCell(2, c).value), ['ssd/\\x1b[31mperson.csv', 'SEX\\uffff', '\\x1b[2J+1\\uffff\\u202e']);
  assert.equal(issues.getCell(2, 7).value, '"\\x1b[2J+1\\uffff\\u202e" is not a valid SEX\\uffff code. Valid codes: M, F, U.');
  const bytes = await issuesWorkbook([odd], { ...META, source: 'data/\uffff', tables: [{ file: 'ssd/\x1b[31mperson.csv', table: 'ssd_person', rows: 1 }] });
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(bytes.slice().buffer);
  assert.equal(sheet(again, 'Files read').getCell(2, 1).value, 'ssd/\\x1b[31mperson.csv');
  assert.equal(beside(sheet(again, 'Summary'), 'Folder checked'), 'data/\\uffff');
  assert.equal(again.title, 'Data quality report for data/\\uffff');
});

test('when the Issues sheet is cut short the summary still counts every issue and says so', async () => {
  const summary = sheet(await open(ISSUES, { maxIssueRows: 2 }), 'Summary');
  assert.equal(beside(summary, 'Errors'), 4);
  assert.ok(columnA(summary).includes('The Issues sheet lists the first 2 of 5 problems; the counts here include them all.'));
});
