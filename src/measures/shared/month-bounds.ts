// The first and last day of the month a month-end day belongs to, for flow measures counted "in the month".
import { dayFromYmd, ymdFromDay, type Day } from '../../core/civil-date.ts';

/** Returns the first day of the month that ends on (or contains) `monthEnd`. */
export function monthStartOf(monthEnd: Day): Day {
  const { year, month } = ymdFromDay(monthEnd);
  return dayFromYmd(year, month, 1);
}
