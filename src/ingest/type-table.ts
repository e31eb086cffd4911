// Turns a recognised table's rows (from any reader) into typed records, by its field declarations.
// One loop for every table: each row either becomes a record or is left out with an issue per bad cell.
//
// Harmless things the file did (spaces round a value, a lower-case code, an id written 123.0 by Excel, a
// date saved as an Excel date-time) are read correctly and reported once per column as a *note*, with how
// many rows did it, so the analyst can fix the extract without being flooded.
import { makeIssue, type Issue } from '../checks/issue.ts';
import type { IssueId } from '../checks/messages.ts';
import { validDay } from '../core/civil-date.ts';
import { ownString } from '../core/own-string.ts';
import { yearName, type CollectionYear } from './code-lists.ts';
import { hasChildId, type Field } from './fields.ts';
import { digits, parseDateCell } from './parse-date.ts';
import { createIdPool, createTextPool, type IdPool, type TextPool } from './string-pools.ts';
import type { RawTable } from './raw-table.ts';

/** How a table is typed. */
export interface TypingOptions {
  /** The return's collection year, for year-specific codes; null for SSD tables (any year's codes). */
  year: CollectionYear | null;
  /** The date form the format expects; the other is accepted and noted. */
  dateStyle: 'uk' | 'iso';
  /**
   * Child ids seen so far in this import, each kept once: a child appears in many rows of many tables and
   * years, and one shared string per child instead of one per row saves hundreds of megabytes at national scale.
   */
  ids?: IdPool;
  /** Text values seen so far in this import, each kept once (string-pools.ts); undefined: the typer's own. */
  texts?: TextPool;
  /**
   * Type only the rows of one share of the children (see `ShareOptions`); rows of a table with no child id
   * are all typed. Undefined: every row.
   */
  share?: ShareOptions;
  /** Tests only: type every cell the general way, the oracle the quick routes (rangeConverter) are tested against. */
  generalOnly?: boolean;
}

/**
 * Reading one share of the children (pipeline/sharded-check.ts puts the shares together). A typer that passes
 * over other shares' rows (its table has a child id) puts what it finds in its own children's rows here, to
 * be merged across the shares: the issues of its rows, and its counted notes (their counts are added up
 * across the shares before they become issues). What it finds about the file (a byte-order mark) still goes
 * to the typer's issues, as every share finds it alike.
 */
export interface ShareOptions {
  shard: Shard;
  rowIssues: Issue[];
  countedNotes: CountedNote[];
}

/**
 * Something harmless found in a column (a trimmed value, a lower-case code), counted over its rows and
 * reported once, at the first row that did it.
 */
export interface CountedNote {
  id: IssueId;
  file: string;
  row: number;
  column: string;
  columnIndex: number;
  value: string;
  count: number;
  /** The position of the note's first row among all the table's rows (of every share), to tell which came first when rows share a number (XML on one line). */
  order: number;
}

/** The issue that reports a counted note. */
export function countedNoteIssue(n: CountedNote): Issue {
  const more = n.count > 1 ? ` The same was found in ${(n.count - 1).toLocaleString('en-GB')} more ${n.count === 2 ? 'row' : 'rows'} of this column.` : '';
  return makeIssue(n.id, { file: n.file, row: n.row, column: n.column, columnIndex: n.columnIndex, value: n.value }, { more });
}

/**
 * One of `count` shares of the children, for reading a folder on several threads at once (pipeline/sharded-check.ts):
 * each share types and checks only its own children's rows, and the shares together are every row once.
 */
export interface Shard {
  index: number;
  count: number;
}

/**
 * The share a child id cell belongs to, from the cell's text alone: the id exactly as typing reads it (the id
 * converter's trimming and Excel ".0" rule, below), hashed, so every row of a child in every table and year
 * falls in the same share without typing the cell (which would note its faults twice). A blank id falls in
 * one share, like any other, whose typer then reports it.
 */
