// What every data-quality rule receives: the records, and each file's headings for column letters.
import type { SsdData, Ssda903Data } from '../ingest/records.ts';
import { makeIssue, type Issue } from './issue.ts';
import type { IssueId } from './messages.ts';

/** The input to every rule. */
export interface CheckContext {
  data: Ssda903Data;
  /** SSD tables, where the council supplied them (empty arrays otherwise). */
  ssd?: SsdData;
  headings: ReadonlyMap<string, readonly string[]>;
  /**
   * Children with a row already rejected while reading; cross-table rules do not report them again. The rules
   * reading a child's episodes in order also get the children with a misdated episode (run-checks.ts).
   */
  rejectedChildren?: ReadonlySet<string>;
}

/** A data-quality rule: a pure function from the records to the issues it finds. */
export type Rule = (ctx: CheckContext) => Issue[];

/** Makes an issue about one column of the row a record came from. */
export function issueAt(
  ctx: CheckContext,
  id: IssueId,
  source: { file: string; row: number },
  column: string,
  value: string,
  params: Record<string, string> = {},
): Issue {
  // Headings are kept upper-case; SSD columns are named in lower case, so look them up upper-cased.
  const index = ctx.headings.get(source.file)?.indexOf(column.toUpperCase()) ?? -1;
  return makeIssue(id, { file: source.file, row: source.row, column, columnIndex: index >= 0 ? index : null, value }, params);
}
