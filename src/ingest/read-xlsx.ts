// Turns the bytes of an Excel workbook (.xlsx) into one raw table per worksheet, reporting problems as issues.
// exceljs is the adapter's only job here: everything after this sees the same RawTable shape as a CSV file,
// with each cell as the text Excel would put in a CSV export (dates as ISO yyyy-mm-dd, never as serial numbers).
// exceljs is loaded when a workbook is first read or written: it takes a fifth of a second to load, which
// every other command (a CSV validate, the web server) would otherwise pay.
import type { Worksheet } from 'exceljs';
import { makeIssue, type Issue } from '../checks/issue.ts';
import type { RawRow, RawTable, ReadResult } from './raw-table.ts';
import { findHeadingRow, HEADING_ROWS_SEARCHED } from './sheet-headings.ts';
import { createSheetFindings, type SheetFindings } from './sheet-findings.ts';
import { sheetLabel } from './sheet-label.ts';
import { readCell, type CellRead } from './xlsx-cell-text.ts';

/** Reads an .xlsx workbook: one table per worksheet that holds any value. Never throws on bad input. */
export async function readXlsx(file: string, data: Uint8Array): Promise<ReadResult> {
  const notReadable = notAWorkbook(data);
  if (notReadable !== null) return unreadable(file, notReadable);
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    // A copy as a plain ArrayBuffer, which is what exceljs's types ask for (it hands the bytes to JSZip).
    await workbook.xlsx.load(data.slice().buffer);
  } catch {
    return unreadable(file, 'it looks like an Excel workbook but is damaged or incomplete (Excel may offer to repair it)');
  }
  const tables: RawTable[] = [];
  const issues: Issue[] = [];
  for (const sheet of workbook.worksheets) {
    // A hidden sheet is named so in every message about it: the analyst cannot see it in Excel.
    const read = readSheet(sheetLabel(file, sheet.name, sheet.state === 'hidden' || sheet.state === 'veryHidden'), sheet, workbook.properties.date1904);
    if (read === null) continue;
    tables.push(read.table);
    // One at a time: push(...issues) overflows the stack past about 125,000 issues.
    for (const issue of read.issues) issues.push(issue);
  }
  if (tables.length === 0) return { tables: [], issues: [makeIssue('file-empty', { file })] };
  return { tables, issues };
}

/** Says why the bytes cannot be an .xlsx workbook, or null when they might be one. */
function notAWorkbook(data: Uint8Array): string | null {
  // An .xlsx file is a zip archive (it starts "PK"); an old .xls file, and any password-protected workbook,
  // is an OLE compound file (it starts D0 CF 11 E0).
  if (data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0) {
    return 'it is an Excel 97-2003 (.xls) workbook or is protected by a password, and carestats reads only unprotected .xlsx workbooks';
  }
  if (data[0] !== 0x50 || data[1] !== 0x4b) return 'it is not an Excel workbook (.xlsx)';
  // Zip entry names are stored as plain text; a zip without the workbook part is some other kind of file
  // (a Word document, a folder of CSV files), which exceljs would otherwise read as a workbook with no sheets.
  if (Buffer.from(data.buffer, data.byteOffset, data.byteLength).indexOf('xl/workbook.xml', 0, 'latin1') === -1) {
    return 'it is a zip archive but not an Excel workbook (.xlsx)';
  }
  return null;
}

function unreadable(file: string, reason: string): ReadResult {
  return { tables: [], issues: [makeIssue('file-unreadable', { file }, { reason })] };
}

/**
 * Reads one worksheet: its headings are in row 1, or in a row below a title (sheet-headings.ts); the rows
 * below them are its table, each numbered as Excel shows it. Null when no cell holds a value.
 */
