// Turns the text of one CSV file into headings and rows of cells, reporting problems as issues.
// Files with quotation marks go through d3-dsv, which parses RFC 4180 CSV at about 70 MB/s on one core
// (csv-parse managed about 12); files without them, which is what case systems usually write, are split by
// split-plain-csv.ts into cell ranges that are typed without a string per cell, and read from their bytes a
// piece at a time (streamCsvBytes). Cells are kept as written: trimming and upper-casing are the typing
// stage's job, so it can tell the analyst about them.
import { isUtf8 } from 'node:buffer';
import { csvParseRows } from 'd3-dsv';
import { columnLetter, makeIssue, type Issue } from '../checks/issue.ts';
import type { RawRow, ReadResult } from './raw-table.ts';
import { hasUtf8Character, lineOfFirstNonUtf8 } from './utf8-lines.ts';
import { listInWords } from '../core/words.ts';
import { createPlainSplitter, isPlainCsv, repeatsHeadings, skipSqlcmdLine, splitPlainCsv, withoutTrailingEmpty, type RangeRow, type SplitResult, type SqlcmdLines } from './split-plain-csv.ts';

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
  if (isUtf16(body)) return { tables: [], issues: [makeIssue('file-utf16', { file })], rowCount: 0 };
  if (body.includes('\u0000')) return fail('file-unreadable', 'it contains binary data (is it an Excel .xlsx file renamed .csv?)');
  // d3-dsv reads an unclosed quotation mark to the end of the file without complaint; an odd number of
  // quotation marks is how to tell (only files with quotes pay for counting them).
  if (body.includes('"') && oddQuotes(body)) return fail('file-unreadable', 'a quotation mark (") is opened but never closed');
  if (isPlainCsv(body)) return streamPlain(file, body, bom, sinkFor);
  // An object so the parser's callback and the code after it share what it found.
  const state: { headings: string[] | null; sink: RowSink | null; count: number; dropped: number; sqlcmd: SqlcmdLines; wrongLength: number } = {
    headings: null, sink: null, count: 0, dropped: 0, sqlcmd: { dashRows: [], rowsAffected: null }, wrongLength: 0,
  };
  const rows: RawRow[] = [];
  const issues: ReadResult['issues'] = [];
  // csvParseRows calls back once per record; record i is Excel row i + 1 (a blank line is still a row in Excel,
  // and d3-dsv keeps it as one empty cell). Quoted newlines make a record span lines, as in Excel.
  csvParseRows(body, (values, i) => {
    const headings = state.headings;
    if (headings === null) {
      const trimmed = withoutTrailingEmpty(values);
      state.headings = trimmed.headings;
      state.dropped = trimmed.dropped;
      if (!values.every((h) => h.trim() === '')) state.sink = sinkFor(trimmed.headings);
      return null;
    }
    const row = i + 1;
    if (values.length === 1 && values[0] === '') return null;
    // A row of empty cells, of any width, is no row (Excel writes one for a row whose cells were cleared).
    if (values.every((v) => v.trim() === '')) return null;
    if (skipSqlcmdLine(values, row, state.sqlcmd)) return null;
    // Cells beyond the headings are those of dropped empty headings when there are no more and they are empty.
    if (values.length > headings.length && values.length <= headings.length + state.dropped && values.slice(headings.length).every((v) => v.trim() === '')) values.length = headings.length;
    if (values.length !== headings.length) {
      issues.push(makeIssue('row-wrong-length', { file, row }, { found: String(values.length), expected: String(headings.length) }));
      state.wrongLength += 1;
      return null;
    }
    // As the plain route does (split-plain-csv.ts): a row repeating the headings is skipped, once reported.
    if ((headings[0] ?? '').trim() !== '' && repeatsHeadings(values, headings)) {
      issues.push(makeIssue('row-repeats-headings', { file, row }));
      return null;
    }
    state.count += 1;
    if (state.sink) state.sink.values(values, row);
    else rows.push({ row, values });
    return null;
  });
  const heads: string[] = state.headings ?? [];
  if (heads.every((h) => h.trim() === '')) return { ...fail('file-empty'), issues: [...issues, makeIssue('file-empty', { file })] };
  if (state.dropped > 0) issues.push(droppedNote(file, heads.length, state.dropped));
  issues.push(...sqlcmdIssues(file, state.sqlcmd, state.count + state.wrongLength));
  return { tables: [{ file, format: 'csv', headings: heads, rows, bom }], issues, rowCount: state.count };
}

/**
 * The bytes of plain CSV (no quotation marks) are decoded a piece of about this many bytes at a time, each
 * piece ending at a line feed. A file decoded whole is one string as large as the file (125 MB for a national
 * table), which V8 keeps in its large-object space until a full collection finds it unused: in a national
 * read those strings were most of what filled the old generation, and a full collection marks every record
 * read so far. Pieces of 64 KB stay in the young generation and go at the next scavenge. Nationally, SSDA903
 * validation on one thread took 26-28 s this way against 35.5 s decoding each file whole.
 */
