// The standing rules for England and Wales bank holidays, for years outside the shipped list and to check it.
import { dayFromYmd, daysInMonth, type Day } from './civil-date.ts';

/** Returns the weekday of a day: 0 Sunday … 6 Saturday (1 January 1970, day 0, was a Thursday). */
export function weekday(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Returns Easter Sunday of a Gregorian year (the anonymous Gregorian computus, Meeus/Jones/Butcher). */
export function easterSunday(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
  return dayFromYmd(year, month, dayOfMonth);
}

/**
 * Returns the bank holidays a year would have under the standing rules alone (no one-off or moved days):
 * New Year's Day, Good Friday, Easter Monday, the first Monday in May, the last Mondays in May and August,
 * Christmas Day and Boxing Day, with a weekday substitute when 1 January, 25 or 26 December is at a weekend.
 */
export function standardBankHolidays(year: number): Day[] {
  const out: Day[] = [];
  const newYear = dayFromYmd(year, 1, 1);
  // A Saturday or Sunday New Year's Day is observed on the following Monday.
  out.push(weekday(newYear) === 6 ? newYear + 2 : weekday(newYear) === 0 ? newYear + 1 : newYear);
  const easter = easterSunday(year);
  out.push(easter - 2, easter + 1);
  out.push(firstMonday(year, 5), lastMonday(year, 5), lastMonday(year, 8));
  const christmas = dayFromYmd(year, 12, 25);
  switch (weekday(christmas)) {
    // Saturday: Christmas moves to Monday 27th and Boxing Day (a Sunday) to Tuesday 28th.
    case 6: out.push(christmas + 2, christmas + 3); break;
    // Sunday: Boxing Day stays on Monday 26th and Christmas is substituted on Tuesday 27th.
    case 0: out.push(christmas + 1, christmas + 2); break;
    // Friday: Boxing Day falls on Saturday and is substituted on Monday 28th.
    case 5: out.push(christmas, christmas + 3); break;
    default: out.push(christmas, christmas + 1);
  }
  return out.sort((x, y) => x - y);
}

function firstMonday(year: number, month: number): Day {
  const first = dayFromYmd(year, month, 1);
  return first + ((8 - weekday(first)) % 7);
}

function lastMonday(year: number, month: number): Day {
  const last = dayFromYmd(year, month, daysInMonth(year, month));
  return last - ((weekday(last) + 6) % 7);
}
