// The first and last day of the month a month-end day belongs to, for flow measures counted "in the month".
import { dayFromYmd, ymdFromDay, type Day } from '../../core/civil-date.ts';
import type { ChildTimeline } from '../../timeline/child-timeline.ts';

/** Returns the first day of the month that ends on (or contains) `monthEnd`. */
export function monthStartOf(monthEnd: Day): Day {
  const { year, month } = ymdFromDay(monthEnd);
  return dayFromYmd(year, month, 1);
}

/**
 * False when none of the child's periods of care can start or end between `first` and `last`: the first
 * starts after `last`, or the last ended before `first`. Periods are in date order, so only the two ends are
 * read; a true answer still needs the caller's own test of each period.
 */
export function periodsMayTouch(t: ChildTimeline, first: Day, last: Day): boolean {
  const earliest = t.periods[0];
  const latest = t.periods.at(-1);
  if (!earliest || !latest) return false;
  return earliest.start <= last && (latest.end === null || latest.end >= first);
}
