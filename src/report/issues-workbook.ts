// The data-quality report as an Excel workbook (`carestats validate <dir> --format xlsx`): a summary with the
// verdict, every issue on one filterable sheet, and the files read. exceljs stays behind this one module.
// Severity is always written as a word; the light fills behind it only repeat what the word says.
// exceljs is loaded when a workbook is first read or written: it takes a fifth of a second to load, which
// every other command (a CSV validate, the web server) would otherwise pay.
import type ExcelJS from 'exceljs';
import type { Cell, Worksheet } from 'exceljs';
import { sortIssues, type Issue } from '../checks/issue.ts';
import { visibleText } from '../core/visible-text.ts';
import { formatNumber } from './format.ts';

/** What was checked, for the summary and the Files read sheet. */
export interface IssuesWorkbookMeta {
  /** The folder checked, as the analyst gave it. */
  source: string;
  /** The day of the check, yyyy-mm-dd (passed in: rendering never reads the clock). */
  checkedOn: string;
  /** Each file read, the table it was recognised as ('' when none) and its number of rows. */
  tables: readonly { file: string; table: string; rows: number }[];
}

/** Options for unusually large reports. */
export interface IssuesWorkbookOptions {
  /** Most issues to list on the Issues sheet; the default is all Excel can show below the heading row. */
  maxIssueRows?: number;
}

// The sheets, in order.
const SHEET_NAMES = { summary: 'Summary', issues: 'Issues', files: 'Files read' } as const;

// The Issues sheet's columns.
const ISSUE_COLUMNS = ['Severity', 'File', 'Row', 'Column', 'Column name', 'Value', 'Problem', 'What to do', 'Check id'] as const;

// Excel's limits: 1,048,576 rows a sheet, 32,767 characters a cell.
const EXCEL_MAX_DATA_ROWS = 1_048_575;
const EXCEL_MAX_CELL_CHARS = 32_767;

// Errors first, then warnings, then notes, then any severity added later.
const SEVERITY_ORDER: readonly string[] = ['error', 'warning', 'note'];
const SEVERITY_FILL: Readonly<Record<string, string>> = { error: 'FFF6D7D2', warning: 'FFFFF1CC' };

/** Writes the issues found in a folder as an .xlsx workbook. */
export async function issuesWorkbook(issues: readonly Issue[], meta: IssuesWorkbookMeta, options: IssuesWorkbookOptions = {}): Promise<Uint8Array> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = 'carestats';
  workbook.title = cellText(`Data quality report for ${meta.source}`);
  // exceljs stamps the workbook with the clock unless told otherwise; the day of the check is the honest date.
  const checked = parseDay(meta.checkedOn);
  if (checked !== null) {
    workbook.created = checked;
    workbook.modified = checked;
  }
  const ordered = orderIssues(issues);
  const listed = ordered.slice(0, Math.min(options.maxIssueRows ?? EXCEL_MAX_DATA_ROWS, EXCEL_MAX_DATA_ROWS));
  writeSummary(workbook.addWorksheet(SHEET_NAMES.summary), ordered, meta, checked, listed.length);
  writeIssues(workbook.addWorksheet(SHEET_NAMES.issues), listed);
  writeFiles(workbook.addWorksheet(SHEET_NAMES.files), meta.tables);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Says in a sentence how many problems block the import. */
function verdict(errors: number): string {
  if (errors === 0) return 'No problems stop this data being imported.';
  return `${formatNumber(errors)} ${errors === 1 ? 'problem stops' : 'problems stop'} this data being imported.`;
}

function writeSummary(sheet: Worksheet, issues: readonly Issue[], meta: IssuesWorkbookMeta, checked: Date | null, listed: number): void {
  sheet.columns = [{ width: 34 }, { width: 20 }, { width: 11 }, { width: 70 }, { width: 60 }];
  const title = addRow(sheet, ['Data quality report']);
  title.font = { bold: true, size: 16 };
  addRow(sheet, []);
  addRow(sheet, ['Folder checked', meta.source]);
  const on = addRow(sheet, ['Checked on', checked ?? meta.checkedOn]);
  on.getCell(2).numFmt = 'd mmmm yyyy';
  on.getCell(2).alignment = { horizontal: 'left' };
  const counts = countBySeverity(issues);
  for (const [severity, label] of [['error', 'Errors'], ['warning', 'Warnings'], ['note', 'Notes']] as const) {
    labelled(addRow(sheet, [label, counts.get(severity) ?? 0]));
  }
  for (const [severity, n] of counts) {
    if (!SEVERITY_ORDER.includes(severity)) labelled(addRow(sheet, [`Marked "${severity}"`, n]));
  }
  addRow(sheet, []);
  addRow(sheet, [verdict(counts.get('error') ?? 0)]).font = { bold: true, size: 13 };
  addRow(sheet, ['Errors must be put right before the data can be imported. Warnings and notes do not stop the import, but are worth checking.']);
  addRow(sheet, [`Every problem is listed on the ${SHEET_NAMES.issues} sheet, and the files carestats read are on the ${SHEET_NAMES.files} sheet.`]);
  if (listed < issues.length) {
    addRow(sheet, [`The ${SHEET_NAMES.issues} sheet lists the first ${formatNumber(listed)} of ${formatNumber(issues.length)} problems; the counts here include them all.`]).font = { bold: true };
  }
  addRow(sheet, []);
  if (issues.length === 0) {
    addRow(sheet, ['No problems were found.']);
    return;
  }
  header(addRow(sheet, ['Check id', 'Severity', 'How many', 'Example', 'What to do']));
  for (const group of groupById(issues)) {
    const row = addRow(sheet, [group.first.id, severityWord(group.first.severity), group.count, group.first.message, group.first.action]);
    row.alignment = { vertical: 'top', wrapText: true };
    row.getCell(3).alignment = { vertical: 'top', horizontal: 'right' };
    row.getCell(3).numFmt = '#,##0';
    shadeSeverity(row.getCell(2), group.first.severity);
  }
}

