// Reading one cell of a typed column: a quick route for the common case, read straight from the file's text,
// and a general route that trims, reads every form carestats accepts and reports every fault and note. The
// property test in test/readers.property.test.ts checks that both routes type every cell alike.
import type { IssueId } from '../checks/messages.ts';
import { validDay } from '../core/civil-date.ts';
import { ownString } from '../core/own-string.ts';
import { YES_NO, yearName } from './code-lists.ts';
import { yesNoOf } from './ssd-values.ts';
import type { Field } from './fields.ts';
import { digits, isNoDate, monthFirst, parseDateCell } from './parse-date.ts';
import type { IdPool, TextPool } from './string-pools.ts';
import type { TypingOptions } from './type-table.ts';

/** A typed cell: a string (id, code, text), a number (a day, a whole or decimal number) or null (blank or failed). */
export type Value = string | number | null;
/** Types one cell: the text from `start` to `end` of `text` (a whole cell string, or a range of a CSV file's text). */
export type Converter = (text: string, start: number, end: number, row: number) => Value;
/** Types one cell given as a string: the general route, which also reports every fault and note. */
export type CellConverter = (raw: string, row: number) => Value;

/** A cell's text, copied so a record does not keep the whole file's text alive (core/own-string.ts). */
const own = ownString;

/** How a table's cells are read: its collection year's codes and the date form its format expects. */
export type CellOptions = Pick<TypingOptions, 'year' | 'dateStyle'>;

/** Reports a cell that cannot be typed (its row is then left out); gives null, the cell's value. */
export type Fail = (id: IssueId, row: number, value: string, params?: Record<string, string>) => null;

/** Counts something harmless found in a cell, reported once per column (type-table.ts CountedNote). */
export type Note = (id: IssueId, column: string, columnIndex: number, row: number, value: string, params?: Record<string, string>) => void;

/** How a date must be written, for the date-invalid message: the SSDA903's form, and the SSD's. */
const UK_FORM = 'dd/mm/yyyy, for example 31/03/2026';
const ISO_FORM = 'yyyy-mm-dd, for example 2026-03-31 (a time after it, such as 2026-03-31 14:30, is read as that day)';

/** A general converter taking a range. */
export function viaString(general: CellConverter): Converter {
  return (text, start, end, row) => general(start === 0 && end === text.length ? text : text.slice(start, end), row);
}

/**
 * Wraps a field's general converter with a route for the common case read straight from the text: a cell with
 * no spaces round it that is a known child id, a code valid this year, a date in the format's own style or a
 * whole number in range. Anything else (blank, spaced, lower-case, invalid, another date style) goes to the
 * general converter, which types it and reports it exactly as before.
 */
export function rangeConverter(spec: Field, options: CellOptions, ids: IdPool, texts: ColumnPool | null, general: CellConverter): Converter {
  const slow = viaString(general);
  // Spaces (or any control character) at either end: the general route trims and notes them.
  const plain = (text: string, start: number, end: number) => end > start && text.charCodeAt(start) > 32 && text.charCodeAt(end - 1) > 32;
  switch (spec.kind) {
    case 'id':
      return (text, start, end, row) => (plain(text, start, end) ? ids.digits(text, start, end) : null) ?? slow(text, start, end, row);
    case 'code': {
      // Each code valid this year by a number made of its characters, so a cell is matched without a string.
      const byKey = new Map<number, string>();
      for (const code of spec.codes?.all ?? []) {
        const key = codeKey(code, 0, code.length);
        if (key >= 0 && (options.year === null || spec.codes?.validIn(code, options.year))) byKey.set(key, code);
      }
      return (text, start, end, row) => {
        if (plain(text, start, end)) {
          const hit = byKey.get(codeKey(text, start, end));
          if (hit !== undefined) return hit;
        }
        return slow(text, start, end, row);
      };
    }
    case 'date': {
      const uk = options.dateStyle === 'uk';
      return (text, start, end, row) => {
        if (end - start === 10) {
          const day = uk ? ukDate(text, start) : isoDate(text, start);
          if (day !== null && !isNoDate(day)) return day;
        }
        return slow(text, start, end, row);
      };
    }
    case 'int': {
      const min = spec.min ?? -Infinity;
      const max = spec.max ?? Infinity;
      return (text, start, end, row) => {
        const n = end - start <= 9 ? digits(text, start, end) : -1;
        return n >= 0 && n >= min && n <= max ? n : slow(text, start, end, row);
      };
    }
    case 'text': {
      // A value the import has seen (a UPN from last year's return, a postcode on the child's last episode) is
      // found in the pool by its characters in the text and costs no new string; the rest go the general way.
      const pool = texts;
      if (pool === null) return slow;
      return (text, start, end, row) => {
        // Not a value starting # (an Excel error value, #N/A, is read by the general route).
        if (end - start <= 40 && plain(text, start, end) && text.charCodeAt(start) !== 35) {
          const known = pool.find(text, start, end);
          if (known !== undefined) return known;
        }
        return slow(text, start, end, row);
      };
    }
    case 'decimal':
    case 'partial-date':
      return slow;
  }
}

