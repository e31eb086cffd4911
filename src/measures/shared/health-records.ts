// Reading the SSD health table: which rows are health assessments or dental checks, and which took place.
import { formatUk, type Day } from '../../core/civil-date.ts';
import type { SourceRow } from '../../ingest/records.ts';
import type { SsdHealth } from '../../timeline/record-views.ts';

// What a row's type and status say: one reading for the measures and for typing's warning of a wording it
// cannot read (ingest/ssd-values.ts).
export { isDentalCheck, isHealthAssessment, healthCheckTookPlace as tookPlace } from '../../ingest/ssd-values.ts';
import { healthCheckTookPlace as tookPlace } from '../../ingest/ssd-values.ts';

/** Returns the latest check of a kind that took place after `after` and on or before `to`. */
export function latestCheck(records: readonly SsdHealth[], kind: (type: string) => boolean, after: Day, to: Day): SsdHealth | undefined {
  let best: SsdHealth | undefined;
  for (const r of records) {
    if (r.date === null || r.date <= after || r.date > to || !kind(r.type) || !tookPlace(r.status)) continue;
    if (!best || (best.date ?? 0) <= r.date) best = r;
  }
  return best;
}

/** Describes the latest row of a kind on or before `to`, whatever its status, for a child who did not meet the measure. */
export function latestAttempt(records: readonly SsdHealth[], kind: (type: string) => boolean, to: Day): string {
  let best: SsdHealth | undefined;
  for (const r of records) if (r.date !== null && r.date <= to && kind(r.type) && (!best || (best.date ?? 0) <= r.date)) best = r;
  if (!best || best.date === null) return 'none recorded';
  return `latest recorded ${formatUk(best.date)} (status ${best.status || 'blank'}) at ${where(best)}`;
}

/** Names a record's file and row for a child's reason. */
export function where(source: SourceRow): string {
  return `${source.file} row ${String(source.row)}`;
}
