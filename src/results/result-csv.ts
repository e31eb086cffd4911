// The CSV shape of measure results: one row per measure and month, or per measure, month, dimension and group with --by.
import { stringify } from 'csv-stringify/sync';
import { visibleText } from '../core/visible-text.ts';
import type { ResultJson } from './result-json.ts';

/** The group name of the row that carries a measure's overall figure in a breakdown. */
export const ALL_GROUPS = 'All';

/**
 * Writes results as CSV with a header row. Without breakdowns the columns are the JSON contract's; with them,
 * `dimension` and `group` follow `month`, each result (a measure and month, broken down by one dimension)
 * has an "All" row before its groups, and a last column, `note`, carries the breakdown's note (JSON
 * `breakdown.note`) on each of its groups' rows, the figures it explains. Blank cells are nulls.
 */
export function resultsCsv(results: readonly ResultJson[], brokenDown: boolean): string {
  const head = brokenDown
    ? ['id', 'month', 'dimension', 'group', 'numerator', 'denominator', 'value', 'cohort', 'unavailable', 'note']
    : ['id', 'month', 'numerator', 'denominator', 'value', 'cohort', 'unavailable'];
  const rows: (string | number | null)[][] = [head];
  for (const r of results) {
    const figures = [r.numerator, r.denominator, r.value, r.cohort, r.unavailable ?? null];
    if (!brokenDown) {
      rows.push([r.id, r.month, ...figures]);
      continue;
    }
    const b = r.breakdown;
    if (!b) throw new Error(`Programmer error: result ${r.id} ${r.month} has no breakdown`);
    rows.push([r.id, r.month, b.dimension, ALL_GROUPS, ...figures, null]);
    // An unavailable breakdown of an available measure still says why, on a row of its own.
    if (b.unavailable !== undefined && r.unavailable === undefined) rows.push([r.id, r.month, b.dimension, '', null, null, null, null, b.unavailable, null]);
    // The note (a rate's groups have counts but no value) goes with the group figures it explains.
    for (const g of b.groups) rows.push([r.id, r.month, b.dimension, g.group, g.numerator, g.denominator, g.value, g.cohort, null, b.note ?? null]);
  }
  return stringify(rows, { cast: { number: (n) => String(n), string: asSpreadsheetText } });
}

/**
 * A text cell as a spreadsheet will take it as text. Excel, LibreOffice and Google Sheets open a CSV cell that
 * starts with =, +, - or @ as a formula, and one that starts with a tab, carriage return or NUL can be read as
 * one too (OWASP's CSV injection guidance; ASVS 1.2.10). A group is a council's own team or district name
 * (la-config.json, or ssd_department and ssd_involvements as the case system wrote them), so a team named
 * "=HYPERLINK(...)" would be a live link on the analyst's machine. Such a cell gets a leading apostrophe, as
 * OWASP advises: it shows when the CSV is opened, but the text is never worked out. Only text comes here:
 * carestats' figures are numbers (cast above), so a negative figure stays a number. Every text cell is
 * treated alike, not only groups, so a later column of council text cannot be missed; carestats' own words
 * (ids, months, dimensions, notes, reasons unavailable) never start so, and are unchanged.
 *
 * The CSV is printed to the terminal as often as it is saved, and opened in a spreadsheet as often as it is
 * read by a program, so a control character in a team's name (a terminal's ESC, a tab) is written as an
 * escape first (core/visible-text.ts: \x1b, \t), as everything else carestats shows a person is; JSON is the
 * output that keeps every character, escaped its own way. So a cell never starts with a tab, carriage return
 * or NUL; they stay in FORMULA_START so the rule reads as OWASP gives it.
 */
function asSpreadsheetText(text: string): string {
  const shown = visibleText(text);
  return FORMULA_START.test(shown) ? `'${shown}` : shown;
}
const FORMULA_START = /^[=+\-@\t\r\0]/;