/** A number made of up to 7 ASCII characters (0 to 2^49), or -1 when the text is longer or not ASCII. */
function codeKey(text: string, start: number, end: number): number {
  if (end - start > 7) return -1;
  let key = 0;
  for (let i = start; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (c > 127) return -1;
    key = key * 128 + c;
  }
  return key;
}

/** dd/mm/yyyy at `at`, or null for anything else (the general route then decides). */
function ukDate(text: string, at: number): number | null {
  if (text.charCodeAt(at + 2) !== 47 || text.charCodeAt(at + 5) !== 47) return null;
  return dayOf(digits(text, at + 6, at + 10), digits(text, at + 3, at + 5), digits(text, at, at + 2));
}

/** yyyy-mm-dd at `at`, or null for anything else. */
function isoDate(text: string, at: number): number | null {
  if (text.charCodeAt(at + 4) !== 45 || text.charCodeAt(at + 7) !== 45) return null;
  return dayOf(digits(text, at, at + 4), digits(text, at + 5, at + 7), digits(text, at + 8, at + 10));
}

function dayOf(year: number, month: number, day: number): number | null {
  return year < 0 || month < 0 || day < 0 ? null : validDay(year, month, day);
}

/** A text column's use of the import's pool of text values (string-pools.ts). */
export interface ColumnPool {
  /** The pool's string for text[start, end), or undefined (not pooled yet, or the column has stopped pooling). */
  find(text: string, start: number, end: number): string | undefined;
  /** The pool's string for `value`, or once the column has stopped pooling, a copy of its own. */
  keep(value: string): string;
}

/**
 * Repeated text (a team name, an eligibility category, a child's CLA id on every visit) is kept once, however
 * many rows, tables and years repeat it. A column whose values hardly repeat (a row id) stops pooling once
 * that is clear: 20,000 values new to the pool and fewer look-ups than that which found one already there. It
 * then costs no look-ups and adds no more values; the 20,000 it added stay in the pool until the import is
 * done (about 1 MB for ids of 13 characters).
 */
export function columnPool(pool: TextPool): ColumnPool {
  let pooling = true;
  let hits = 0;
  let added = 0;
  return {
    find(text, start, end) {
      if (!pooling) return undefined;
      const known = pool.find(text, start, end);
      if (known !== undefined) hits += 1;
      return known;
    },
    keep(value) {
      if (!pooling) return own(value);
      const before = pool.size;
      const kept = pool.keep(value);
      if (pool.size === before) hits += 1;
      else if ((added += 1) === 20_000 && hits < added) pooling = false;
      return kept;
    },
  };
}

/**
 * Makes a field's general converter: trims (noting it), reads the cell by its kind and reports every fault
 * (`fail`) and harmless oddity (`note`) it finds.
 */