function readSheet(file: string, sheet: Worksheet, date1904: boolean): { table: RawTable; issues: Issue[] } | null {
  const heading = findHeadingRow(firstRows(sheet));
  const headingRow = heading?.row ?? 1;
  // Only a table carestats recognises has columns it reads (and dates to read from numbers).
  const fields = heading?.recognised === true ? heading.fields : [];
  const dateColumn = fields.map((f) => f?.kind === 'date');
  const above: RawRow[] = [];
  let first: RawRow | undefined;
  const lines: RawRow[] = [];
  const cell: CellRead = { text: '', kind: 'plain', detail: '' };
  let findings: SheetFindings | null = null;
  sheet.eachRow((row, rowNumber) => {
    const values: string[] = [];
    const below = rowNumber > headingRow;
    if (below) findings ??= createSheetFindings(file, first?.values ?? []);
    for (let c = 1; c <= row.cellCount; c++) {
      const at = row.getCell(c);
      readCell(at, below && dateColumn[c - 1] === true, cell, date1904);
      values.push(cell.text);
      if (below && cell.kind !== 'plain') findings?.cell(rowNumber, c - 1, fields[c - 1] != null, cell, () => ({ master: at.master.address, self: at.address }));
    }
    // Rows of empty cells (formatting only) are skipped; row numbers stay Excel's.
    const used = usedWidth(values);
    // A row with a formula never calculated in a column carestats reads is left out (findings say so).
    if (findings?.rowDone() === true || used === 0) return;
    const line = { row: rowNumber, values: values.slice(0, used) };
    if (rowNumber < headingRow) above.push(line);
    else if (rowNumber === headingRow) first = line;
    else lines.push(line);
  });
  if (lines.length === 0 && first === undefined) return null;
  // Columns run to the last heading; with no headings at all, to the widest row, so no value is lost. A loop,
  // not Math.max(...rows): spreading a sheet's rows as arguments overflows the stack past about 120,000 rows.
  const width = first?.values.length ?? lines.reduce((widest, l) => Math.max(widest, l.values.length), 0);
  const headings = pad(first?.values ?? [], width);
  const issues: Issue[] = [];
  if (heading?.recognised === true && headingRow > 1) {
    const text = above[0]?.values.filter((v) => v.trim() !== '').join(' ') ?? '';
    const quoted = text === '' ? 'blank' : `“${text.length > 60 ? `${text.slice(0, 57)}...` : text}”`;
    issues.push(makeIssue('sheet-headings-below-first-row', { file, row: headingRow }, { row: String(headingRow), above: headingRow === 2 ? 'row 1' : `rows 1 to ${String(headingRow - 1)}`, text: quoted }));
  }
  const rows = lines.map(({ row, values }) => {
    // A value to the right of the last heading belongs to no column: say so rather than drop it silently.
    if (values.length > width) {
      issues.push(makeIssue('row-wrong-length', { file, row }, { found: String(values.length), expected: String(width) }));
    }
    return { row, values: pad(values.slice(0, width), width) };
  });
  // Read through a function: eachRow's callback set it, which the type checker cannot see.
  const found = (): SheetFindings | null => findings;
  for (const issue of found()?.issues() ?? []) issues.push(issue);
  return { table: { file, format: 'xlsx', headings, rows, rowIssues: issues, ...(headingRow > 1 && first ? { headingRow } : {}) }, issues: [] };
}

/** A sheet's first rows that hold a value (up to the last the headings are looked for in), as text. */
function firstRows(sheet: Worksheet): RawRow[] {
  const out: RawRow[] = [];
  const cell: CellRead = { text: '', kind: 'plain', detail: '' };
  for (let r = 1; r <= HEADING_ROWS_SEARCHED; r++) {
    const row = sheet.findRow(r);
    if (!row) continue;
    const values: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) values.push(readCell(row.getCell(c), false, cell).text);
    const used = usedWidth(values);
    if (used > 0) out.push({ row: r, values: values.slice(0, used) });
  }
  return out;
}

function usedWidth(values: readonly string[]): number {
  let n = values.length;
  while (n > 0 && values[n - 1] === '') n--;
  return n;
}

function pad(values: string[], width: number): string[] {
  while (values.length < width) values.push('');
  return values;
}
