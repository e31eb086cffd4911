// The shape of a data-quality issue, and how one is made from the message catalogue.
import { ownString } from '../core/own-string.ts';
import { MESSAGES, type IssueId } from './messages.ts';

/**
 * An error blocks an import; a warning lets it go ahead but needs looking at; a note records something
 * carestats read correctly but the extract should not do (a lower-case code, an Excel date-time).
 */
export type Severity = 'error' | 'warning' | 'note';

/** One problem found in the council's files, located as an analyst would look for it in Excel. */
export interface Issue {
  id: IssueId;
  severity: Severity;
  /** File name as given, e.g. "episodes.csv"; null for a problem with the folder as a whole. */
  file: string | null;
  /** Row number as Excel shows it (the header row is row 1); null for a whole-file problem. */
  row: number | null;
  /** Column name as in the file's header, e.g. "DEC". */
  column: string | null;
  /** Column letter as Excel shows it, e.g. "H". */
  columnLetter: string | null;
  /** The value found, as written in the file. */
  value: string | null;
  message: string;
  action: string;
}

/** Where in a file an issue was found. */
export interface IssueLocation {
  file?: string | null;
  row?: number | null;
  column?: string | null;
  /** Zero-based index of the column in the file, used to work out its letter. */
  columnIndex?: number | null;
  value?: string | null;
}

/** Makes an issue from its catalogue id, its location and the words to put into its message. */
export function makeIssue(id: IssueId, at: IssueLocation, params: Record<string, string> = {}): Issue {
  const entry = MESSAGES[id];
  // Copied: the value is the parser's slice of the file, and an issue kept (its value, or its message built
  // from it) would keep the whole file's text alive.
  const value = at.value === undefined || at.value === null ? null : ownString(at.value);
  return {
    id,
    severity: entry.severity,
    file: at.file ?? null,
    row: at.row ?? null,
    column: at.column ?? null,
    columnLetter: at.columnIndex === undefined || at.columnIndex === null ? null : columnLetter(at.columnIndex),
    value,
    message: entry.message({ ...params, value: value ?? '', column: at.column ?? '' }),
    action: entry.action,
  };
}

/** Converts a zero-based column index to its spreadsheet letter: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Tells whether any issue blocks loading. */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}

/**
 * Sorts issues by file, then row, then column, so reports read top to bottom like the files; issues at the
 * same place by severity (errors first), then id and wording. A total order, so the report is the same however
 * the issues were found (one read, or shares of a read on several threads: pipeline/merge-shards.ts).
 */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) =>
      (a.file ?? '').localeCompare(b.file ?? '') ||
      // Names the locale orders alike (é written two ways, a soft hyphen) still in one order.
      compareText(a.file ?? '', b.file ?? '') ||
      (a.row ?? 0) - (b.row ?? 0) ||
      (a.columnLetter ?? '').length - (b.columnLetter ?? '').length ||
      (a.columnLetter ?? '').localeCompare(b.columnLetter ?? '') ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      compareText(a.id, b.id) ||
      compareText(a.message, b.message) ||
      compareText(a.value ?? '', b.value ?? ''),
  );
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, note: 2 };

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Takes out of `list`, in place, the issues `drop` picks: the echoes of a fault already reported (ingest.ts,
 * pipeline/load-folder.ts). In place, as a share's issues are held by reference.
 */
export function dropIssuesWhere(list: Issue[], drop: (i: Issue) => boolean): void {
  let kept = 0;
  for (const i of list) if (!drop(i)) list[kept++] = i;
  list.length = kept;
}
