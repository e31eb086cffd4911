// The collection year of an SSDA903 return: from its folder's name, or else from the dates in its Episodes table.
import { ymdFromDay, type Day } from '../core/civil-date.ts';
import type { CollectionYear } from './code-lists.ts';
import { digits, isNoDate, monthFirst as monthFirstOf, parseDateCell } from './parse-date.ts';
import type { RawTable } from './raw-table.ts';
import type { ReturnInfo } from './records.ts';

/** A DECOM or DEC left out when working out a return's year, and why. */
export interface SetAsideDate {
  row: number;
  column: string;
  columnIndex: number;
  value: string;
  why: 'after-extract' | 'beyond-the-rest';
}

/** A return's year, how it was known, and the dates left out of working it out. */
export interface ReturnYear {
  year: CollectionYear;
  yearFrom: ReturnInfo['yearFrom'];
  setAside: SetAsideDate[];
}

/**
 * A collection year holding fewer dates than this share of the busiest year's is taken for mistyped dates
 * (a DEC of 2052 for 2025), not the return's year: a return's own year holds the most of its dates (every
 * episode starting or ending in it), so a later year with a handful is a typing slip.
 */
const FEWEST_SHARE_OF_BUSIEST = 0.05;

/**
 * The collection year of a return: from its folder's name when it names one ("2024-25", "2024_25",
 * "ssda903 2024-2025"), otherwise the year holding the latest DECOM or DEC in its Episodes table (a return
 * covers 1 April to 31 March, and its latest date falls in that year). So that one mistyped date does not make
 * the return a year it is not, dates after `extractDate` (the day the files were extracted, or today) are set
 * aside, and so are dates in later collection years than the last to hold at least 1 in 20 as many dates as
 * the busiest year does. 0 when neither the name nor the dates say.
 */
export function collectionYearOf(folder: string, episodes: RawTable | undefined, extractDate: Day | null = null): ReturnYear {
  const named = yearFromFolderName(folder);
  if (named !== null) return { year: named, yearFrom: 'folder-name', setAside: [] };
  const dates: (SetAsideDate & { day: Day; year: CollectionYear })[] = [];
  if (episodes) {
    const cols = episodes.headings.map((h) => h.trim().toUpperCase());
    const at = [cols.indexOf('DECOM'), cols.indexOf('DEC')].filter((i) => i >= 0);
    for (const { row, values } of episodes.rows) {
      for (const i of at) {
        const value = (values[i] ?? '').trim();
        const day = parseDateCell(value).day;
        if (typeof day === 'number' && !isNoDate(day)) dates.push({ row, column: cols[i] ?? '', columnIndex: i, value, why: 'beyond-the-rest', day, year: yearOfDay(day) });
      }
    }
  }
  // Dates after the extract cannot be the return's; were every date after it, the extract date is what is wrong.
  const afterExtract = extractDate === null ? [] : dates.filter((d) => d.day > extractDate);
  const possible = afterExtract.length === dates.length ? dates : dates.filter((d) => extractDate === null || d.day <= extractDate);
  const counts = new Map<CollectionYear, number>();
  for (const d of possible) counts.set(d.year, (counts.get(d.year) ?? 0) + 1);
  const year = yearOfCounts(counts);
  const setAside = year === 0 ? [] : dates.filter((d) => d.year > year).map(({ row, column, columnIndex, value, day }) => ({
    row,
    column,
    columnIndex,
    value,
    why: extractDate !== null && day > extractDate && possible !== dates ? 'after-extract' as const : 'beyond-the-rest' as const,
  }));
  return { year, yearFrom: 'latest-date', setAside };
}

/**
 * The year a return's dates say, from how many fall in each collection year: the latest year holding at least
 * 1 in 20 as many as the busiest (see FEWEST_SHARE_OF_BUSIEST); 0 for none.
 */
export function yearOfCounts(counts: ReadonlyMap<CollectionYear, number>): CollectionYear {
  const fewest = Math.max(1, FEWEST_SHARE_OF_BUSIEST * Math.max(0, ...counts.values()));
  return Math.max(0, ...[...counts].filter(([, n]) => n >= fewest).map(([y]) => y));
}

