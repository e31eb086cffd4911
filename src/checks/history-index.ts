// Lookups over the stacked history that several rules share: each child's episodes in date order, each child's
// Header row, and which collection years the returns read cover.
import { dayFromYmd, ymdFromDay, type Day } from '../core/civil-date.ts';
import type { CollectionYear } from '../ingest/code-lists.ts';
import type { EpisodeRecord, HeaderRecord, ReturnInfo, Ssda903Data } from '../ingest/records.ts';

// Built once per records array: at national scale (about 3 million episodes, a million children) grouping is
// the costliest step of the rules, and several rules walk the same per-child lists.
const byChildCache = new WeakMap<readonly EpisodeRecord[], ReadonlyMap<string, readonly EpisodeRecord[]>>();
const headerCache = new WeakMap<readonly HeaderRecord[], ReadonlyMap<string, HeaderRecord>>();

/** Returns each child's episodes sorted by DECOM (then row), built once for a given array; treat it as read-only. */
export function episodesByChild(episodes: readonly EpisodeRecord[]): ReadonlyMap<string, readonly EpisodeRecord[]> {
  const cached = byChildCache.get(episodes);
  if (cached) return cached;
  const map = groupByChild(episodes);
  // Stacked episodes are mostly in date order already; checking costs less than sorting with a comparator.
  for (const list of map.values()) if (list.length > 1 && !inDateOrder(list)) list.sort(byDateThenRow);
  byChildCache.set(episodes, map);
  return map;
}

function byDateThenRow(a: EpisodeRecord, b: EpisodeRecord): number {
  return a.decom - b.decom || a.row - b.row;
}

function inDateOrder(list: readonly EpisodeRecord[]): boolean {
  for (let i = 1; i < list.length; i += 1) if (byDateThenRow(list[i - 1] as EpisodeRecord, list[i] as EpisodeRecord) > 0) return false;
  return true;
}

/** Groups records by child id, keeping file order within each child (as Map.groupBy does). */
export function groupByChild<T extends { child: string }>(records: readonly T[]): Map<string, T[]> {
  // Stacked records come child by child: each run of one child's records is copied in one slice, which also
  // gives each list just its length (lists grown a push at a time took more memory and were slower to read).
  const map = new Map<string, T[]>();
  let start = 0;
  for (let i = 1; i <= records.length; i += 1) {
    const child = (records[start] as T).child;
    if (i < records.length && (records[i] as T).child === child) continue;
    const run = records.slice(start, i);
    const known = map.get(child);
    map.set(child, known === undefined ? run : known.concat(run));
    start = i;
  }
  return map;
}

/** Returns each child's first Header row (a repeated child is reported by header-children), built once per array. */
export function headerByChild(headers: readonly HeaderRecord[]): ReadonlyMap<string, HeaderRecord> {
  const cached = headerCache.get(headers);
  if (cached) return cached;
  const map = new Map<string, HeaderRecord>();
  for (const h of headers) if (!map.has(h.child)) map.set(h.child, h);
  headerCache.set(headers, map);
  return map;
}

/**
 * The children with an episode whose dates cannot be placed in the child's sequence of care: one that ends
 * before it starts (DfE rule 356) or starts after its return's collection year (rule 354), as a mistyped year
 * (2052 for 2025) makes. Sorted by DECOM it sits among the child's episodes where it never was.
 */
export function misdatedChildren(episodes: readonly EpisodeRecord[]): Set<string> {
  const out = new Set<string>();
  for (const e of episodes) if (endsBeforeItStarts(e) || startsAfterItsYear(e)) out.add(e.child);
  return out;
}

/** Whether an episode ends before it starts (DfE rule 356; rules/episode-dates.ts reports it). */
export function endsBeforeItStarts(e: EpisodeRecord): e is EpisodeRecord & { dec: Day } {
  return e.dec !== null && e.dec < e.decom;
}

/** Whether an episode starts after the end of its return's collection year (DfE rule 354; rules/dates-plausible.ts reports it). */
export function startsAfterItsYear(e: EpisodeRecord): boolean {
  return e.year !== 0 && e.decom > yearEnd(e.year);
}

/** Drops the lookups built for these records, so they do not outlive a run of the checks (about 100 MB nationally). */
export function releaseIndexes(data: Ssda903Data): void {
  byChildCache.delete(data.episodes);
  headerCache.delete(data.headers);
}

/** Returns the collection year a day falls in, named by its end year (1 April 2024 to 31 March 2025 → 2025). */
export function yearContaining(day: Day): CollectionYear {
  const { year, month } = ymdFromDay(day);
  return month >= 4 ? year + 1 : year;
}

/** Returns 31 March of a collection year: the last day a return for that year can record. */
export function yearEnd(year: CollectionYear): Day {
  return dayFromYmd(year, 3, 31);
}

/** Returns the collection years of the returns read (0, "year not known", is left out). */
export function coveredYears(returns: readonly ReturnInfo[]): Set<CollectionYear> {
  return new Set(returns.map((r) => r.year).filter((y) => y !== 0));
}

/** Says where a row is: "row 5", or "row 5 of 903/2024-25/episodes.csv" when it is in another file than `from`. */
export function rowRef(at: { file: string; row: number }, from: { file: string }): string {
  return at.file === from.file ? `row ${String(at.row)}` : `row ${String(at.row)} of ${at.file}`;
}
