// Puts together what the shares of a sharded read found (sharded-check.ts): pure, so it is tested on its own.
//
// Each share read every file but typed and checked only its own children's rows (ingest/type-table.ts Shard),
// so an issue about a row or a child was found by one share alone, while an issue about a file or the folder
// (a heading, a repeated table, an empty file) was found by every share alike. Each column's counted notes are
// added up across the shares, as one read would have counted them.
import { makeIssue, sortIssues, type Issue } from '../checks/issue.ts';
import type { LaConfig } from '../config/la-config.ts';
import type { TableRead } from '../ingest/ingest.ts';
import type { ReturnInfo, SuppliedTable } from '../ingest/records.ts';
import { countedNoteIssue, type CountedNote } from '../ingest/type-table.ts';
import { summariseRecords, type RecordSummary } from '../store/store.ts';
import type { LoadedFolder } from './load-folder.ts';

/** What a read of a folder found besides its issues: the same in every share, but for the summary. */
interface FolderFindings {
  /** Which file held which table, with all its rows. */
  tables: TableRead[];
  supplied: SuppliedTable[];
  returns: ReturnInfo[];
  config: LaConfig | null;
  bytes: number;
  /** The records counted (summariseRecords): in a share, its own children's. */
  summary: RecordSummary;
}

/** What one share of a sharded read found. */
export interface ShareResult extends FolderFindings {
  issues: Issue[];
  countedNotes: CountedNote[];
  /** Each file as this share read it: name and SHA-256, in the order read. */
  hashes: [string, string][];
}

/** What a share found, from its read (`hashes`: each file's SHA-256 as read; none for a whole read). */
export function shareOf(loaded: LoadedFolder, hashes: [string, string][]): ShareResult {
  return {
    issues: loaded.issues, countedNotes: loaded.countedNotes, tables: loaded.tables, supplied: loaded.supplied, returns: loaded.data.returns,
    config: loaded.config, bytes: loaded.bytes, summary: summariseRecords(loaded), hashes,
  };
}

/** The shares put together: as one read of the whole folder would have found. */
export interface MergedShares extends FolderFindings {
  ok: boolean;
  issues: Issue[];
}

/**
 * Merges the shares' results. `splitKeys` are the summary counts that the shares split between them (tables
 * with a child id); any other count (the returns, the departments) every share counted whole.
 */
export function mergeShares(shares: readonly ShareResult[], splitKeys: ReadonlySet<string>): MergedShares {
  const first = shares[0];
  if (!first) throw new Error('Programmer error: no shares to merge');
  const issues = [...changedFiles(shares), ...issuesOnce(shares.map((s) => s.issues)), ...addedNotes(shares.flatMap((s) => s.countedNotes)).map(countedNoteIssue)];
  const sorted = sortIssues(issues);
  const counts: Record<string, number> = {};
  for (const [key, n] of Object.entries(first.summary.counts)) {
    counts[key] = splitKeys.has(key) ? shares.reduce((sum, s) => sum + (s.summary.counts[key] ?? 0), 0) : n;
  }
  // Each child is in one share only, so the shares' children and episodes add up.
  const summary = { counts, children: sum(shares, (s) => s.summary.children), episodes: sum(shares, (s) => s.summary.episodes) };
  return { ok: !sorted.some((i) => i.severity === 'error'), issues: sorted, tables: first.tables, supplied: first.supplied, returns: first.returns, config: first.config, bytes: first.bytes, summary };
}

function sum(shares: readonly ShareResult[], of: (s: ShareResult) => number): number {
  return shares.reduce((total, s) => total + of(s), 0);
}

/**
 * Every share's issues, with those every share found alike kept once. An issue that only some shares found
 * is about their own rows and is kept from each; one found by all, as many times by each, is about the
 * files. (Counts in a list: a file-level issue can rightly appear twice, as two separate problems.)
 */
export function issuesOnce(lists: readonly (readonly Issue[])[]): Issue[] {
  const tallies = lists.map((list) => {
    const tally = new Map<string, number>();
    for (const i of list) tally.set(keyOf(i), (tally.get(keyOf(i)) ?? 0) + 1);
    return tally;
  });
  // How many of each issue every share found: kept from the first share, and that many dropped from each other.
  const shared = new Map<string, number>();
  for (const [key] of tallies[0] ?? []) {
    const least = Math.min(...tallies.map((t) => t.get(key) ?? 0));
    if (least > 0) shared.set(key, least);
  }
  return lists.flatMap((list, s) => {
    if (s === 0) return [...list];
    const drop = new Map(shared);
    return list.filter((i) => {
      const key = keyOf(i);
      const left = drop.get(key) ?? 0;
      if (left === 0) return true;
      drop.set(key, left - 1);
      return false;
    });
  });
}

function keyOf(i: Issue): string {
  return JSON.stringify([i.id, i.file, i.row, i.column, i.value, i.message]);
}

/** Each column's counted notes from every share as one: counts added, reported at the earliest row. */
export function addedNotes(notes: readonly CountedNote[]): CountedNote[] {
  const byColumn = new Map<string, CountedNote>();
  for (const n of notes) {
    const key = JSON.stringify([n.file, n.id, n.column]);
    const seen = byColumn.get(key);
    if (!seen) byColumn.set(key, { ...n });
    else {
      seen.count += n.count;
      if (n.row < seen.row) Object.assign(seen, { row: n.row, value: n.value });
    }
  }
  return [...byColumn.values()];
}

/**
 * An error for each file that the shares did not read alike (changed on disk while being read): the check
 * of one version and the snapshot of another must never be stored together.
 */
function changedFiles(shares: readonly ShareResult[]): Issue[] {
  const first = new Map(shares[0]?.hashes ?? []);
  const changed = new Set<string>();
  for (const s of shares.slice(1)) {
    const mine = new Map(s.hashes);
    for (const [name, hash] of mine) if (first.get(name) !== hash) changed.add(name);
    for (const name of first.keys()) if (!mine.has(name)) changed.add(name);
  }
  return [...changed].sort().map((file) => makeIssue('file-changed-during-reading', { file }));
}