export const PIECE_BYTES = 64 * 1024;

/** How streamCsvBytes reads: `decoded` is called once the bytes are no longer needed (all decoded), so whoever keeps them can take them then. */
export interface BytesOptions {
  decoded?: () => void;
  /** Tests only: the size of a piece (PIECE_BYTES otherwise). */
  pieceBytes?: number;
}

/**
 * Parses a CSV file's bytes (UTF-8, with or without a byte-order mark) exactly as streamCsv parses their
 * text. Plain CSV is decoded and split a piece at a time (PIECE_BYTES); anything else (quotation marks, a
 * lone carriage return, NUL bytes, a file with nothing but spaces before its first non-ASCII character) is
 * decoded whole, the bytes let go (`decoded`), and the text read by streamCsv.
 */
export function streamCsvBytes(file: string, bytes: Buffer, sinkFor: (headings: string[]) => RowSink | null, options: BytesOptions = {}): StreamedCsv {
  const bom = startsWithByteOrderMark(bytes);
  // Before anything calls `decoded`, which may take the bytes away.
  const encoding = csvEncoding(bytes);
  const decodingIssue = encoding === 'utf-8' ? null : notUtf8(file, bytes, encoding);
  const withDecodingIssue = (read: StreamedCsv): StreamedCsv => {
    if (decodingIssue) read.issues.push(decodingIssue);
    return read;
  };
  if (encoding === 'windows-1252') {
    const text = new TextDecoder('windows-1252').decode(bytes);
    options.decoded?.();
    return withDecodingIssue(streamCsv(file, text, sinkFor));
  }
  const from = bom ? 3 : 0;
  if (!piecewise(bytes, from)) {
    const text = bytes.toString('utf8');
    // Before the parse: an import moves the bytes to its compression thread, and a national table's bytes
    // held through a whole-text parse were that much more at the import's peak.
    options.decoded?.();
    return withDecodingIssue(streamCsv(file, text, sinkFor));
  }
  const pieceBytes = options.pieceBytes ?? PIECE_BYTES;
  const rows: RawRow[] = [];
  const splitter = createPlainSplitter(plainRows(rows, sinkFor));
  // The size read once: `decoded` may move the bytes away (a moved buffer reads as empty).
  const size = bytes.length;
  for (let start = from; start < size; ) {
    const cut = Math.min(size, start + Math.max(1, pieceBytes));
    const lf = cut < size ? bytes.indexOf(0x0a, cut - 1) : -1;
    const end = lf < 0 ? size : lf + 1;
    const text = bytes.toString('utf8', start, end);
    start = end;
    // The last piece decoded (piecewise() found one, so there is one): the bytes can go before it is split.
    if (start >= size) options.decoded?.();
    splitter.feed(text);
  }
  return withDecodingIssue(plainResult(file, splitter.finish(), rows, bom));
}

/**
 * How a CSV file's bytes are decoded. UTF-8 when they are, or when a mark says they are UTF-8 or UTF-16 (which
 * streamCsv reports), or a NUL among the first bytes suggests UTF-16 without one. Otherwise Windows-1252, as
 * Excel on Windows saves "CSV (Comma delimited)": read as UTF-8, each é, £ or ’ (Children’s Services) became
 * U+FFFD without a word. But bytes holding UTF-8 characters beside others that are not are UTF-8 damaged in
 * places ('damaged-utf-8'): read as UTF-8 (the bad bytes as U+FFFD), as Windows-1252 would garble the rest.
 */
export function csvEncoding(bytes: Buffer): 'utf-8' | 'windows-1252' | 'damaged-utf-8' {
  const [b0, b1] = bytes;
  const utf16 = (b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff) || bytes.subarray(0, 64).includes(0);
  if (startsWithByteOrderMark(bytes) || utf16 || isUtf8(bytes)) return 'utf-8';
  return hasUtf8Character(bytes) ? 'damaged-utf-8' : 'windows-1252';
}

/** The warning that a file is not all UTF-8 (`encoding`, from csvEncoding), naming the first line that is not and how it was read (a finding of the file, not of a row). */
export function notUtf8(file: string, bytes: Buffer, encoding: 'windows-1252' | 'damaged-utf-8'): Issue {
  const line = String(lineOfFirstNonUtf8(bytes));
  return makeIssue(encoding === 'windows-1252' ? 'file-not-utf8' : 'file-utf8-damaged', { file }, { line });
}

