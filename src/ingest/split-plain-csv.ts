// Splits CSV text that has no quotation marks into rows of cell ranges, without making a string per cell.
//
// Why not d3-dsv here: d3-dsv makes every cell a new string (2.5 million for ten years of a large council's
// SSDA903 return), and making, hashing and collecting those strings was most of the time validation took.
// Without quotation marks, CSV is just commas and line breaks, so this walks the text with the engine's own
// indexOf and hands each row over as start and end offsets; the typing stage reads dates, codes and numbers
// straight from the text. Quoted files (and lone carriage returns, which d3-dsv also treats as line ends) go
// through d3-dsv: `read-csv.ts` decides. A property test checks that both routes give the same rows.

/** Receives a row as ranges of `text`: cell i is text.slice(bounds[2i], bounds[2i + 1]). */
export type RangeRow = (text: string, bounds: Int32Array, row: number) => void;

/** What the splitter found besides the rows it passed on. */
export interface SplitResult {
  headings: string[];
  /** Rows whose number of cells differs from the headings' (blank rows are skipped, not listed). */
  wrongLength: { row: number; found: number }[];
  /** Rows passed on. */
  count: number;
  /** Empty headings dropped from the end of the heading row (a comma ending it): see `withoutTrailingEmpty`. */
  droppedHeadings: number;
  /** Rows that repeat the headings (two exports joined into one file), skipped. */
  headingRows: number[];
  /** What sqlcmd writes round a query's results, skipped (`sqlcmdLine`). */
  sqlcmd: SqlcmdLines;
}

/** The lines sqlcmd adds to a query's results: dashes under the headings, and the count of rows at the end. */
export interface SqlcmdLines {
  dashRows: number[];
  rowsAffected: { row: number; count: number } | null;
}

/**
 * What a line is, if it is one sqlcmd (SQL Server's command-line tool, which councils' scheduled extracts use
 * with -s",") writes round a query's results: 'dashes', a cell of dashes under each heading; or the count of
 * rows, "(1270 rows affected)", at the end. Else null. Neither is data any table can hold.
 */
export function sqlcmdLine(cells: readonly string[]): 'dashes' | number | null {
  const first = (cells[0] ?? '').trim();
  if (first.startsWith('-')) return cells.every((c) => /^-+$/.test(c.trim())) ? 'dashes' : null;
  if (!first.startsWith('(')) return null;
  const m = /^\((\d+) rows? affected\)$/.exec(first);
  return m && cells.slice(1).every((c) => c.trim() === '') ? Number(m[1]) : null;
}

/** Records a line sqlcmd wrote, if `cells` is one; tells whether it was. */
export function skipSqlcmdLine(cells: readonly string[], row: number, into: SqlcmdLines): boolean {
  const line = sqlcmdLine(cells);
  if (line === null) return false;
  if (line === 'dashes') into.dashRows.push(row);
  else into.rowsAffected = { row, count: line };
  return true;
}

/** Whether cells repeat the headings, as written but for case and surrounding spaces. */
export function repeatsHeadings(cells: readonly string[], headings: readonly string[]): boolean {
  return headings.every((h, i) => (cells[i] ?? '').trim().toUpperCase() === h.trim().toUpperCase());
}

/**
 * The headings without empty ones at the end (a heading row ending in a comma, as a spreadsheet saves an empty
 * last column), and how many were dropped. Rows may then hold up to that many extra cells, if empty: those of
 * the empty column. A heading row of nothing but empty headings is kept as it is (an empty file).
 */
export function withoutTrailingEmpty(headings: string[]): { headings: string[]; dropped: number } {
  let n = headings.length;
  while (n > 0 && (headings[n - 1] ?? '').trim() === '') n -= 1;
  return n === 0 ? { headings, dropped: 0 } : { headings: headings.slice(0, n), dropped: headings.length - n };
}

/** True when `text` can be split by `splitPlainCsv` exactly as d3-dsv would parse it. */
export function isPlainCsv(text: string): boolean {
  if (text.includes('"')) return false;
  // d3-dsv ends a line at \n, \r\n or a lone \r; only the first two are handled here.
  return !text.includes('\r') || !/\r(?!\n)/.test(text);
}

/**
 * Splits plain CSV text (see isPlainCsv): the first line is the headings, and each later line is passed to
 * `rowFor(headings)` (null: rows are not wanted). Row numbers are Excel's: the headings are row 1 and a blank
 * line is still a row. Blank lines, and rows of the wrong length whose cells are all blank, are skipped.
 */
export function splitPlainCsv(text: string, rowFor: (headings: string[]) => RangeRow | null): SplitResult {
  const splitter = createPlainSplitter(rowFor);
  splitter.feed(text);
  return splitter.finish();
}

