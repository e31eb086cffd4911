// Works out which month ends the data can speak for.
import { dayFromYmd, ymdFromDay, type Day } from '../core/civil-date.ts';
import { latestMonthEndOnOrBefore } from '../core/month.ts';
import type { Ssda903Data } from '../ingest/records.ts';

/**
 * Returns the latest month end the data cover: the last month end on or before the latest date recorded in
 * the episodes (a start or end date), so a month is not reported before the data reach its last day. One
 * exception: a return in a folder named for its collection year (903/2025-26) is that year's return, which
 * covers the year to its 31 March, so when the latest date falls in that March the data cover 31 March (a
 * return's last event is seldom on the 31st itself, and 31 March is the date a panel most wants). A return
 * whose year was worked out from its dates may be an extract taken part way through March, so it is not
 * stretched. Null when there are no episodes.
 */
export function latestMonthCovered(data: Ssda903Data): Day | null {
  let latest: Day | null = null;
  for (const e of data.episodes) {
    const d = e.dec !== null && e.dec > e.decom ? e.dec : e.decom;
    if (latest === null || d > latest) latest = d;
  }
  if (latest === null) return null;
  const { year, month } = ymdFromDay(latest);
  if (month === 3 && data.returns.some((r) => r.year === year && r.yearFrom === 'folder-name')) return dayFromYmd(year, 3, 31);
  return latestMonthEndOnOrBefore(latest);
}

/**
 * Returns the day the earliest SSDA903 return supplied begins: 1 April of its collection year. A return holds
 * every episode open at any time in its year, so the data know who was in care from the end of the day before
 * (31 March) on, but nothing of children who left care earlier, or of earlier moves (measures/shared/
 * unavailable.ts unavailableBeforeReturns). Null when no return is recorded (records stored by an older
 * carestats).
 */
export function returnsBegin(data: Ssda903Data): Day | null {
  let year: number | null = null;
  for (const r of data.returns) if (r.year > 0 && (year === null || r.year < year)) year = r.year;
  return year === null ? null : dayFromYmd(year - 1, 4, 1);
}

/**
 * Returns the day the newest SSDA903 return supplied ends: 31 March of its collection year. The data know
 * nothing of who came into care, left or moved after it (measures/shared/unavailable.ts
 * unavailableAfterReturns). Null when no return's year is known.
 */
export function returnsEnd(data: Ssda903Data): Day | null {
  let year: number | null = null;
  for (const r of data.returns) if (r.year > 0 && (year === null || r.year > year)) year = r.year;
  return year === null ? null : dayFromYmd(year, 3, 31);
}