/**
 * Counts an Episodes table's DECOM and DEC dates by collection year as its rows arrive, every row whatever share
 * of the children is being read (so every share counts alike): for a return named for its year, to tell when its
 * dates say another (ingest.ts, return-dates-after-folder-year and return-dates-before-folder-year). A cell not a date is not counted (typing reports it).
 */
export function createDateYearCount(headings: readonly string[]) {
  const cols = headings.map((h) => h.trim().toUpperCase());
  const decomAt = cols.indexOf('DECOM');
  const decAt = cols.indexOf('DEC');
  // Collection years 1900 to 2155 counted in an array (a Map per cell was most of this count's time); others
  // (a mistyped year 2552) in a Map.
  const quick = new Int32Array(256);
  const other = new Map<CollectionYear, number>();
  const bump = (year: CollectionYear) => {
    const k = year - 1900;
    if (k >= 0 && k < 256) quick[k] = (quick[k] ?? 0) + 1;
    else other.set(year, (other.get(year) ?? 0) + 1);
  };
  // Dates written month first (05/17/2025: no month 17): then those with a day of 12 or less are read as other
  // days, and their years say nothing of the return's (ingest.ts leaves the folder's year unjudged).
  let monthFirst = 0;
  const add = (day: Day | null | 'invalid', text: string) => {
    // As typing tells them (cell-converters.ts date-month-first), so the count is of the cells it lists.
    if (day === 'invalid' && monthFirstOf(text) !== null) monthFirst += 1;
    // A date standing for none (1900-01-01, 9999-12-31) says nothing of the year, as typing reads it blank.
    if (typeof day === 'number' && !isNoDate(day)) bump(yearOfDay(day));
  };
  const cell = (text: string, bounds: Int32Array, i: number) => {
    const start = bounds[2 * i] ?? 0;
    const end = bounds[2 * i + 1] ?? 0;
    if (end === start) return;
    // dd/mm/yyyy read in place, as nearly every cell is; anything else the general way.
    const month = end - start === 10 && text.charCodeAt(start + 2) === 47 && text.charCodeAt(start + 5) === 47 ? digits(text, start + 3, start + 5) : -1;
    const year = month > 0 ? digits(text, start + 6, end) : -1;
    if (month > 0 && month <= 12 && year > 1900 && year < 9999) {
      bump(month >= 4 ? year + 1 : year);
    } else {
      const written = text.slice(start, end).trim();
      add(parseDateCell(written).day, written);
    }
  };
  return {
    /** The dates counted by collection year. */
    get counts(): Map<CollectionYear, number> {
      const counts = new Map(other);
      quick.forEach((n, k) => {
        if (n > 0) counts.set(1900 + k, n);
      });
      return counts;
    },
    /** How many cells were dates written month first. */
    get monthFirst() {
      return monthFirst;
    },
    values(values: readonly string[]): void {
      for (const i of [decomAt, decAt]) {
        if (i < 0) continue;
        const text = (values[i] ?? '').trim();
        add(parseDateCell(text).day, text);
      }
    },
    ranges(text: string, bounds: Int32Array): void {
      if (decomAt >= 0) cell(text, bounds, decomAt);
      if (decAt >= 0) cell(text, bounds, decAt);
    },
  };
}

/** The collection year (1 April to 31 March, named by its end) a day falls in. */
function yearOfDay(day: Day): CollectionYear {
  const { year, month } = ymdFromDay(day);
  return month >= 4 ? year + 1 : year;
}

/** The collection year a folder's name gives ("2024-25", "2024_25", "ssda903 2024-2025" → 2025), or null. */
export function yearFromFolderName(folder: string): CollectionYear | null {
  const last = folder.split('/').at(-1) ?? '';
  const m = /(20\d\d)\s*[-_/ ]\s*(?:20)?(\d\d)(?!\d)/.exec(last);
  if (!m) return null;
  const start = Number(m[1]);
  return (start + 1) % 100 === Number(m[2]) ? start + 1 : null;
}
