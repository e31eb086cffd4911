// Stacks several collection years' SSDA903 returns into one history.
//
// Rules (each tested in stack-years.test.ts):
// 1. Returns are taken oldest first, by folder name ("903/2023-24" before "903/2024-25").
// 2. An episode is identified by CHILD and DECOM. A later return's copy replaces an earlier one: an episode
//    open at 31 March in one return is shown closed (or still open) in the next, and the later is the truth.
// 3. A child's Header row comes from the latest return that has one.
// 4. Within one file, a row identical to an earlier row is dropped (and reported as a warning).
// 5. Replacement happens only between returns: two different rows for the same key in one return are both
//    kept, so the checks report them (a repeated child, or two episodes starting on one day).
import { makeIssue, type Issue } from '../checks/issue.ts';
import type { EpisodeRecord, HeaderRecord, Ssda903Data } from './records.ts';

/** One return's parsed tables. */
export interface YearData {
  folder: string;
  headers: HeaderRecord[];
  episodes: EpisodeRecord[];
}

/** Stacks returns (in any order) into one history. */
export function stackYears(years: readonly YearData[], issues: Issue[]): Ssda903Data {
  const ordered = [...years].sort((a, b) => a.folder.localeCompare(b.folder));
  const headers = new Map<string, HeaderRecord[]>();
  const episodes = new Map<string, EpisodeRecord[]>();
  for (const year of ordered) {
    replaceFrom(headers, dropDuplicates(year.headers, headerKey, issues), (h) => h.child);
    replaceFrom(episodes, dropDuplicates(year.episodes, episodeKey, issues), (e) => `${e.child}\u0000${String(e.decom)}`);
  }
  return { headers: [...headers.values()].flat(), episodes: [...episodes.values()].flat() };
}

/** Puts one return's rows into `into`: a key from an earlier return is replaced; one repeated in this return is kept twice. */
function replaceFrom<T>(into: Map<string, T[]>, rows: readonly T[], key: (r: T) => string): void {
  const thisYear = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = thisYear.get(k);
    if (list) list.push(r);
    else thisYear.set(k, [r]);
  }
  for (const [k, list] of thisYear) into.set(k, list);
}

function dropDuplicates<T extends { source: { file: string; row: number } }>(rows: readonly T[], key: (r: T) => string, issues: Issue[]): T[] {
  const seen = new Map<string, number>();
  const out: T[] = [];
  for (const r of rows) {
    const k = key(r);
    const first = seen.get(k);
    if (first !== undefined) {
      issues.push(makeIssue('row-duplicated', { file: r.source.file, row: r.source.row }, { otherRow: String(first) }));
      continue;
    }
    seen.set(k, r.source.row);
    out.push(r);
  }
  return out;
}

function headerKey(h: HeaderRecord): string {
  return [h.child, h.sex, h.dob, h.ethnic, h.upn, h.mother, h.mcDob].join('\u0000');
}

function episodeKey(e: EpisodeRecord): string {
  return [e.child, e.decom, e.rne, e.ls, e.cin, e.place, e.placeProvider, e.dec, e.rec, e.reasonPlaceChange, e.homePost, e.plPost, e.urn].join('\u0000');
}
