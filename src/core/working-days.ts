// Working days in England and Wales: Monday to Friday except bank holidays, for timescales set in working days
// (Care Planning Regulations 2010, reg 33: first review within 20 working days of becoming looked after).
import { dayFromYmd, parseIso, ymdFromDay, type Day } from './civil-date.ts';
import { standardBankHolidays, weekday } from './bank-holiday-rules.ts';
import { BANK_HOLIDAYS, SHIPPED_FROM, SHIPPED_TO } from './bank-holidays.ts';

const HOLIDAYS: ReadonlySet<Day> = buildHolidays();

function buildHolidays(): Set<Day> {
  const out = new Set<Day>();
  for (const [date] of BANK_HOLIDAYS) {
    const day = parseIso(date);
    if (day === null) throw new Error(`Programmer error: bad bank holiday date ${date}`);
    out.add(day);
  }
  return out;
}

const ruleYears = new Map<number, ReadonlySet<Day>>();

const SHIPPED_FIRST_DAY = dayFromYmd(SHIPPED_FROM, 1, 1);
const SHIPPED_LAST_DAY = dayFromYmd(SHIPPED_TO, 12, 31);

/** Tells whether a day is an England and Wales bank holiday: shipped data for 2010–2030, the standing rules otherwise. */
export function isBankHoliday(day: Day): boolean {
  // Measures ask this millions of times, so the shipped years are a plain set look-up.
  if (day >= SHIPPED_FIRST_DAY && day <= SHIPPED_LAST_DAY) return HOLIDAYS.has(day);
  const { year } = ymdFromDay(day);
  let set = ruleYears.get(year);
  if (!set) {
    set = new Set(standardBankHolidays(year));
    ruleYears.set(year, set);
  }
  return set.has(day);
}

/** Tells whether a day is a working day: Monday to Friday and not a bank holiday. */
export function isWorkingDay(day: Day): boolean {
  const w = weekday(day);
  return w !== 0 && w !== 6 && !isBankHoliday(day);
}

/**
 * Returns the day `n` working days after `day` (before it when n is negative); `day` itself is not counted,
 * so 20 working days after Tuesday 31 March 2026 is Thursday 30 April 2026 (Easter falls between).
 */
export function addWorkingDays(day: Day, n: number): Day {
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(n);
  let d = day;
  while (left > 0) {
    d += step;
    if (isWorkingDay(d)) left -= 1;
  }
  return d;
}

/**
 * Counts the working days after `from` up to and including `to` (negative when `to` is earlier), so that
 * workingDaysBetween(d, addWorkingDays(d, n)) is n.
 */
export function workingDaysBetween(from: Day, to: Day): number {
  if (to < from) return -workingDaysBetween(to, from);
  let count = 0;
  for (let d = from + 1; d <= to; d += 1) if (isWorkingDay(d)) count += 1;
  return count;
}
