// The CSV shape of measure results: one row per measure and month, or per measure, month, dimension and group with --by.
import { stringify } from 'csv-stringify/sync';
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
  return stringify(rows, { cast: { number: (n) => String(n) } });
}