function writeIssues(sheet: Worksheet, issues: readonly Issue[]): void {
  sheet.columns = [12, 36, 8, 8, 22, 24, 70, 60, 30].map((width) => ({ width }));
  header(addRow(sheet, [...ISSUE_COLUMNS]));
  for (const issue of issues) {
    const row = addRow(sheet, [
      severityWord(issue.severity),
      issue.file ?? '(the folder as a whole)',
      issue.row,
      issue.columnLetter ?? '',
      issue.column ?? '',
      issue.value ?? '',
      issue.message,
      issue.action,
      issue.id,
    ]);
    row.alignment = { vertical: 'top' };
    // Long text wraps within its column rather than running under the next one.
    for (const c of [2, 6, 7, 8]) row.getCell(c).alignment = { vertical: 'top', wrapText: true };
    shadeSeverity(row.getCell(1), issue.severity);
  }
  finishTable(sheet, ISSUE_COLUMNS.length, issues.length);
}

function writeFiles(sheet: Worksheet, tables: IssuesWorkbookMeta['tables']): void {
  sheet.columns = [{ width: 50 }, { width: 28 }, { width: 12 }];
  header(addRow(sheet, ['File', 'Table recognised', 'Rows']));
  for (const t of tables) {
    const row = addRow(sheet, [t.file, t.table === '' ? 'Not recognised' : t.table, t.rows]);
    row.getCell(3).numFmt = '#,##0';
  }
  finishTable(sheet, 3, tables.length);
}

/** Bold headings that stay in view when scrolling, with filter buttons over the data. */
function finishTable(sheet: Worksheet, columns: number, rows: number): void {
  sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 0 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows + 1, column: columns } };
}

function header(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'top', wrapText: true };
}

function labelled(row: ExcelJS.Row): void {
  row.getCell(1).font = { bold: true };
  row.getCell(2).numFmt = '#,##0';
  row.getCell(2).alignment = { horizontal: 'left' };
}

function shadeSeverity(cell: Cell, severity: string): void {
  const argb = SEVERITY_FILL[severity];
  if (argb !== undefined) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

/** Names a severity in a word: "Error", "Warning", "Note", or any later severity capitalised. */
function severityWord(severity: string): string {
  return severity === '' ? 'Unknown' : severity.charAt(0).toUpperCase() + severity.slice(1);
}

function severityRank(severity: string): number {
  const i = SEVERITY_ORDER.indexOf(severity);
  return i === -1 ? SEVERITY_ORDER.length : i;
}

/** Sorts errors first, then warnings and notes; within a severity, by file, row and column as in the CLI. */
function orderIssues(issues: readonly Issue[]): Issue[] {
  return sortIssues(issues).sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || compareText(a.severity, b.severity));
}

function countBySeverity(issues: readonly Issue[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const issue of issues) counts.set(issue.severity, (counts.get(issue.severity) ?? 0) + 1);
  return counts;
}

/** Groups issues by check id, most serious first, then the most frequent, then by id. */
function groupById(ordered: readonly Issue[]): { first: Issue; count: number }[] {
  const groups = new Map<string, { first: Issue; count: number }>();
  for (const issue of ordered) {
    const group = groups.get(issue.id);
    if (group) group.count++;
    else groups.set(issue.id, { first: issue, count: 1 });
  }
  return [...groups.values()].sort(
    (a, b) => severityRank(a.first.severity) - severityRank(b.first.severity) || compareText(a.first.severity, b.first.severity) || b.count - a.count || compareText(a.first.id, b.first.id),
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Adds a row, every text in it written by cellText: the one way a row is added, so no cell of council text is missed. */
function addRow(sheet: Worksheet, values: readonly (string | number | Date | null)[]): ExcelJS.Row {
  return sheet.addRow(values.map((v) => (typeof v === 'string' ? cellText(v) : v)));
}

/**
 * Text as a cell holds it. A cell is always written as text (never a formula or a hyperlink, whatever it
 * starts with: exceljs makes those only of objects), but the text quotes the council's cells, headings and
 * file names, and exceljs drops control characters without a word, writes a lone surrogate as U+FFFD, and
 * writes U+FFFE and U+FFFF (a UTF-8 file can hold them) into the XML as they are, which then is not
 * well-formed: Excel offers to "repair" the workbook, losing its strings, and exceljs cannot read it back.
 * visibleText shows them instead, as the CLI does (a value holding ESC reads \x1b, not "[2J"), and the text is
 * kept within Excel's 32,767-character cell limit, which Excel otherwise enforces by "repairing" the file too.
 */
function cellText(text: string): string {
  const shown = visibleText(text);
  return shown.length <= EXCEL_MAX_CELL_CHARS ? shown : `${shown.slice(0, EXCEL_MAX_CELL_CHARS - 1)}…`;
}

/** The check's day as a date cell: midnight UTC, which exceljs writes as that day's serial number. */
function parseDay(day: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().startsWith(day) ? date : null;
}
