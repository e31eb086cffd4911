// Calendar dates as whole day numbers (days since 1970-01-01), with no time of day and no time zone.
//
// Why not Date or a date library here: every 903 and SSD date is a calendar date. A day number cannot
// drift across British Summer Time, compares with `<`, and costs nothing to store, which matters when a
// national-scale extract holds millions of dates. Conversion uses Howard Hinnant's public-domain
// days-from-civil algorithm (http://howardhinnant.github.io/date_algorithms.html).

/** A calendar date: whole days since 1970-01-01. */
export type Day = number;

/** Returns the day number of a proleptic Gregorian year, month (1–12) and day of month. */
export function dayFromYmd(year: number, month: number, day: number): Day {
  // A typed array gives undefined for any place it lacks, a fractional month included; a fractional year could
  // still make a whole place, so it goes by the arithmetic too.
  const start = month >= 1 && month <= 12 && Number.isInteger(year) ? MONTH_STARTS[(year - TABLE_FIRST_YEAR) * 12 + month - 1] : undefined;
  return start === undefined ? dayFromYmdByArithmetic(year, month, day) : start + day - 1;
}

function dayFromYmdByArithmetic(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Splits a day number into year, month (1–12) and day of month. */
export function ymdFromDay(day: Day): { year: number; month: number; day: number } {
  const packed = ymdNumber(day);
  const year = Math.floor(packed / 10000);
  const rest = packed - year * 10000;
  const month = Math.floor(rest / 100);
  return { year, month, day: rest - month * 100 };
}

/**
 * Returns year × 10,000 + month × 100 + day of month (20260331 for 31 March 2026). Such numbers order as the
 * dates do and make no object, which matters for ages, worked out millions of times in a series.
 */
function ymdNumber(day: Day): number {
  return YMD_NUMBERS[day - TABLE_FIRST_DAY] ?? ymdNumberByArithmetic(day);
}

function ymdNumberByArithmetic(day: Day): number {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return (yoe + era * 400 + (m <= 2 ? 1 : 0)) * 10000 + m * 100 + d;
}

// Every date from 1900 to 2100 converts by looking it up: a national series converts dates (ages, months
// added) hundreds of millions of times, and the arithmetic's divisions took about 37 ns a conversion where a
// look-up in these tables (290 KB and 10 KB, made once as the module loads) takes about 7. Dates outside go
// by the arithmetic, which the tables are made from (and civil-date.test.ts checks both against Date).
const TABLE_FIRST_YEAR = 1900;
const TABLE_YEARS = 201;
const MONTH_STARTS = new Int32Array(TABLE_YEARS * 12);
for (let i = 0; i < MONTH_STARTS.length; i += 1) MONTH_STARTS[i] = dayFromYmdByArithmetic(TABLE_FIRST_YEAR + Math.floor(i / 12), (i % 12) + 1, 1);
const TABLE_FIRST_DAY = dayFromYmdByArithmetic(TABLE_FIRST_YEAR, 1, 1);
const YMD_NUMBERS = new Int32Array(dayFromYmdByArithmetic(TABLE_FIRST_YEAR + TABLE_YEARS, 1, 1) - TABLE_FIRST_DAY);
for (let i = 0; i < YMD_NUMBERS.length; i += 1) YMD_NUMBERS[i] = ymdNumberByArithmetic(TABLE_FIRST_DAY + i);

/** Tells whether a year is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Returns the number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : (MONTH_LENGTHS[month - 1] ?? 0);
}

/** Returns the day number if year, month and day form a real calendar date, otherwise null. */
export function validDay(year: number, month: number, day: number): Day | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return dayFromYmd(year, month, day);
}

/** Returns the last day of the month containing `day`. */
export function monthEndOf(day: Day): Day {
  const { year, month } = ymdFromDay(day);
  return dayFromYmd(year, month, daysInMonth(year, month));
}

/** Returns the last day of a month (1–12) of a year. */
export function monthEnd(year: number, month: number): Day {
  return dayFromYmd(year, month, daysInMonth(year, month));
}

