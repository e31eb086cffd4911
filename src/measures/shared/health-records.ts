// Reading the SSD health table: which rows are health assessments or dental checks, and which took place.
import { formatUk, type Day } from '../../core/civil-date.ts';
import type { SourceRow } from '../../ingest/records.ts';
import type { SsdHealth } from '../../timeline/record-views.ts';

/**
 * Tells whether an ssd_cla_health row is a health assessment. The SSD leaves the wording of
 * clah_health_check_type to the council ("Health Assessment", "Review Health Assessment", "IHA", "RHA").
 */
export function isHealthAssessment(type: string): boolean {
  const t = type.trim().toLowerCase();
  return t.includes('health assessment') || /^(i|r)?ha$/.test(t);
}

/** Tells whether an ssd_cla_health row is a dental check ("Dental Check", "Dental", "Teeth check"). */
export function isDentalCheck(type: string): boolean {
  const t = type.trim().toLowerCase();
  return t.includes('dental') || t.includes('teeth') || t.includes('dentist');
}

/**
 * Tells whether a check took place: status Completed, or left blank (many extracts fill only the date of the
 * check). Planned, Refused and Cancelled checks did not take place (SSD code set for clah_health_check_status).
 */
export function tookPlace(status: string): boolean {
  const s = status.trim().toLowerCase();
  return s === '' || s === 'completed' || s === 'complete';
}

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
