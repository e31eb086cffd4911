// Turns a recognised table's rows (from any reader) into typed records, by its field declarations.
// One loop for every table: each row either becomes a record or is left out with an issue per bad cell
// (cell-converters.ts reads each cell).
//
// Harmless things the file did (spaces round a value, a lower-case code, an id written 123.0 by Excel, a
// date saved as an Excel date-time) are read correctly and reported once per column as a *note*, with how
// many rows did it, so the analyst can fix the extract without being flooded.
import { makeIssue, type Issue } from '../checks/issue.ts';
import type { IssueId } from '../checks/messages.ts';
import { ownString } from '../core/own-string.ts';
import { columnPool, generalConverter, rangeConverter, viaString, type Converter, type Note } from './cell-converters.ts';
import type { CollectionYear } from './code-lists.ts';
import { hasChildId, type Field } from './fields.ts';
import type { RawTable } from './raw-table.ts';
import { shardOfCell, type Shard } from './shard.ts';
import type { KnownValues } from './ssd-values.ts';
import { createIdPool, createTextPool, type IdPool, type TextPool } from './string-pools.ts';

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
  /** Tests only: type every cell the general way, the oracle the quick routes (cell-converters.ts rangeConverter) are tested against. */
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
  /** What the note's message says beside the value (the same for every row of the column). */
  params?: Record<string, string>;
}

/** The issue that reports a counted note. */
export function countedNoteIssue(n: CountedNote): Issue {
  const more = n.count > 1 ? ` The same was found in ${(n.count - 1).toLocaleString('en-GB')} more ${n.count === 2 ? 'row' : 'rows'} of this column.` : '';
  return makeIssue(n.id, { file: n.file, row: n.row, column: n.column, columnIndex: n.columnIndex, value: n.value }, { ...n.params, more });
}

/** The typed records, and the child ids of rows left out (so cross-table checks do not blame them twice). */
export interface Typed<Rec> {
  records: Rec[];
  rejected: Set<string>;
}


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
  // A heading written twice is read from its first column, as the checks' column letters say (ingest.ts reports it).
  const index = new Map<string, number>();
  headings.forEach((h, i) => {
    const key = h.trim().toUpperCase();
    if (!index.has(key)) index.set(key, i);
  });
  const notes = new Map<string, CountedNote>();
  // Set by a converter when a cell fails; an object so the converters' closures and the loop share it.
  const state = { failed: false };
  // Read through a function: the converters set it during the loop, which the type checker cannot see.
  const rowFailed = () => state.failed;

  // Rows seen so far, every share's (see CountedNote.order).
  let order = 0;
  const note = (id: IssueId, column: string, columnIndex: number, row: number, value: string, params?: Record<string, string>) => {
    const key = `${id}\u0000${column}`;
    const seen = notes.get(key);
    if (seen) seen.count += 1;
    // The value copied: kept until the table (or, in a share, the whole read) is done, a cell's slice would keep the file's text.
    else notes.set(key, { id, file, row, column, columnIndex, value: ownString(value), count: 1, order, ...(params ? { params } : {}) });
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
    const general = generalConverter(spec, at, options, ids, pool, fail, note);
    const convert = options.generalOnly === true ? viaString(general) : rangeConverter(spec, options, ids, pool, general);
    return { name, at, convert: spec.known ? noteUnknown(convert, spec, spec.known, at, note) : convert };
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

/**
 * Notes, once per column, a value of free text the measures read that is none carestats understands (a field's
 * `known`, ssd-values.ts): a warning rather than a figure that silently counts the row as nothing. Blank cells
 * are the column's own business (required or not). Each distinct value is tested once per column.
 */
function noteUnknown(convert: Converter, spec: Field, known: KnownValues, at: number, note: Note): Converter {
  const verdicts = new Map<string, boolean>();
  return (text, start, end, row) => {
    const v = convert(text, start, end, row);
    if (typeof v !== 'string' || v === '') return v;
    let ok = verdicts.get(v);
    if (ok === undefined) {
      ok = known.test(v);
      // A column of free text that is really a row id would fill the map: by then its verdicts are known.
      if (verdicts.size < 1000) verdicts.set(v, ok);
    }
    if (!ok) note('ssd-value-not-recognised', spec.column, at, row, v, { reads: known.reads });
    return v;
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
