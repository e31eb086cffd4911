// One workbook cell as the text Excel would put in a CSV export (dates as ISO yyyy-mm-dd, never as serial
// numbers), and what else the cell says that a CSV export would hide: a formula with no saved result, a date
// kept as a plain number, a cell covered by a merged range. read-xlsx.ts reports these (sheet-findings.ts).
import type { Cell } from 'exceljs';

const MS_PER_DAY = 86_400_000;
// Excel's day 0 in the 1900 date system: a cell holding only a time of day is a date on this day. (Day 0 is
// 30 December 1899, not 31, because Excel counts a 29 February 1900 that never was: right from 1 March 1900.)
const EXCEL_DAY_ZERO = Date.UTC(1899, 11, 30);
// Day 0 in the 1904 date system (Excel for Mac's old default, kept by a workbook saved in it: File, Options,
// Advanced, "Use 1904 date system"): the same date is 1,462 fewer days.
const EXCEL_1904_DAY_ZERO = Date.UTC(1904, 0, 1);
// The day counts read as dates in a date column: 1 January 1920 to 31 December 9999 (in the 1900 system).
// Below are Excel's first days (1900 to 1919, with its 29 February 1900 that never was), which no child's
// record has, and a number such as 2024 there is more likely a year than 16 July 1905: it is left for the
// typer to reject.
const FIRST_SERIAL = 7306;
const LAST_SERIAL = 2_958_465;
const DAYS_1900_TO_1904 = 1462;

/** What a cell holds besides its text: nothing, a formula never calculated, a date as a number, or a merged range's other cell. */
export type CellKind = 'plain' | 'uncalculated' | 'serial-date' | 'covered';

/** A cell read: its text and kind (reused from cell to cell, as a sheet has millions of cells). */
export interface CellRead {
  text: string;
  kind: CellKind;
  /** For 'uncalculated', the formula; for 'serial-date', the number as written. */
  detail: string;
}

/**
 * Reads a cell into `into`; `dateColumn` when it is in a column carestats reads as dates, `date1904` when the
 * workbook counts its days from 1904 (exceljs reads its date cells so, but a plain number is read here).
 */
export function readCell(cell: Cell, dateColumn: boolean, into: CellRead, date1904 = false): CellRead {
  into.kind = 'plain';
  into.detail = '';
  // The other cells of a merged range report the first cell's value; Excel's own CSV export leaves them blank.
  if (cell.isMerged && cell.master.address !== cell.address) {
    into.text = '';
    into.kind = 'covered';
    return into;
  }
  const value: unknown = cell.value;
  if (typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value)) {
    // A formula gives the result Excel saved with it; a program that writes formulas without calculating them
    // (a script, a report tool) saves none, and the cell has no value at all. Read from the cell itself: its
    // value's copy leaves out a result of 0, FALSE or "" (exceljs copies only truthy ones), which is a result.
    const result: unknown = cell.result;
    if (result === undefined) {
      into.text = '';
      into.kind = 'uncalculated';
      into.detail = cell.formula;
      return into;
    }
    return number(result, dateColumn, date1904, into) ?? text(valueText(result), into);
  }
  if (dateColumn) {
    const read = number(value, true, date1904, into);
    if (read) return read;
  }
  // A whole number shown with leading zeros (number format 000000: an id such as 000123, stored as 123) is
  // written as Excel shows it and saves it to CSV, so it still matches the child's id in the other files.
  const format = cell.numFmt;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && typeof format === 'string' && /^0+$/.test(format)) {
    return text(String(value).padStart(format.length, '0'), into);
  }
  return text(valueText(value), into);
}

function text(t: string, into: CellRead): CellRead {
  into.text = t;
  return into;
}

/** In a date column, a plain number in Excel's range of day counts, read as its date; otherwise null. */
function number(value: unknown, dateColumn: boolean, date1904: boolean, into: CellRead): CellRead | null {
  if (!dateColumn || typeof value !== 'number') return null;
  const day1900 = date1904 ? value + DAYS_1900_TO_1904 : value;
  if (!(day1900 >= FIRST_SERIAL && day1900 < LAST_SERIAL + 1)) return null;
  into.text = dateText(new Date((date1904 ? EXCEL_1904_DAY_ZERO : EXCEL_DAY_ZERO) + value * MS_PER_DAY));
  into.kind = 'serial-date';
  into.detail = String(value);
  return into;
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
  if ('richText' in value && Array.isArray(value.richText)) {
    return value.richText.map((run: unknown) => (typeof run === 'object' && run !== null && 'text' in run ? valueText(run.text) : '')).join('');
  }
  // An error value (#N/A, #REF!) as Excel's CSV export writes it: the typer reports it (cell-converters.ts isExcelError).
  if ('error' in value) return valueText(value.error);
  if ('text' in value) return valueText(value.text);
  return '';
}

/** Writes a date cell as yyyy-mm-dd, adding hh:mm:ss when it holds a time of day; a time alone as hh:mm:ss. */
export function dateText(date: Date): string {
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