export function shardOfCell(text: string, start: number, end: number, count: number): number {
  if (end > start && (text.charCodeAt(start) <= 32 || text.charCodeAt(end - 1) <= 32)) {
    // Rare (spaces round the id): as the converter does it, on a string.
    const v = text.slice(start, end).trim();
    return shardOfId(v, 0, v.length, count);
  }
  return shardOfId(text, start, end, count);
}

/** shardOfCell for an id with nothing round it to trim. */
function shardOfId(text: string, start: number, end: number, count: number): number {
  // "123456.0" (and only that form: digits, a point, one zero) is the id 123456.
  if (end - start >= 3 && text.charCodeAt(end - 1) === 48 && text.charCodeAt(end - 2) === 46) {
    let digitsOnly = true;
    for (let i = start; i < end - 2 && digitsOnly; i += 1) digitsOnly = isDigit(text.charCodeAt(i));
    if (digitsOnly) end -= 2;
  }
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % count;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The typed records, and the child ids of rows left out (so cross-table checks do not blame them twice). */
export interface Typed<Rec> {
  records: Rec[];
  rejected: Set<string>;
}

type Value = string | number | null;
/** Types one cell: the text from `start` to `end` of `text` (a whole cell string, or a range of a CSV file's text). */
type Converter = (text: string, start: number, end: number, row: number) => Value;
/** Types one cell given as a string: the general route, which also reports every fault and note. */
type CellConverter = (raw: string, row: number) => Value;

/** Types rows one at a time (as a CSV is parsed), then reports the notes and gives the records. */
export interface RowTyper<Rec> {
  /** A row as cell strings, in heading order. */
  row(values: readonly string[], row: number): void;
  /** A row as ranges of a file's text (split-plain-csv.ts): cell i is text.slice(bounds[2i], bounds[2i + 1]). */
  rowAt(text: string, bounds: Int32Array, row: number): void;
  finish(bom?: boolean): Typed<Rec>;
}

/** Types every row of `table`; issues (errors and notes) go to `issues`. `table.headings` must include every field's column. */
export function typeTable<Rec>(table: RawTable, fields: Readonly<Record<string, Field>>, options: TypingOptions, issues: Issue[]): Typed<Rec> {
  const typer = createRowTyper<Rec>(table.file, table.headings, fields, options, issues);
  for (const { row, values } of table.rows) typer.row(values, row);
  return typer.finish(table.bom);
}

/** Makes a typer for rows with these headings. Every field's column must be among the headings. */
export function createRowTyper<Rec>(file: string, headings: readonly string[], fields: Readonly<Record<string, Field>>, options: TypingOptions, issues: Issue[]): RowTyper<Rec> {
  const index = new Map(headings.map((h, i) => [h.trim().toUpperCase(), i]));
  const notes = new Map<string, CountedNote>();
  // Set by a converter when a cell fails; an object so the converters' closures and the loop share it.
  const state = { failed: false };
  // Read through a function: the converters set it during the loop, which the type checker cannot see.
  const rowFailed = () => state.failed;

  // Rows seen so far, every share's (see CountedNote.order).
  let order = 0;
  const note = (id: IssueId, column: string, columnIndex: number, row: number, value: string) => {
    const key = `${id}\u0000${column}`;
    const seen = notes.get(key);
    if (seen) seen.count += 1;
    // The value copied: kept until the table (or, in a share, the whole read) is done, a cell's slice would keep the file's text.
    else notes.set(key, { id, file, row, column, columnIndex, value: ownString(value), count: 1, order });
  };

  const ids = options.ids ?? createIdPool();
  const texts = options.texts ?? createTextPool();
  const names = Object.keys(fields);
  // A typer reading one share of a table with a child id (see ShareOptions); otherwise null.
  const share = options.share !== undefined && options.share.shard.count > 1 && hasChildId(fields) ? options.share : null;
  const rowIssues = share ? share.rowIssues : issues;
  const converters: { name: string; at: number; convert: Converter }[] = names.map((name) => {
    const spec = fields[name];
    if (!spec) throw new Error(`Programmer error: no field ${name}`);
    const at = index.get(spec.column.toUpperCase());
    if (at === undefined) throw new Error(`Programmer error: column ${spec.column} is not in ${file}`);
    const fail = (id: IssueId, row: number, value: string, params?: Record<string, string>): null => {
      state.failed = true;
      rowIssues.push(makeIssue(id, { file, row, column: spec.column, columnIndex: at, value }, params));
      return null;
    };
    const pool = spec.kind === 'text' ? columnPool(texts) : null;
    const general = converter(spec, at, options, ids, pool, fail, note);
    return { name, at, convert: options.generalOnly === true ? viaString(general) : rangeConverter(spec, options, ids, pool, general) };
  });
  const childField = converters.find((c) => fields[c.name]?.kind === 'id');
  const records: Rec[] = [];
  const rejected = new Set<string>();
  const year = options.year;
  const build = recordBuilders(converters.map((c) => c.name), converters.map((c) => c.at), year !== null);
  const convert = converters.map((c) => c.convert);
  // In a share, a row of another share's child is passed over untyped (so it adds no record, issue or note).
  const shard = share?.shard ?? null;
  const childAt = childField?.at ?? 0;
  const keep = (record: Record<string, unknown>) => {
    if (!rowFailed()) records.push(record as Rec);
    else if (childField) rejected.add(record[childField.name] as string);
  };

  return {
    row(values, row) {
      order += 1;
      if (shard) {
        const id = values[childAt] ?? '';
        if (shardOfCell(id, 0, id.length, shard.count) !== shard.index) return;
      }
      state.failed = false;
      keep(build.fromValues(convert, values, row, file, year));
    },
    rowAt(text, bounds, row) {
      order += 1;
      if (shard && shardOfCell(text, bounds[2 * childAt] ?? 0, bounds[2 * childAt + 1] ?? 0, shard.count) !== shard.index) return;
      state.failed = false;
      keep(build.fromRanges(convert, text, bounds, row, file, year));
    },
    finish(bom) {
      for (const n of notes.values()) {
        if (share) share.countedNotes.push(n);
        else issues.push(countedNoteIssue(n));
      }
      if (bom) issues.push(makeIssue('file-byte-order-mark', { file }));
      return { records, rejected };
    },
  };
}

type Record_ = Record<string, unknown>;
interface Builders {
  fromValues: (convert: readonly Converter[], values: readonly string[], row: number, file: string, year: number | null) => Record_;
  fromRanges: (convert: readonly Converter[], text: string, bounds: Int32Array, row: number, file: string, year: number | null) => Record_;
}
const BUILDERS = new Map<string, Builders>();

/**
 * Makes functions that build a record as one object literal with every property. V8 then gives every record
 * of a table one hidden class and allocates it in one step; adding properties one by one (as a loop over the
 * fields would) costs a hidden-class transition per property per row, which profiling showed was the largest
 * part of typing. The generated code contains only the field names of carestats' own declarations
 * (fields-903.ts, fields-ssd.ts), checked to be plain identifiers, and column positions, which are whole
 * numbers; never anything from a council's file.
 */
function recordBuilders(names: readonly string[], columns: readonly number[], withYear: boolean): Builders {
  const key = `${names.join(',')}|${columns.join(',')}|${String(withYear)}`;
  const cached = BUILDERS.get(key);
  if (cached) return cached;
  for (const n of names) if (!/^[A-Za-z_$][\w$]*$/.test(n) || n === 'file' || n === 'row' || n === 'year') throw new Error(`Programmer error: field name ${n}`);
  for (const c of columns) if (!Number.isSafeInteger(c) || c < 0) throw new Error(`Programmer error: column ${String(c)}`);
  const head = `file, row, ${withYear ? 'year, ' : ''}`;
  const cells = columns.map((c, i) => `const x${String(i)} = v[${String(c)}] ?? '';`).join(' ');
  const fromValues = `${cells} return { ${head}${names.map((n, i) => `${n}: c[${String(i)}](x${String(i)}, 0, x${String(i)}.length, row)`).join(', ')} };`;
  const fromRanges = `return { ${head}${names.map((n, i) => `${n}: c[${String(i)}](t, b[${String(2 * (columns[i] ?? 0))}], b[${String(2 * (columns[i] ?? 0) + 1)}], row)`).join(', ')} };`;
  /* eslint-disable @typescript-eslint/no-implied-eval -- generated from declared field names and column numbers only (see above) */
  const made: Builders = {
    fromValues: new Function('c', 'v', 'row', 'file', 'year', fromValues) as Builders['fromValues'],
    fromRanges: new Function('c', 't', 'b', 'row', 'file', 'year', fromRanges) as Builders['fromRanges'],
  };
  /* eslint-enable @typescript-eslint/no-implied-eval */
  BUILDERS.set(key, made);
  return made;
}

/** A cell's text, copied so a record does not keep the whole file's text alive (core/own-string.ts). */
const own = ownString;

/** A general converter taking a range. */
function viaString(general: CellConverter): Converter {
  return (text, start, end, row) => general(start === 0 && end === text.length ? text : text.slice(start, end), row);
}

/**
 * Wraps a field's general converter with a route for the common case read straight from the text: a cell with
 * no spaces round it that is a known child id, a code valid this year, a date in the format's own style or a
 * whole number in range. Anything else (blank, spaced, lower-case, invalid, another date style) goes to the
 * general converter, which types it and reports it exactly as before.
 */
function rangeConverter(spec: Field, options: TypingOptions, ids: IdPool, texts: ColumnPool | null, general: CellConverter): Converter {
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
          if (day !== null) return day;
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
        if (end - start <= 40 && plain(text, start, end)) {
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
interface ColumnPool {
  /** The pool's string for text[start, end), or undefined (not pooled yet, or the column has stopped pooling). */
  find(text: string, start: number, end: number): string | undefined;
  /** The pool's string for `value`, or once the column has stopped pooling, a copy of its own. */
  keep(value: string): string;
}

/**
 * Repeated text (a team name, an eligibility category, a child's CLA id on every visit) is kept once, however
 * many rows, tables and years repeat it. A column whose values hardly repeat (a row id) stops pooling once
 * that is clear: 20,000 values new to the pool and fewer look-ups than that which found one already there. It
 * then costs no look-ups, and the pool does not keep its values after their records are gone.
 */
function columnPool(pool: TextPool): ColumnPool {
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

function converter(
  spec: Field,
  at: number,
  options: TypingOptions,
  ids: IdPool,
  texts: ColumnPool | null,
  fail: (id: IssueId, row: number, value: string, params?: Record<string, string>) => null,
  note: (id: IssueId, column: string, columnIndex: number, row: number, value: string) => void,
): CellConverter {
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
      const inYear = options.year === null ? all : new Set(codes.codesIn(options.year));
      return (raw, row) => {
        const t = trimmed(raw, row);
        if (t === '') return blank(row, raw);
        let v = all.get(t);
        if (v === undefined) {
          v = all.get(t.toUpperCase());
          if (v !== undefined) {
            note('code-lower-case', column, at, row, raw);
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
        if (parsed.day === 'invalid') return fail('date-invalid', row, raw);
        if (parsed.day === null) return spec.required ? fail('value-missing', row, raw) : null;
        if (parsed.style === 'date-time' || (options.dateStyle === 'uk' && parsed.style === 'iso')) note('date-excel-style', column, at, row, raw);
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
        if (!m) return fail('date-invalid', row, raw);
        return v;
      };
  }
}