/**
 * Splits plain CSV given a piece at a time, as splitPlainCsv does the whole text: each piece is whole lines
 * (every piece but the last ends with a line feed), the first starting with the headings, and rows are
 * numbered on from piece to piece. A large file read this way never sits in memory as one string
 * (read-csv.ts streamCsvBytes).
 */
export function createPlainSplitter(rowFor: (headings: string[]) => RangeRow | null): { feed(text: string): void; finish(): SplitResult } {
  const result: SplitResult = { headings: [], wrongLength: [], count: 0, droppedHeadings: 0, headingRows: [], sqlcmd: { dashRows: [], rowsAffected: null } };
  let width = -1;
  let onRow: RangeRow | null = null;
  let firstCode = -1;
  let bounds = new Int32Array(0);
  let row = 1;
  return {
    feed(text) {
      const n = text.length;
      let from = 0;
      if (width < 0) {
        const eol = lineEnd(text, 0);
        const trimmed = withoutTrailingEmpty(cellsOf(text, 0, contentEnd(text, 0, eol)));
        result.headings = trimmed.headings;
        result.droppedHeadings = trimmed.dropped;
        width = result.headings.length;
        // The first heading's first letter, lower case (| 32 lower-cases an ASCII letter): -1 when none.
        firstCode = (result.headings[0] ?? '').length > 0 ? ((result.headings[0] ?? '').charCodeAt(0) | 32) : -1;
        onRow = rowFor(result.headings);
        bounds = new Int32Array(2 * width);
        from = eol + 1;
      }
      // The next comma at or after the current position, searched for again only once passed: a file with few
      // commas would otherwise be scanned to its end from every line.
      let comma = text.indexOf(',', from);
      for (let next = from; next < n; ) {
        row += 1;
        const pos = next;
        const eol = lineEnd(text, pos);
        next = eol + 1;
        const end = contentEnd(text, pos, eol);
        if (end === pos) continue;
        let cells = 0;
        let start = pos;
        for (;;) {
          if (comma >= 0 && comma < start) comma = text.indexOf(',', start);
          const stop = comma >= 0 && comma < end ? comma : end;
          if (cells < width) {
            bounds[2 * cells] = start;
            bounds[2 * cells + 1] = stop;
          }
          cells += 1;
          if (stop === end) break;
          start = stop + 1;
        }
        // Cells beyond the headings are those of dropped empty headings when there are no more and they are empty.
        const extraEmpty = cells > width && cells <= width + result.droppedHeadings && text.slice(bounds[2 * width - 1], end).split(',').every((v) => v.trim() === '');
        // Only a line starting with a bracket or a dash can be one sqlcmd wrote round the results.
        const lead = text.charCodeAt(pos);
        if ((lead === 40 || lead === 45) && skipSqlcmdLine(cellsOf(text, pos, end), row, result.sqlcmd)) continue;
        if (cells !== width && !extraEmpty) {
          if (!text.slice(pos, end).split(',').every((v) => v.trim() === '')) result.wrongLength.push({ row, found: cells });
          continue;
        }
        // A row of empty cells (what Excel writes for rows whose cells were cleared) is no row, as a blank line is.
        // Only a row whose first cell is empty or starts with a space is looked at: the first column is an id, so
        // that is rare.
        if ((bounds[0] === bounds[1] || text.charCodeAt(bounds[0] ?? 0) <= 32) && blankCells(text, bounds, width)) continue;
        // A row repeating the headings: looked at only when its first cell could be the first heading.
        if (firstCode >= 0 && (text.charCodeAt(bounds[0] ?? 0) | 32) === firstCode && repeatsHeadings(cellsOf(text, pos, end), result.headings)) {
          result.headingRows.push(row);
          continue;
        }
        result.count += 1;
        if (onRow) onRow(text, bounds, row);
      }
    },
    finish() {
      return result;
    },
  };
}

/** The cells of the line from `start` to `end`, as strings. */
function cellsOf(text: string, start: number, end: number): string[] {
  return text.slice(start, end).split(',');
}

function lineEnd(text: string, from: number): number {
  const at = text.indexOf('\n', from);
  return at < 0 ? text.length : at;
}

/** Where a line's cells end: before a \r that ends the line. */
function contentEnd(text: string, start: number, eol: number): number {
  return eol > start && text.charCodeAt(eol - 1) === 13 ? eol - 1 : eol;
}

/** Tells whether every one of a row's `width` cells (ranges of `text`, as `bounds` holds them) is spaces or nothing. */
function blankCells(text: string, bounds: Int32Array, width: number): boolean {
  for (let i = 0; i < width; i += 1) if (text.slice(bounds[2 * i], bounds[2 * i + 1]).trim() !== '') return false;
  return true;
}
