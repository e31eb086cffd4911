// The month ends a report covers: a run of months, the financial year to date, or 31 March year by year.
import { monthEnd, ymdFromDay, type Day } from '../core/civil-date.ts';
import { trailingMonthEnds } from '../core/month.ts';

/** How a series of month ends is chosen. */
export type Period = 'months' | 'fytd' | 'march';

/** Every period, as `--period` takes them. */
export const PERIODS: readonly Period[] = ['months', 'fytd', 'march'];

/** Returns the last `count` month ends, oldest first, ending with the month containing `last`. */
export function monthSeries(last: Day, count: number): Day[] {
  return trailingMonthEnds(last, count);
}

/**
 * Returns the month ends of the financial year to date, oldest first: from April (the financial and SSDA903
 * collection year starts on 1 April) to the month containing `last`.
 */
export function financialYearToDate(last: Day): Day[] {
  const { month } = ymdFromDay(last);
  // April is month 4: April gives 1 month, March gives 12.
  return trailingMonthEnds(last, ((month - 4 + 12) % 12) + 1);
}

/**
 * Returns 31 March of each of the last `years` years, oldest first, ending with the latest 31 March on or
 * before `last`: the dates the DfE publishes children-looked-after figures for.
 */
export function marchSeries(last: Day, years: number): Day[] {
  const { year } = ymdFromDay(last);
  const latest = monthEnd(year, 3) <= last ? year : year - 1;
  return Array.from({ length: years }, (_, i) => monthEnd(latest - years + 1 + i, 3));
}

/** Returns the month ends of a period ending at `last`; `count` is months for "months" and years for "march". */
export function periodMonthEnds(period: Period, last: Day, count: number): Day[] {
  switch (period) {
    case 'months':
      return monthSeries(last, count);
    case 'fytd':
      return financialYearToDate(last);
    case 'march':
      return marchSeries(last, count);
  }
}