export function generalConverter(spec: Field, at: number, options: CellOptions, ids: IdPool, texts: ColumnPool | null, fail: Fail, note: Note): CellConverter {
  const read = byKind(spec, at, options, ids, texts, fail, note);
  // A free-text column that may be blank reads an Excel error as blank (a warning); any other fails the row.
  const readBlank = spec.kind === 'text' && !spec.required;
  const needed = spec.required;
  return (raw, row) => {
    const c = raw.charCodeAt(0);
    if ((c === 35 || c <= 32) && isExcelError(raw)) {
      if (!readBlank) return fail('cell-excel-error', row, raw);
      note('cell-excel-error-read-blank', spec.column, at, row, raw);
      return '';
    }
    // NULL is how a query's empty value is saved (below): read as the blank it stands for, and in a column that
    // must have a value, missing (the one finding). Read as a value, it was an invalid date or code in every row.
    if ((c === 78 || c === 110 || c <= 32) && isSqlNull(raw)) {
      if (needed) return fail('value-missing', row, raw);
      note('cell-null-read-blank', spec.column, at, row, raw);
      return read('', row);
    }
    return read(raw, row);
  };
}

/**
 * Tells whether a cell is the word NULL (spaces round it and case aside): SQL Server Management Studio writes it
 * for every empty value when it saves a query's results as CSV, the usual way an SSD extract, which is a set of
 * SQL queries, reaches a file. No code, date, id or number carestats reads is the word NULL.
 */
export function isSqlNull(raw: string): boolean {
  return raw.length <= 12 && raw.trim().toUpperCase() === 'NULL';
}

/**
 * Excel's error values: what a workbook cell shows, and Excel's CSV export writes, when its formula fails. Read
 * as text they became values (a team named "#N/A").
 */
const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  '#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!', '#EXTERNAL!', '#PYTHON!',
]);

/** Tells whether a cell's text is one of Excel's error values (spaces round it and case aside). */
export function isExcelError(raw: string): boolean {
  return raw.length <= 16 && EXCEL_ERRORS.has(raw.trim().toUpperCase());
}

