// Reads the dates councils' files contain: DfE's dd/mm/yyyy, ISO yyyy-mm-dd (the SSD's form), and the
// Excel date-times "2020-07-31 00:00:00" and "31/07/2020 00:00" that appear when a file has been opened and
// saved in Excel.
// Hand-written on character codes rather than a regular expression or a date library because it runs on
// every date cell of a national extract (tens of millions), and a calendar date needs no time zone.
import { dayFromYmd, type Day, validDay } from '../core/civil-date.ts';

/**
 * How a date was written, so the reader can tell the analyst when a file has been through Excel: 'date-time' is
 * a date at midnight ("2020-07-31 00:00:00"), 'time-of-day' a date with another time ("2023-12-14 14:30:00"),
 * which an SSD datetime column (a visit, a missing episode) holds and an SSDA903 date column should not;
 * 'zoned' a moment with its offset from UTC ("2023-04-03T23:00:00Z"), read as the day it was in the UK.
 */
export type DateStyle = 'uk' | 'two-digit-year' | 'iso' | 'date-time' | 'time-of-day' | 'zoned';

/** A parsed date cell: the day, or null for blank, or 'invalid'; and how it was written. */
export interface ParsedDate {
  day: Day | null | 'invalid';
  style: DateStyle | null;
}

const BLANK: ParsedDate = { day: null, style: null };
const INVALID: ParsedDate = { day: 'invalid', style: null };

/** Parses a date cell (already trimmed). */
export function parseDateCell(text: string): ParsedDate {
  const n = text.length;
  if (n === 0) return BLANK;
  // dd/mm/yyyy or d/m/yyyy, or with a two-digit year (dd/mm/yy, Excel's short date), and either with a time
  // after it ("31/03/2025 00:00": how Excel set for the UK saves a date-time column, such as an SSD table's)
  const s1 = text.indexOf('/');
  if (s1 > 0) {
    const s2 = text.indexOf('/', s1 + 1);
    const space = s2 < 0 ? -1 : text.indexOf(' ', s2);
    const end = space < 0 ? n : space;
    const yearLength = end - s2 - 1;
    if (s2 < 0 || (yearLength !== 4 && yearLength !== 2) || s1 > 2 || s2 - s1 - 1 > 2 || s2 - s1 - 1 < 1) return INVALID;
    const d = digits(text, 0, s1);
    const m = digits(text, s1 + 1, s2);
    const yy = digits(text, s2 + 1, end);
    const y = yearLength === 4 || yy < 0 ? yy : fullYear(yy);
    const day = d < 0 || m < 0 || y < 0 ? null : dateDay(y, m, d);
    if (day === null) return INVALID;
    if (end < n) {
      const rest = text.slice(end);
      if (!isMidnight(rest)) return TIME_OF_DAY.test(rest) ? { day, style: 'time-of-day' } : INVALID;
      if (yearLength === 4) return { day, style: 'date-time' };
    }
    return { day, style: yearLength === 4 ? 'uk' : 'two-digit-year' };
  }
  // yyyy-mm-dd, optionally followed by a midnight time
  if (n >= 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
    const y = digits(text, 0, 4);
    const m = digits(text, 5, 7);
    const d = digits(text, 8, 10);
    const day = d < 0 || m < 0 || y < 0 ? null : dateDay(y, m, d);
    if (day === null) return INVALID;
    if (n === 10) return { day, style: 'iso' };
    const rest = text.slice(10);
    if (isMidnight(rest)) return { day, style: 'date-time' };
    if (TIME_OF_DAY.test(rest)) return { day, style: 'time-of-day' };
    const ukDay = zonedUkDay(y, m, d, rest);
    return ukDay === null ? INVALID : { day: ukDay, style: 'zoned' };
  }
  return INVALID;
}

/**
 * The year a two-digit year stands for: 90 to 99 as 1990 to 1999, the rest as 2000 to 2089. Every date the
 * SSDA903 and SSD hold lies from 1990 (the earliest birth a return can have, checks/rules/dates-plausible.ts)
 * to now, so within that span the century is not in doubt.
 */