/** Whether UTF-8 bytes start with the byte-order mark (EF BB BF, U+FEFF). */
export function startsWithByteOrderMark(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/**
 * Whether a file's bytes from `from` read piecewise exactly as their whole text reads through streamCsv: no
 * quotation mark (d3-dsv's route), no NUL (binary data, reported), no carriage return other than before a
 * line feed (d3-dsv ends a line at a lone one). The last condition, something other than ASCII spaces before
 * any non-ASCII byte, is defensive: a file of only spaces (JavaScript's trim also removes Unicode ones) is
 * reported as empty by either route, but such files are rare and the whole-text route is the one that says so.
 */
function piecewise(bytes: Buffer, from: number): boolean {
  if (bytes.indexOf(0x22, from) >= 0 || bytes.indexOf(0, from) >= 0) return false;
  for (let cr = bytes.indexOf(0x0d, from); cr >= 0; cr = bytes.indexOf(0x0d, cr + 1)) if (bytes[cr + 1] !== 0x0a) return false;
  for (let i = from; i < bytes.length; i += 1) {
    const b = bytes[i] ?? 0;
    if (b >= 0x80) return false;
    if (b > 0x20) return true;
  }
  return false;
}

/** The plain-CSV route: the same rows, row numbers and issues as the d3-dsv route, from cell ranges. */
function streamPlain(file: string, body: string, bom: boolean, sinkFor: (headings: string[]) => RowSink | null): StreamedCsv {
  const rows: RawRow[] = [];
  const split = splitPlainCsv(body, plainRows(rows, sinkFor));
  return plainResult(file, split, rows, bom);
}

/** Where a plain file's rows go: the sink's ranges, or (with no sink) rows of cell strings kept in `rows`. */
function plainRows(rows: RawRow[], sinkFor: (headings: string[]) => RowSink | null): (headings: string[]) => RangeRow | null {
  return (headings) => {
    if (headings.every((h) => h.trim() === '')) return null;
    const sink = sinkFor(headings);
    if (sink) return sink.ranges;
    return (text, bounds, row) => {
      const values: string[] = [];
      for (let i = 0; i < headings.length; i += 1) values.push(text.slice(bounds[2 * i], bounds[2 * i + 1]));
      rows.push({ row, values });
    };
  };
}

/** A plain file's table and issues, from what its splitter found. */
function plainResult(file: string, split: SplitResult, rows: RawRow[], bom: boolean): StreamedCsv {
  const issues = [
    ...split.wrongLength.map(({ row, found }) => makeIssue('row-wrong-length', { file, row }, { found: String(found), expected: String(split.headings.length) })),
    ...split.headingRows.map((row) => makeIssue('row-repeats-headings', { file, row })),
  ].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  if (split.headings.every((h) => h.trim() === '')) return { tables: [], issues: [...issues, makeIssue('file-empty', { file })], rowCount: 0 };
  if (split.droppedHeadings > 0) issues.push(droppedNote(file, split.headings.length, split.droppedHeadings));
  issues.push(...sqlcmdIssues(file, split.sqlcmd, split.count + split.wrongLength.length));
  return { tables: [{ file, format: 'csv', headings: split.headings, rows, bom }], issues, rowCount: split.count };
}

/**
 * The note that lines sqlcmd wrote round the results were skipped, and a warning when its count of rows is not
 * the rows the file holds (`rows`: those read, and those left out for their length): the file was cut short
 * or edited after it was saved.
 */
function sqlcmdIssues(file: string, lines: SqlcmdLines, rows: number): Issue[] {
  const { dashRows, rowsAffected } = lines;
  if (dashRows.length === 0 && rowsAffected === null) return [];
  const skipped = [
    ...(dashRows.length > 0 ? [`the dashes under the headings in ${dashRows.length === 1 ? 'row' : 'rows'} ${listInWords(dashRows.map(String))}`] : []),
    ...(rowsAffected ? [`"(${String(rowsAffected.count)} ${rowsAffected.count === 1 ? 'row' : 'rows'} affected)" in row ${String(rowsAffected.row)}`] : []),
  ];
  const found = [makeIssue('file-sqlcmd-lines', { file, row: dashRows[0] ?? rowsAffected?.row }, { lines: listInWords(skipped) })];
  if (rowsAffected && rowsAffected.count !== rows) {
    found.push(makeIssue('file-rows-affected-differs', { file, row: rowsAffected.row }, { said: rowsAffected.count.toLocaleString('en-GB'), rows: rows.toLocaleString('en-GB') }));
  }
  return found;
}

/** The note that empty headings at the end of the heading row were left out (the columns after `kept`). */
function droppedNote(file: string, kept: number, dropped: number): Issue {
  const columns = dropped === 1 ? `column ${columnLetter(kept)}` : `columns ${columnLetter(kept)} to ${columnLetter(kept + dropped - 1)}`;
  return makeIssue('headings-end-empty', { file }, { columns });
}

function oddQuotes(text: string): boolean {
  let n = 0;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) n += 1;
  return n % 2 === 1;
}

/**
 * Whether text decoded as UTF-8 was UTF-16 (Excel's "Unicode Text"): its byte-order mark (FF FE or FE FF, each
 * byte not UTF-8, so read as U+FFFD twice), or, without one, ASCII letters each beside a NUL byte.
 */
function isUtf16(text: string): boolean {
  return text.startsWith('\uFFFD\uFFFD') || /^(?:[^\0]\0){4}/.test(text) || /^(?:\0[^\0]){4}/.test(text);
}
