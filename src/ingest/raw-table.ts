// The shape every reader (CSV, DfE XML, Excel workbook) produces, before any table is recognised or typed.
// Keeping one shape means recognition, typing and the checks never care which format a council used.
import type { Issue } from '../checks/issue.ts';

/** One row of cells as written in the file, with where it is. */
export interface RawRow {
  /** CSV and Excel: the row number as Excel shows it (headings are row 1). XML: the line of the element. */
  row: number;
  values: string[];
}

/** One table read from a file: a CSV file, one worksheet of a workbook, or one table of a DfE XML return. */
export interface RawTable {
  /** How messages name it: "903/2024-25/episodes.csv", "ssd.xlsx (sheet ssd_cla_visits)", "return.xml (Episodes)". */
  file: string;
  format: 'csv' | 'xml' | 'xlsx';
  /** Column headings as written (CSV, Excel) or the DfE column names (XML, where no headings are written). */
  headings: string[];
  rows: RawRow[];
  /** The row of the headings as Excel shows it, when not row 1 (a workbook sheet with a title above them). */
  headingRow?: number;
  /** True when the file began with a byte-order mark (harmless; Excel's "CSV UTF-8" writes one). */
  bom?: boolean;
  /**
   * Problems with its rows that matter only if it is a table carestats reads (a workbook sheet's value beyond
   * its last heading): a sheet it ignores, such as a cover sheet, is not checked row by row.
   */
  rowIssues?: Issue[];
}

/** What a reader returns: the tables it could read and the problems it found. Readers never throw on bad input. */
export interface ReadResult {
  tables: RawTable[];
  issues: Issue[];
  /** True when the file holds a whole return (DfE XML) and none of it could be read (ingest.ts addUnreadableReturn). */
  unreadableReturn?: boolean;
}