export function fullYear(yy: number): number {
  return yy >= 90 ? 1900 + yy : 2000 + yy;
}

/**
 * The day mm/dd/yyyy (or mm/dd/yy) would be, written in words, when the text is no date day first but one month
 * first (its second part over 12); otherwise null.
 */
export function monthFirst(text: string): string | null {
  // With a time after it too, as Excel in a US setting saves a date-time ("05/17/2025 14:30").
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?: \d{1,2}:\d{2}(?::\d{2})?(?: ?[AP]M)?)?$/i.exec(text);
  if (!m) return null;
  const [month, day, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const year = (m[3] ?? '').length === 2 ? fullYear(y) : y;
  if (day <= 12 || validDay(year, month, day) === null) return null;
  return `${String(day)} ${MONTH_NAMES[month - 1] ?? ''} ${String(year)}`;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const LAST_PLACEHOLDER_BEFORE = dayFromYmd(1900, 1, 1);
const FIRST_PLACEHOLDER_AFTER = dayFromYmd(9999, 1, 1);

/**
 * The dates databases write for no date, read as it. SQL Server turns an empty value into 1900-01-01 when a
 * query casts '' to a date (ISNULL(date, '') is the usual way), and 1753-01-01 is its oldest datetime,
 * 0001-01-01 its oldest datetime2 (and .NET's DateTime.MinValue); 9999-12-31 stands for "no end" in many case
 * systems. Read as dates they were facts: a death date of 1 January 1900 on every child still alive took every
 * care leaver out of the care-leaver measures without a word. No date in a child's file can be one of them
 * (the SSDA903's earliest is 1990, checks/rules/dates-plausible.ts), so nothing true is lost.
 */
export function isNoDate(day: Day): boolean {
  return day <= LAST_PLACEHOLDER_BEFORE || day >= FIRST_PLACEHOLDER_AFTER;
}

/**
 * The day of a date written in a cell: a calendar day (validDay, which takes years from 1000), or 1 January of
 * the year 1, which SQL Server's datetime2 and .NET write for no date, so that `isNoDate` reads it as none
 * rather than an invalid date in every row.
 */
function dateDay(year: number, month: number, day: number): Day | null {
  return year === 1 && month === 1 && day === 1 ? dayFromYmd(1, 1, 1) : validDay(year, month, day);
}

/** Kept for callers that want only the day. */
export function parseFileDate(text: string): Day | null | 'invalid' {
  return parseDateCell(text).day;
}

/** The number the characters from `from` to `end` write in decimal digits, or -1 when they are empty or not all digits. */
export function digits(text: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return to > from ? v : -1;
}

// A time with its offset from UTC: "T23:00:00Z", "T23:00:00.000+00:00", " 23:00+0100".
const ZONED = /^[ T]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d+)?)?(Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$/;
const UK_DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The day in the UK of a moment written with its offset from UTC, as exports through JSON or Power Query write
 * a datetime: an SSD system's midnight on 4 April 2023, British Summer Time, is "2023-04-03T23:00:00Z", and read
 * as the day written it was the day before. Null when `rest` is no such time.
 */
function zonedUkDay(year: number, month: number, day: number, rest: string): Day | null {
  const m = ZONED.exec(rest);
  if (!m) return null;
  const zone = m[4] ?? 'Z';
  const offsetMinutes = zone === 'Z' ? 0 : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  const instant = Date.UTC(year, month - 1, day, Number(m[1]), Number(m[2]), Number(m[3] ?? 0)) - offsetMinutes * 60_000;
  const parts = UK_DAY.formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return validDay(part('year'), part('month'), part('day'));
}

// " 00:00:00", "T00:00", " 00:00:00.000": a calendar date saved as a date-time.
const MIDNIGHT = /^[ T]00:00(?::00(?:\.0+)?)?$/;
// Any other time of day, hours 00-23, minutes and seconds 00-59, with optional fractions of a second.
const TIME_OF_DAY = /^[ T]([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?$/;
function isMidnight(rest: string): boolean {
  return MIDNIGHT.test(rest);
}
