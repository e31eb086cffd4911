// Turns a recognised table's rows (from any reader) into typed records, by its field declarations.
// One loop for every table: each row either becomes a record or is left out with an issue per bad cell.
//
// Harmless things the file did (spaces round a value, a lower-case code, an id written 123.0 by Excel, a
// date saved as an Excel date-time) are read correctly and reported once per column as a *note*, with how
// many rows did it, so the analyst can fix the extract without being flooded.
import { makeIssue, type Issue } from '../checks/issue.ts';
import type { IssueId } from '../checks/messages.ts';
import { yearName, type CollectionYear } from './code-lists.ts';
import type { Field } from './fields.ts';
import { parseDateCell } from './parse-date.ts';
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
  ids?: Map<string, string>;
}

/** The typed records, and the child ids of rows left out (so cross-table checks do not blame them twice). */
export interface Typed<Rec> {
  records: Rec[];
  rejected: Set<string>;
}

type Value = string | number | null;
type Converter = (raw: string, row: number) => Value;

/** Types rows one at a time (as a CSV is parsed), then reports the notes and gives the records. */
export interface RowTyper<Rec> {
  row(values: readonly string[], row: number): void;
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
  const notes = new Map<string, { id: IssueId; row: number; column: string; columnIndex: number; value: string; count: number }>();
  // Set by a converter when a cell fails; an object so the converters' closures and the loop share it.
  const state = { failed: false };
  // Read through a function: the converters set it during the loop, which the type checker cannot see.
  const rowFailed = () => state.failed;

  const note = (id: IssueId, column: string, columnIndex: number, row: number, value: string) => {
    const key = `${id}\u0000${column}`;
    const seen = notes.get(key);
    if (seen) seen.count += 1;
    else notes.set(key, { id, row, column, columnIndex, value, count: 1 });
  };

  const names = Object.keys(fields);
  const converters: { name: string; at: number; convert: Converter }[] = names.map((name) => {
    const spec = fields[name];
    if (!spec) throw new Error(`Programmer error: no field ${name}`);
    const at = index.get(spec.column.toUpperCase());
    if (at === undefined) throw new Error(`Programmer error: column ${spec.column} is not in ${file}`);
    const fail = (id: IssueId, row: number, value: string, params?: Record<string, string>): null => {
      state.failed = true;
      issues.push(makeIssue(id, { file, row, column: spec.column, columnIndex: at, value }, params));
      return null;
    };
    return { name, at, convert: converter(spec, at, options, fail, note) };
  });
  const childField = converters.find((c) => fields[c.name]?.kind === 'id');
  const records: Rec[] = [];
  const rejected = new Set<string>();
  const year = options.year;
  const build = recordBuilder(converters.map((c) => c.name), year !== null);
  const convert = converters.map((c) => c.convert);
  const at = converters.map((c) => c.at);

  return {
    row(values, row) {
      state.failed = false;
      const record = build(convert, at, values, row, file, year);
      if (!rowFailed()) records.push(record as Rec);
      else if (childField) rejected.add(record[childField.name] as string);
    },
    finish(bom) {
      for (const n of notes.values()) {
        const more = n.count > 1 ? ` The same was found in ${(n.count - 1).toLocaleString('en-GB')} more ${n.count === 2 ? 'row' : 'rows'} of this column.` : '';
        issues.push(makeIssue(n.id, { file, row: n.row, column: n.column, columnIndex: n.columnIndex, value: n.value }, { more }));
      }
      if (bom) issues.push(makeIssue('file-byte-order-mark', { file }));
      return { records, rejected };
    },
  };
}

type Builder = (convert: readonly Converter[], at: readonly number[], values: readonly string[], row: number, file: string, year: number | null) => Record<string, unknown>;
const BUILDERS = new Map<string, Builder>();

/**
 * Makes a function that builds a record as one object literal with every property. V8 then gives every record
 * of a table one hidden class and allocates it in one step; adding properties one by one (as a loop over the
 * fields would) costs a hidden-class transition per property per row, which profiling showed was the largest
 * part of typing. The generated code contains only the field names of carestats' own declarations
 * (fields-903.ts, fields-ssd.ts), checked to be plain identifiers, never anything from a council's file.
 */
function recordBuilder(names: readonly string[], withYear: boolean): Builder {
  const key = `${names.join(',')}|${String(withYear)}`;
  const cached = BUILDERS.get(key);
  if (cached) return cached;
  for (const n of names) if (!/^[A-Za-z_$][\w$]*$/.test(n) || n === 'file' || n === 'row' || n === 'year') throw new Error(`Programmer error: field name ${n}`);
  const props = names.map((n, i) => `${n}: c[${String(i)}](v[a[${String(i)}]] ?? '', row)`);
  const body = `return { file, row, ${withYear ? 'year, ' : ''}${props.join(', ')} };`;
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- generated from declared field names only (see above)
  const build = new Function('c', 'a', 'v', 'row', 'file', 'year', body) as Builder;
  BUILDERS.set(key, build);
  return build;
}

/**
 * A copy of a cell's text that does not keep the whole file alive. The CSV parser gives each cell as a slice
 * of the file's text, and V8 makes a slice of 13 or more characters a view onto the original: one such value
 * kept in a record keeps the entire file (tens of megabytes at national scale) in memory. Concatenating then
 * slicing forces a copy of just the cell.
 */
function own(v: string): string {
  return v.length < 13 ? v : ` ${v}`.slice(1);
}

function converter(
  spec: Field,
  at: number,
  options: TypingOptions,
  fail: (id: IssueId, row: number, value: string, params?: Record<string, string>) => null,
  note: (id: IssueId, column: string, columnIndex: number, row: number, value: string) => void,
): Converter {
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
  // Repeated text (a team name, an eligibility category, a child's CLA id on every visit) is kept once,
  // however many rows repeat it. A column whose values hardly repeat (a row id) stops being interned once
  // that is clear, so it costs no lookups and no map.
  let seen: Map<string, string> | null = new Map<string, string>();
  let hits = 0;
  const intern = (v: string): string => {
    if (seen === null) return own(v);
    const known = seen.get(v);
    if (known !== undefined) {
      hits += 1;
      return known;
    }
    const mine = own(v);
    seen.set(mine, mine);
    if (seen.size === 20_000 && hits < seen.size) seen = null;
    return mine;
  };

  const ids = options.ids ?? new Map<string, string>();

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
        const known = ids.get(v);
        if (known !== undefined) return known;
        const mine = own(v);
        ids.set(mine, mine);
        return mine;
      };
    case 'text':
      return (raw, row) => {
        const v = trimmed(raw, row);
        return v === '' ? blank(row, raw) : intern(v);
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
