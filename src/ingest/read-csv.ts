// Turns the text of one CSV file into headings and rows of cells, reporting problems as issues.
// Files with quotation marks go through d3-dsv, which parses RFC 4180 CSV at about 70 MB/s on one core
// (csv-parse managed about 12); files without them, which is what case systems usually write, are split by
// split-plain-csv.ts into cell ranges that are typed without a string per cell. Cells are kept as written:
// trimming and upper-casing are the typing stage's job, so it can tell the analyst about them.
import { csvParseRows } from 'd3-dsv';
import { makeIssue } from '../checks/issue.ts';
import type { RawRow, ReadResult } from './raw-table.ts';
import { isPlainCsv, splitPlainCsv, type RangeRow } from './split-plain-csv.ts';

/**
 * Receives a recognised table's rows as they are parsed, so a large file's cells never all sit in memory:
 * as strings (quoted CSV, and the other readers) or as ranges of the file's text (plain CSV).
 */
export interface RowSink {
  values(values: readonly string[], row: number): void;
  ranges: RangeRow;
}

/** What a streamed read found: the table (rows present only where no sink took them) and the problems. */
export interface StreamedCsv extends ReadResult {
  /** Rows passed to the sink (or kept in the table). */
  rowCount: number;
}

/** Parses CSV text into one raw table. Never throws on bad input. */
export function readCsv(file: string, text: string): ReadResult {
  return streamCsv(file, text, () => null);
}

/**
 * Parses CSV text, calling `sinkFor` with the headings once they are known: a sink it returns receives every
 * data row as it is parsed (the returned table then has no rows); null keeps the rows in the table.
 */
export function streamCsv(file: string, text: string, sinkFor: (headings: string[]) => RowSink | null): StreamedCsv {
  const bom = text.charCodeAt(0) === 0xfeff;
  const body = bom ? text.slice(1) : text;
  const fail = (id: 'file-empty' | 'file-unreadable', reason?: string): StreamedCsv => ({
    tables: [],
    issues: [reason === undefined ? makeIssue(id, { file }) : makeIssue(id, { file }, { reason })],
    rowCount: 0,
  });
  if (body.trim() === '') return fail('file-empty');
  if (body.includes('\u0000')) return fail('file-unreadable', 'it contains binary data (is it an Excel .xlsx file renamed .csv?)');
  // d3-dsv reads an unclosed quotation mark to the end of the file without complaint; an odd number of
  // quotation marks is how to tell (only files with quotes pay for counting them).
  if (body.includes('"') && oddQuotes(body)) return fail('file-unreadable', 'a quotation mark (") is opened but never closed');
  if (isPlainCsv(body)) return streamPlain(file, body, bom, sinkFor);
  // An object so the parser's callback and the code after it share what it found.
  const state: { headings: string[] | null; sink: RowSink | null; count: number } = { headings: null, sink: null, count: 0 };
  const rows: RawRow[] = [];
  const issues: ReadResult['issues'] = [];
  // csvParseRows calls back once per record; record i is Excel row i + 1 (a blank line is still a row in Excel,
  // and d3-dsv keeps it as one empty cell). Quoted newlines make a record span lines, as in Excel.
  csvParseRows(body, (values, i) => {
    const headings = state.headings;
    if (headings === null) {
      state.headings = values;
      if (!values.every((h) => h.trim() === '')) state.sink = sinkFor(values);
      return null;
    }
    const row = i + 1;
    if (values.length === 1 && values[0] === '') return null;
    if (values.length !== headings.length) {
      if (values.every((v) => v.trim() === '')) return null;
      issues.push(makeIssue('row-wrong-length', { file, row }, { found: String(values.length), expected: String(headings.length) }));
      return null;
    }
    state.count += 1;
    if (state.sink) state.sink.values(values, row);
    else rows.push({ row, values });
    return null;
  });
  const heads: string[] = state.headings ?? [];
  if (heads.every((h) => h.trim() === '')) return { ...fail('file-empty'), issues: [...issues, makeIssue('file-empty', { file })] };
  return { tables: [{ file, format: 'csv', headings: heads, rows, bom }], issues, rowCount: state.count };
}

/** The plain-CSV route: the same rows, row numbers and issues as the d3-dsv route, from cell ranges. */
function streamPlain(file: string, body: string, bom: boolean, sinkFor: (headings: string[]) => RowSink | null): StreamedCsv {
  const rows: RawRow[] = [];
  const split = splitPlainCsv(body, (headings) => {
    if (headings.every((h) => h.trim() === '')) return null;
    const sink = sinkFor(headings);
    if (sink) return sink.ranges;
    return (text, bounds, row) => {
      const values: string[] = [];
      for (let i = 0; i < headings.length; i += 1) values.push(text.slice(bounds[2 * i], bounds[2 * i + 1]));
      rows.push({ row, values });
    };
  });
  const issues = split.wrongLength.map(({ row, found }) => makeIssue('row-wrong-length', { file, row }, { found: String(found), expected: String(split.headings.length) }));
  if (split.headings.every((h) => h.trim() === '')) return { tables: [], issues: [...issues, makeIssue('file-empty', { file })], rowCount: 0 };
  return { tables: [{ file, format: 'csv', headings: split.headings, rows, bom }], issues, rowCount: split.count };
}

function oddQuotes(text: string): boolean {
  let n = 0;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) n += 1;
  return n % 2 === 1;
}
