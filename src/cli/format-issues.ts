// Prints data-quality issues for an analyst: where (file, row, column), what, and what to do.
import type { Issue } from '../checks/issue.ts';

/** Formats issues as readable text, errors first, with a summary line. */
export function formatIssuesText(issues: readonly Issue[], where: string, blocked: boolean): string[] {
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  const lines: string[] = [];
  if (blocked) {
    lines.push(`carestats found ${plural(errors.length, 'problem')} in ${where} that ${errors.length === 1 ? 'stops' : 'stop'} it using the data. Nothing was stored.`);
  } else if (warnings.length) {
    lines.push(`carestats found ${plural(warnings.length, 'warning')} in ${where}. The data can still be used.`);
  }
  for (const issue of [...errors, ...warnings]) {
    lines.push('', `${issue.severity === 'error' ? 'ERROR' : 'WARNING'}  ${locate(issue)}`, `  ${issue.message}`, `  What to do: ${issue.action}`, `  [${issue.id}]`);
  }
  return lines;
}

/** Describes where an issue is: "episodes.csv, row 5, column H (DEC)". */
export function locate(issue: Issue): string {
  const parts: string[] = [issue.file ?? 'the data folder'];
  if (issue.row !== null) parts.push(`row ${String(issue.row)}`);
  if (issue.column !== null) parts.push(issue.columnLetter ? `column ${issue.columnLetter} (${issue.column})` : `column ${issue.column}`);
  return parts.join(', ');
}

function plural(n: number, word: string): string {
  return `${String(n)} ${word}${n === 1 ? '' : 's'}`;
}
