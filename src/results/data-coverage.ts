// Works out which month ends the data can speak for.
import type { Day } from '../core/civil-date.ts';
import { latestMonthEndOnOrBefore } from '../core/month.ts';
import type { Ssda903Data } from '../ingest/records.ts';

/**
 * Returns the latest month end the data cover: the last month end on or before the latest date recorded
 * in the episodes (a start or end date). Null when there are no episodes.
 */
export function latestMonthCovered(data: Ssda903Data): Day | null {
  let latest: Day | null = null;
  for (const e of data.episodes) {
    const d = e.dec !== null && e.dec > e.decom ? e.dec : e.decom;
    if (latest === null || d > latest) latest = d;
  }
  return latest === null ? null : latestMonthEndOnOrBefore(latest);
}
