// Finding the records of a date-ordered list that fall in a range of days, by binary search.
import type { Day } from '../../core/civil-date.ts';

/** Returns the index of the first record dated after `day` (records in date order; undated ones sort first). */
export function firstAfter<T>(records: readonly T[], day: Day, dayOf: (r: T) => Day | null): number {
  let lo = 0;
  let hi = records.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const r = records[mid];
    if (r !== undefined && (dayOf(r) ?? -Infinity) <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Returns the records dated from `from` to `to`, both included, from a list in date order. */
export function datedBetween<T>(records: readonly T[], from: Day, to: Day, dayOf: (r: T) => Day | null): readonly T[] {
  return records.slice(firstAfter(records, from - 1, dayOf), firstAfter(records, to, dayOf));
}
