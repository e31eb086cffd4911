// Turns the text of one CSV file into headings and rows of cells, reporting problems as issues.
// d3-dsv parses RFC 4180 CSV at about 70 MB/s on one core (csv-parse managed about 12; see bench/), which is
// what lets validation reach the 50 MB/s the ingest issue asks for. Cells are kept as written: trimming and
// upper-casing are the typing stage's job, so it can tell the analyst about them.
import { csvParseRows } from 'd3-dsv';
import { makeIssue } from '../checks/issue.ts';
import type { RawRow, RawTable, ReadResult } from './raw-table.ts';

/** Kept for callers that name the CSV case. */
export type CsvTable = RawTable;

/** Parses CSV text. Never throws on bad input. */
export function readCsv(file: string, text: string): ReadResult {
  const bom = text.charCodeAt(0) === 0xfeff;
  const body = bom ? text.slice(1) : text;
  if (body.trim() === '') return { tables: [], issues: [makeIssue('file-empty', { file })] };
  if (body.includes('\u0000')) return { tables: [], issues: [makeIssue('file-unreadable', { file }, { reason: 'it contains binary data (is it an Excel .xlsx file renamed .csv?)' })] };
  // d3-dsv reads an unclosed quotation mark to the end of the file without complaint; an odd number of
  // quotation marks is how to tell (only files with quotes pay for counting them).
  if (body.includes('"') && oddQuotes(body)) {
    return { tables: [], issues: [makeIssue('file-unreadable', { file }, { reason: 'a quotation mark (") is opened but never closed' })] };
  }
  // An object so the parser's callback and the code after it share the headings.
  const state: { headings: string[] | null } = { headings: null };
  const rows: RawRow[] = [];
  const issues: ReadResult['issues'] = [];
  // csvParseRows calls back once per record; record i is Excel row i + 1 (a blank line is still a row in Excel,
  // and d3-dsv keeps it as one empty cell). Quoted newlines make a record span lines, as in Excel.
  csvParseRows(body, (values, i) => {
    const headings = state.headings;
    if (headings === null) {
      state.headings = values;
      return null;
    }
    const row = i + 1;
    if (values.length === 1 && values[0] === '') return null;
    if (values.length !== headings.length) {
      if (values.every((v) => v.trim() === '')) return null;
      issues.push(makeIssue('row-wrong-length', { file, row }, { found: String(values.length), expected: String(headings.length) }));
      return null;
    }
    rows.push({ row, values });
    return null;
  });
  const heads: string[] = state.headings ?? [];
  if (heads.every((h) => h.trim() === '')) return { tables: [], issues: [makeIssue('file-empty', { file })] };
  return { tables: [{ file, format: 'csv', headings: heads, rows, bom }], issues };
}

function oddQuotes(text: string): boolean {
  let n = 0;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) n += 1;
  return n % 2 === 1;
}
