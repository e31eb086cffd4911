// Finding the records of a date-ordered list that fall in a range of days, by binary search.
import type { Day } from '../../core/civil-date.ts';

/** Returns the index of the first record dated after `day` (records in date order; undated ones sort first). */
export function firstAfter<T>(records: readonly T[], day: Day, dayOf: (r: T) => Day | null): number {
  return firstWhere(records, (r) => (dayOf(r) ?? -Infinity) > day);
}

/** Returns the index of the first item for which `test` holds, for a list where it fails up to some point and holds after (binary search). */
export function firstWhere<T>(items: readonly T[], test: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const item = items[mid];
    if (item !== undefined && !test(item)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Returns the records dated from `from` to `to`, both included, from a list in date order. */
export function datedBetween<T>(records: readonly T[], from: Day, to: Day, dayOf: (r: T) => Day | null): readonly T[] {
  return records.slice(firstAfter(records, from - 1, dayOf), firstAfter(records, to, dayOf));
}
