// Turns the bytes of an Excel workbook (.xlsx) into one raw table per worksheet, reporting problems as issues.
// exceljs is the adapter's only job here: everything after this sees the same RawTable shape as a CSV file,
// with each cell as the text Excel would put in a CSV export (dates as ISO yyyy-mm-dd, never as serial numbers).
// exceljs is loaded when a workbook is first read or written: it takes a fifth of a second to load, which
// every other command (a CSV validate, the web server) would otherwise pay.
import type { Cell, Worksheet } from 'exceljs';
import { makeIssue, type Issue } from '../checks/issue.ts';
import type { RawRow, RawTable, ReadResult } from './raw-table.ts';

const MS_PER_DAY = 86_400_000;
// Excel's day 0 in the 1900 date system: a cell holding only a time of day is a date on this day.
const EXCEL_DAY_ZERO = Date.UTC(1899, 11, 30);

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
    const read = readSheet(`${file} (sheet ${sheet.name})`, sheet);
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

/** Reads one worksheet: row 1 is the headings; null when no cell holds a value. */
function readSheet(file: string, sheet: Worksheet): { table: RawTable; issues: Issue[] } | null {
  const lines: RawRow[] = [];
  sheet.eachRow((row, rowNumber) => {
    const values: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) values.push(cellText(row.getCell(c)));
    // Rows of empty cells (formatting only, a formula with no result) are skipped; row numbers stay Excel's.
    const used = usedWidth(values);
    if (used > 0) lines.push({ row: rowNumber, values: values.slice(0, used) });
  });
  if (lines.length === 0) return null;
  const first = lines[0]?.row === 1 ? lines.shift() : undefined;
  // Columns run to the last heading; with no headings at all, to the widest row, so no value is lost. A loop,
  // not Math.max(...rows): spreading a sheet's rows as arguments overflows the stack past about 120,000 rows.
  const width = first?.values.length ?? lines.reduce((widest, l) => Math.max(widest, l.values.length), 0);
  const headings = pad(first?.values ?? [], width);
  const issues: Issue[] = [];
  const rows = lines.map(({ row, values }) => {
    // A value to the right of the last heading belongs to no column: say so rather than drop it silently.
    if (values.length > width) {
      issues.push(makeIssue('row-wrong-length', { file, row }, { found: String(values.length), expected: String(width) }));
    }
    return { row, values: pad(values.slice(0, width), width) };
  });
  return { table: { file, format: 'xlsx', headings, rows, rowIssues: issues }, issues: [] };
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

/** Gives a cell's value as the text a CSV export would hold, with dates as ISO yyyy-mm-dd. */
function cellText(cell: Cell): string {
  // The other cells of a merged range report the first cell's value; Excel's own CSV export leaves them blank.
  if (cell.isMerged && cell.master.address !== cell.address) return '';
  // A whole number shown with leading zeros (number format 000000: an id such as 000123, stored as 123) is
  // written as Excel shows it and saves it to CSV, so it still matches the child's id in the other files.
  const format = cell.numFmt;
  if (typeof cell.value === 'number' && Number.isInteger(cell.value) && cell.value >= 0 && typeof format === 'string' && /^0+$/.test(format)) {
    return String(cell.value).padStart(format.length, '0');
  }
  return valueText(cell.value);
}

// exceljs's CellValue type omits some shapes it produces (a hyperlink whose text is rich text), so values
// are narrowed from unknown.
function valueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  // JavaScript prints integers without a decimal point (12, not 12.0), as Excel shows them.
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if (typeof value !== 'object') return '';
  // Formulas (plain or shared) give the result Excel saved with the file; a never-calculated formula is blank.
  if ('formula' in value || 'sharedFormula' in value) return 'result' in value ? valueText(value.result) : '';
  if ('richText' in value && Array.isArray(value.richText)) {
    return value.richText.map((run: unknown) => (typeof run === 'object' && run !== null && 'text' in run ? valueText(run.text) : '')).join('');
  }
  if ('error' in value) return valueText(value.error);
  if ('text' in value) return valueText(value.text);
  return '';
}

/** Writes a date cell as yyyy-mm-dd, adding hh:mm:ss when it holds a time of day; a time alone as hh:mm:ss. */
function dateText(date: Date): string {
  // exceljs turns Excel's serial day numbers into UTC instants, so the UTC fields are the cell's own.
  const ms = Math.round(date.getTime() / 1000) * 1000;
  if (Number.isNaN(ms)) return '';
  const d = new Date(ms);
  const day = `${String(d.getUTCFullYear()).padStart(4, '0')}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  if (ms >= EXCEL_DAY_ZERO && ms < EXCEL_DAY_ZERO + MS_PER_DAY) return time;
  return time === '00:00:00' ? day : `${day} ${time}`;
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}
