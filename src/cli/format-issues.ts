// Prints data-quality issues for an analyst: where (file, row, column), what, and what to do. Each line quotes
// the council's own text (values, headings, file names), so it is written with visibleText: a cell holding a
// terminal's escape sequence shows as \x1b[2J on the analyst's screen rather than clearing it, whether the
// lines go to the terminal or through a pipe (head, tee, grep) that passes them on to one.
import type { Issue } from '../checks/issue.ts';
import { visibleText } from '../core/visible-text.ts';
import type { TableRead } from '../ingest/ingest.ts';
import { yearName } from '../ingest/code-lists.ts';
import type { ReturnInfo } from '../ingest/records.ts';

/** Formats issues as readable text: a summary line, then errors, warnings and notes. */
export function formatIssuesText(issues: readonly Issue[], where: string, blocked: boolean, consequence = '', options: FormatOptions = {}): string[] {
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  const notes = issues.filter((i) => i.severity === 'note');
  const lines: string[] = [];
  const tail = consequence ? ` ${consequence}` : '';
  if (blocked) {
    lines.push(`carestats found ${plural(errors.length, 'problem')} in ${where} that ${errors.length === 1 ? 'stops' : 'stop'} it being used.${tail}`);
  } else if (warnings.length || notes.length) {
    lines.push(`carestats found ${lesser(warnings.length, notes.length)} in ${where}. The data can still be used.`);
  }
  if (blocked && warnings.length + notes.length) lines.push(`It also found ${lesser(warnings.length, notes.length)}, listed after the problems.`);
  const label = { error: 'ERROR', warning: 'WARNING', note: 'NOTE' } as const;
  // Every error is listed (they say exactly why nothing was stored); warnings and notes may be capped per id,
  // so a thousand repeats of one harmless fault do not bury the summary.
  const cap = options.warningsPerId ?? Infinity;
  const shownOfId = new Map<string, number>();
  const hidden = new Map<string, { severity: Issue['severity']; count: number }>();
  for (const issue of [...errors, ...warnings, ...notes]) {
    const n = (shownOfId.get(issue.id) ?? 0) + 1;
    shownOfId.set(issue.id, n);
    if (issue.severity !== 'error' && n > cap) {
      const h = hidden.get(issue.id) ?? { severity: issue.severity, count: 0 };
      h.count += 1;
      hidden.set(issue.id, h);
      continue;
    }
    lines.push('', `${label[issue.severity]}  ${locate(issue)}`, `  ${issue.message}`, `  What to do: ${issue.action}`, `  [${issue.id}]`);
  }
  if (hidden.size) {
    lines.push('');
    for (const [id, h] of hidden) lines.push(`… and ${plural(h.count, `more ${h.severity}`)} like this [${id}].`);
    lines.push(`"carestats validate ${shellWord(where)}" lists every one (--format xlsx gives a workbook).`);
  }
  return lines.map(visibleText);
}

/**
 * A path as it must be typed in a command given to copy (carestats validate 'My data'): in single quotes when
 * it has a space or a character the shell would take for its own (quotes inside the sentence's double ones).
 */
export function shellWord(path: string): string {
  return /^[\w./:\\@%+=,-]+$/.test(path) ? path : `'${path.replaceAll("'", "'\\''")}'`;
}

/** How much to list. */
export interface FormatOptions {
  /** List at most this many warnings or notes with the same id (errors are always all listed). */
  warningsPerId?: number;
}

/** Lists the returns and tables read: "903/2024-25 (2024/25, from the folder name): Header 1,204 rows, …". */
export function formatTablesRead(tables: readonly TableRead[], returns: readonly ReturnInfo[]): string[] {
  const lines = [`Read ${plural(tables.length, 'table')}:`];
  for (const r of returns) {
    const inFolder = tables.filter((t) => folderOfFile(t.file) === r.folder && !t.table.startsWith('ssd_'));
    const how = r.year === 0 ? 'collection year not known' : `${yearName(r.year)}, from ${r.yearFrom === 'folder-name' ? 'the folder name' : 'its latest date'}`;
    lines.push(`  SSDA903 return ${r.folder || '(top folder)'} (${how}): ${inFolder.map((t) => `${t.table} ${t.rows.toLocaleString('en-GB')}`).join(', ')}`);
  }
  const ssd = tables.filter((t) => t.table.startsWith('ssd_'));
  if (ssd.length) lines.push(`  SSD tables: ${ssd.map((t) => `${t.table} ${t.rows.toLocaleString('en-GB')}${t.used ? '' : ' (not used yet)'}`).join(', ')}`);
  // The folders' names are the council's.
  return lines.map(visibleText);
}

function folderOfFile(file: string): string {
  const path = file.replace(/ \([^/]*\)$/, '');
  return path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
}

/** Describes where an issue is: "episodes.csv, row 5, column H (DEC)". */
export function locate(issue: Issue): string {
  const parts: string[] = [issue.file ?? 'the data folder'];
  if (issue.row !== null) parts.push(`row ${String(issue.row)}`);
  if (issue.column !== null) parts.push(issue.columnLetter ? `column ${issue.columnLetter} (${issue.column})` : `column ${issue.column}`);
  return parts.join(', ');
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-GB')} ${word}${n === 1 ? '' : 's'}`;
}

/** "2 warnings and 3 notes", naming only what there is: import lists no notes, and said "and 0 notes" when it had some. */
function lesser(warnings: number, notes: number): string {
  return [warnings ? plural(warnings, 'warning') : '', notes ? plural(notes, 'note') : ''].filter(Boolean).join(' and ');
}
