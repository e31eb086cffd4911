// Report months, written "YYYY-MM" on the command line and in every output, and the month-end dates they stand for.
import { type Day, dayFromYmd, monthEnd, ymdFromDay } from './civil-date.ts';

/** A report month as "YYYY-MM". */
export type MonthKey = string;

/** Parses "YYYY-MM" into the last day of that month, or returns null if it is not a real month. */
export function monthEndFromKey(key: string): Day | null {
  const m = /^(\d{4})-(\d{2})$/.exec(key.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12 || year < 1900 || year > 2999) return null;
  return monthEnd(year, month);
}

/** Returns the "YYYY-MM" key of the month containing `day`. */
export function monthKeyOf(day: Day): MonthKey {
  const { year, month } = ymdFromDay(day);
  return `${String(year)}-${month < 10 ? '0' : ''}${String(month)}`;
}

/** Returns the last `count` month ends, oldest first, ending with the month that contains `last`. */
export function trailingMonthEnds(last: Day, count: number): Day[] {
  const { year, month } = ymdFromDay(last);
  const out: Day[] = [];
  for (let i = count - 1; i >= 0; i -= 1) {
    const index = year * 12 + (month - 1) - i;
    const y = Math.floor(index / 12);
    out.push(monthEnd(y, index - y * 12 + 1));
  }
  return out;
}

/** Returns the latest month end on or before `day` (the day itself when it is a month end). */
export function latestMonthEndOnOrBefore(day: Day): Day {
  const { year, month } = ymdFromDay(day);
  const end = monthEnd(year, month);
  return end === day ? day : dayFromYmd(year, month, 1) - 1;
}

/** Returns the first day of the month that ends on (or contains) `day`. */
export function monthStartOf(day: Day): Day {
  const { year, month } = ymdFromDay(day);
  return dayFromYmd(year, month, 1);
}
