// Turns the text of one CSV file into headings and rows of trimmed strings, reporting problems as issues.
import { parse } from 'csv-parse/sync';
import { makeIssue, type Issue } from '../checks/issue.ts';

/** A CSV file's headings and rows; each row keeps its Excel row number (headings are row 1). */
export interface CsvTable {
  file: string;
  headings: string[];
  rows: { row: number; values: string[] }[];
}

/** Parses CSV text. Returns the table, or issues when the text is empty or not CSV. Never throws on bad input. */
export function readCsv(file: string, text: string): { table: CsvTable | null; issues: Issue[] } {
  let records: string[][];
  try {
    // Blank lines are kept as records so that record n is Excel row n; they are dropped below.
    records = parse(text, { bom: true, relax_column_count: true, trim: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { table: null, issues: [makeIssue('file-unreadable', { file }, { reason })] };
  }
  const [headings, ...body] = records;
  if (!headings || headings.every((h) => h === '')) return { table: null, issues: [makeIssue('file-empty', { file })] };
  const issues: Issue[] = [];
  const rows: CsvTable['rows'] = [];
  body.forEach((values, i) => {
    // Excel row numbers: the header is row 1, and a blank line is still a row in Excel.
    const row = i + 2;
    if (values.every((v) => v === '')) return;
    if (values.length !== headings.length) {
      issues.push(makeIssue('row-wrong-length', { file, row }, { found: String(values.length), expected: String(headings.length) }));
      return;
    }
    rows.push({ row, values });
  });
  return { table: { file, headings, rows }, issues };
}
