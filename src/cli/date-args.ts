// Reads the months and dates given on the command line (--month, generate's --end, import's --extract-date),
// naming the one meant when it is written another way: an analyst in England writes 05/04/2026 or March 2026
// as often as 2026-04-05 or 2026-03.
import { formatIso, formatLong, validDay, type Day } from '../core/civil-date.ts';
import { monthEndFromKey } from '../core/month.ts';
import { UsageError } from './effects.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Reads a month `option` (--month, --end) written YYYY-MM into its month end, throwing a usage error for anything else; null when not given. */
export function monthArg(text: string | undefined, option = '--month'): Day | null {
  if (text === undefined) return null;
  const end = monthEndFromKey(text);
  if (end === null) throw new UsageError(`${option} must be a month written YYYY-MM, such as 2026-03, not "${text}".${monthMeant(text.trim())}`);
  return end;
}

/** What a month written another way means, as " Did you mean 2026-03?" (or what it lacks), or ''. */
function monthMeant(text: string): string {
  const key = (year: number, month: number) => (month >= 1 && month <= 12 ? ` Did you mean ${String(year)}-${String(month).padStart(2, '0')}?` : '');
  const yearMonth = /^(\d{4})[-/.](\d{1,2})$/.exec(text) ?? /^(\d{4})-(\d{1,2})-\d{1,2}$/.exec(text);
  if (yearMonth) {
    const month = Number(yearMonth[2]);
    return month > 12 ? ` There is no month ${String(month)}.` : key(Number(yearMonth[1]), month);
  }
  const monthYear = /^(\d{1,2})[-/.](\d{4})$/.exec(text);
  if (monthYear) return key(Number(monthYear[2]), Number(monthYear[1]));
  const dayMonthYear = /^\d{1,2}[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (dayMonthYear) return key(Number(dayMonthYear[2]), Number(dayMonthYear[1]));
  // March 2026, Mar-26, 2026 March, march.
  const named = /^(?:(\d{4})[\s-]+)?([a-z]{3,9})\.?(?:[\s-]+(\d{2}|\d{4}))?$/i.exec(text);
  const month = named ? MONTHS.indexOf(named[2]?.slice(0, 3).toLowerCase() ?? '') + 1 : 0;
  if (named && month > 0) {
    const yearText = named[1] ?? named[3];
    if (yearText === undefined) return ` Give the year too: YYYY-${String(month).padStart(2, '0')}.`;
    return key(yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText), month);
  }
  return '';
}

/**
 * Reads import's --extract-date (the day the files were extracted; today when not given), throwing a usage
 * error for a date not written YYYY-MM-DD (with the one meant, for 05/04/2026) or after today: files cannot
 * be extracted on a day still to come.
 */
export function extractDateArg(text: string | undefined, today: Day): Day {
  if (text === undefined) return today;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const day = iso ? validDay(Number(iso[1]), Number(iso[2]), Number(iso[3])) : null;
  if (iso && day === null) throw new UsageError(`--extract-date ${text} is not a real date.`);
  if (day === null) throw new UsageError(`--extract-date must be a date written YYYY-MM-DD, such as ${formatIso(today)}, not "${text}".${dateMeant(text.trim())}`);
  if (day > today) throw new UsageError(`--extract-date ${text} is after today (${formatLong(today)}): give the day the files were extracted.`);
  return day;
}

/** What a date written day first (05/04/2026, as England writes it) means, as " Did you mean 2026-04-05?", or ''. */
function dateMeant(text: string): string {
  const m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  const day = m ? validDay(Number(m[3]), Number(m[2]), Number(m[1])) : null;
  return day === null ? '' : ` Did you mean ${formatIso(day)} (${formatLong(day)})?`;
}