/** Reads a cell by its field's kind: the general route proper, once an Excel error value is ruled out. */
function byKind(spec: Field, at: number, options: CellOptions, ids: IdPool, texts: ColumnPool | null, fail: Fail, note: Note): CellConverter {
  const column = spec.column;
  // Trims, noting it when there was something to trim. Checking the ends first keeps the common case cheap.
  const trimmed = (raw: string, row: number): string => {
    if (raw === '') return raw;
    const first = raw.charCodeAt(0);
    const last = raw.charCodeAt(raw.length - 1);
    if (first > 32 && last > 32) return raw;
    const t = raw.trim();
    if (t !== raw) note('value-trimmed', column, at, row, raw);
    return t;
  };
  const blank = (row: number, raw: string): string | null => (spec.required ? fail('value-missing', row, raw) : '');
  const uk = options.dateStyle === 'uk';
  switch (spec.kind) {
    case 'id':
      return (raw, row) => {
        let v = trimmed(raw, row);
        if (v === '') return fail('value-missing', row, raw);
        // Excel turns an id column into numbers and writes 123456 as 123456.0: read it as the id it was.
        if (v.endsWith('.0') && /^\d+\.0+$/.test(v)) {
          note('id-decimal-removed', column, at, row, raw);
          v = v.slice(0, v.indexOf('.'));
        }
        return ids.text(v);
      };
    case 'text':
      return (raw, row) => {
        const v = trimmed(raw, row);
        return v === '' ? blank(row, raw) : (texts?.keep(v) ?? own(v));
      };
    case 'code': {
      const codes = spec.codes;
      if (!codes) throw new Error(`Programmer error: code field ${column} has no code list`);
      // Each code maps to the code list's own string, so a million rows of 'U4' share one string instead of
      // each keeping the copy the parser made (a fifth of the heap, before this).
      const all = new Map(codes.all.map((c) => [c, c]));
      const yesNo = codes === YES_NO;
      const inYear = options.year === null ? all : new Set(codes.codesIn(options.year));
      return (raw, row) => {
        const t = trimmed(raw, row);
        if (t === '') return blank(row, raw);
        let v = all.get(t);
        if (v === undefined) {
          v = all.get(t.toUpperCase());
          if (v !== undefined) {
            note('code-lower-case', column, at, row, raw);
          } else if (yesNo && (v = yesNoOf(t) ?? undefined) !== undefined) {
            // A flag written as a database or spreadsheet writes true and false: each of thousands of rows was
            // an invalid code, its row left out.
            note('code-yes-no-word', column, at, row, raw);
          } else {
            return fail('code-invalid', row, raw, { valid: options.year === null ? codes.all.join(', ') : codes.codesIn(options.year).join(', ') });
          }
        }
        if (!inYear.has(v) && options.year !== null) {
          return fail('code-not-valid-for-year', row, raw, { year: yearName(options.year), when: codes.describe(v), valid: [...inYear].join(', ') });
        }
        return v;
      };
    }
    case 'date':
      return (raw, row) => {
        const v = trimmed(raw, row);
        const parsed = parseDateCell(v);
        // An SSDA903 date is a date; an SSD datetime column may hold a time of day, read as its day.
        if (parsed.day === 'invalid' || (uk && (parsed.style === 'time-of-day' || parsed.style === 'zoned'))) {
          // 05/17/2025: no 17th month, but 17 May written month first, as Excel in a US setting saves dates.
          const swapped = monthFirst(v);
          if (swapped !== null) return fail('date-month-first', row, raw, { read: swapped });
          return fail('date-invalid', row, raw, { form: uk ? UK_FORM : ISO_FORM });
        }
        if (parsed.day === null) return spec.required ? fail('value-missing', row, raw) : null;
        if (isNoDate(parsed.day)) {
          if (spec.required) return fail('date-placeholder', row, raw);
          note('date-placeholder-read-blank', column, at, row, raw);
          return null;
        }
        if (parsed.style === 'two-digit-year') note('date-two-digit-year', column, at, row, raw);
        if (parsed.style === 'zoned') note('date-zoned-read-uk', column, at, row, raw);
        // Only the SSDA903 has a form of its own (dd/mm/yyyy) to be told about: SSD dates are ISO date-times.
        if (uk && (parsed.style === 'date-time' || parsed.style === 'iso')) note('date-excel-style', column, at, row, raw);
        return parsed.day;
      };
    case 'int':
      return (raw, row) => {
        const v = trimmed(raw, row);
        if (v === '') return spec.required ? fail('value-missing', row, raw) : null;
        const n = Number(v.endsWith('.0') ? v.slice(0, -2) : v);
        if (!Number.isInteger(n) || n < (spec.min ?? -Infinity) || n > (spec.max ?? Infinity)) {
          return fail('number-invalid', row, raw, { min: String(spec.min ?? ''), max: String(spec.max ?? '') });
        }
        return n;
      };
    case 'decimal':
      return (raw, row) => {
        const v = trimmed(raw, row);
        if (v === '') return spec.required ? fail('value-missing', row, raw) : null;
        // Number('') and Number(' ') are 0 and Number('0x1A') is 26: only plain decimals are accepted.
        const n = /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : NaN;
        if (!Number.isFinite(n) || n < (spec.min ?? -Infinity) || n > (spec.max ?? Infinity)) {
          return fail('decimal-invalid', row, raw, { min: String(spec.min ?? ''), max: String(spec.max ?? '') });
        }
        return n;
      };
    case 'partial-date':
      return (raw, row) => {
        const v = trimmed(raw, row).toUpperCase();
        if (v === '') return '';
        const m = /^(\d{2}|ZZ)\/(\d{2}|ZZ)\/(\d{4}|ZZZZ)$/.exec(v);
        if (!m || !partialDateExists(m[1] ?? '', m[2] ?? '', m[3] ?? '')) return fail('date-invalid', row, raw);
        return v;
      };
  }
}

/**
 * Whether a date some of whose parts are unknown (ZZ, ZZZZ: the 903's DATE_PERM) can be a real date: each part
 * given is in range, and a day with its month (and year, for 29 February) exists (DfE validator rule 632).
 */
function partialDateExists(day: string, month: string, year: string): boolean {
  const d = day === 'ZZ' ? null : Number(day);
  const m = month === 'ZZ' ? null : Number(month);
  const y = year === 'ZZZZ' ? null : Number(year);
  if (m !== null && (m < 1 || m > 12)) return false;
  if (d === null) return true;
  if (d < 1 || d > 31) return false;
  if (m === null) return true;
  // 29 February of an unknown year may be real (a leap year's); a known year decides.
  return validDay(y ?? 2000, m, d) !== null;
}