/** Adds whole calendar months, clamping to the end of a shorter month (31 January + 1 month = 28/29 February). */
export function addMonths(day: Day, months: number): Day {
  // From the packed number rather than ymdFromDay: no object made (a series adds months for every child).
  const packed = ymdNumber(day);
  const yearMonth = Math.floor(packed / 100);
  const d = packed - yearMonth * 100;
  const year = Math.floor(yearMonth / 100);
  const index = year * 12 + (yearMonth - year * 100) - 1 + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return dayFromYmd(y, m, Math.min(d, daysInMonth(y, m)));
}

/**
 * Returns the first day of the `months` months ending with `day`. For a month end, the months are whole calendar
 * months and this is the 1st of a month: the 12 months to 28 February 2025 run from 1 March 2024 (not from 29
 * February, which counting back to "the same date" after clamping, then a day on, would give), and the 6 months
 * to 30 April from 1 November (not 31 October). For any other day it is the day after the same date `months`
 * months earlier, clamped as `addMonths` does, so windows ending on the 28th to 30th of a month can start on
 * the same day (1 month to 28, 29 or 30 March starts on 1 March). Every rolling window of months a measure
 * reports ends on a month end and uses this.
 */
export function firstDayOfMonthsTo(day: Day, months: number): Day {
  const back = addMonths(day, -months);
  return (day === monthEndOf(day) ? monthEndOf(back) : back) + 1;
}

/**
 * Returns the date a person born on `dob` reaches `years` years of age.
 * Someone born on 29 February reaches an age on 1 March in a common year: in English law a person attains an
 * age at the start of the anniversary of their birth, and a common year has no 29 February.
 */
export function birthday(dob: Day, years: number): Day {
  const { year, month, day } = ymdFromDay(dob);
  const y = year + years;
  if (month === 2 && day === 29 && !isLeapYear(y)) return dayFromYmd(y, 3, 1);
  return dayFromYmd(y, month, day);
}

/**
 * Returns a person's age in completed years on `on`. The difference of the two dates as year × 10,000 +
 * month × 100 + day, in whole ten-thousands, is the number of birthdays reached, with the rule of `birthday`
 * for 29 February: on 28 February of a common year it falls 1 short (not yet), on 1 March it does not.
 */
export function ageOn(dob: Day, on: Day): number {
  return Math.floor((ymdNumber(on) - ymdNumber(dob)) / 10000);
}

/** Formats a day as dd/mm/yyyy, the form the 903 and council staff use. */
export function formatUk(day: Day): string {
  const { year, month, day: d } = ymdFromDay(day);
  return `${pad2(d)}/${pad2(month)}/${String(year)}`;
}

/** Formats a day as ISO yyyy-mm-dd. */
export function formatIso(day: Day): string {
  const { year, month, day: d } = ymdFromDay(day);
  return `${String(year)}-${pad2(month)}-${pad2(d)}`;
}

/** Parses ISO yyyy-mm-dd (as stored), returning null for anything else or an impossible date. */
export function parseIso(text: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  return validDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Formats a day as "31 March 2026" (GOV.UK style: no leading zero, full month name). */
export function formatLong(day: Day): string {
  const { year, month, day: d } = ymdFromDay(day);
  return `${String(d)} ${MONTH_NAMES[month - 1] ?? ''} ${String(year)}`;
}

/** Formats the month of a day as "March 2026". */
export function formatMonthLong(day: Day): string {
  const { year, month } = ymdFromDay(day);
  return `${MONTH_NAMES[month - 1] ?? ''} ${String(year)}`;
}

/** Formats the month of a day as "Mar 2026" for compact table headings and chart axes. */
export function formatMonthShort(day: Day): string {
  const { year, month } = ymdFromDay(day);
  return `${(MONTH_NAMES[month - 1] ?? '').slice(0, 3)} ${String(year)}`;
}

function pad2(n: number): string {
  return n < 10 ? `0${String(n)}` : String(n);
}
