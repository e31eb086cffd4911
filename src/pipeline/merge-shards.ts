// Puts together what the shares of a sharded read found (sharded-check.ts): pure, so it is tested on its own.
//
// Each share read every file but typed and checked only its own children's rows (ingest/shard.ts Shard).
// Each share keeps apart what it found about the folder and files (a heading, a repeated table, an empty file:
// every share finds these alike, so they are taken from the first) and what it found in its own children's
// rows (kept from every share). Each column's counted notes are added up across the shares, as one read would
// have counted them.
import { makeIssue, sortIssues, type Issue } from '../checks/issue.ts';
import { addSsdChildCounts, ssdChildIssues, ssdEchoes, type SsdChildCounts } from '../checks/ssd-children.ts';
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
  /** About the folder and its files: every share finds these alike. */
  commonIssues: Issue[];
  /** About this share's own children's rows. */
  childIssues: Issue[];
  countedNotes: CountedNote[];
  /** This share's children in the SSD tables, counted (checks/ssd-children.ts), or null when the 903 could not be checked. */
  ssdChildren?: SsdChildCounts | null;
  /** Whether the issues have the findings of `ssdChildren` already (a whole read's), or they are made from the shares' sum. */
  ssdFound?: boolean;
  /** Each file as this share read it: name and SHA-256, in the order read. */
  hashes: [string, string][];
}

/** What a share found, from its read (`hashes`: each file's SHA-256 as read; none for a whole read). */
export function shareOf(loaded: LoadedFolder, hashes: [string, string][]): ShareResult {
  return {
    ...(loaded.share ?? { commonIssues: loaded.issues, childIssues: [], countedNotes: [] }), ssdChildren: loaded.ssdChildren, ssdFound: loaded.share === null, tables: loaded.tables, supplied: loaded.supplied,
    returns: loaded.data.returns, config: loaded.config, bytes: loaded.bytes, summary: summariseRecords(loaded), hashes,
  };
}

/** The shares put together: as one read of the whole folder would have found. */
export interface MergedShares extends FolderFindings {
  ok: boolean;
  issues: Issue[];
  /** The shares' SSD children added up (checks/ssd-children.ts; a whole read's own counts), for the measures; null when the 903 was not checked or no SSD table was read. */
  ssdChildren: SsdChildCounts | null;
}

/**
 * Merges the shares' results. `splitKeys` are the summary counts that the shares split between them (tables
 * with a child id); any other count (the returns, the departments) every share counted whole.
 */
export function mergeShares(shares: readonly ShareResult[], splitKeys: ReadonlySet<string>): MergedShares {
  const first = shares[0];
  if (!first) throw new Error('Programmer error: no shares to merge');
  // The files' issues from the first share (the others found the same), every share's own children's, and what
  // the shares' SSD children added up show (their echoes in the children's left out).
  const counted = shares.flatMap((s) => (s.ssdChildren ? [s.ssdChildren] : []));
  const ssd = counted.length === 0 ? null : counted.length === 1 ? (counted[0] ?? null) : addSsdChildCounts(counted);
  const toMake = ssd !== null && !first.ssdFound;
  const echo = toMake ? ssdEchoes(ssd) : () => false;
  const issues = [
    ...changedFiles(shares), ...first.commonIssues, ...(toMake ? ssdChildIssues(ssd) : []), ...shares.flatMap((s) => s.childIssues.filter((i) => !echo(i))),
    ...addedNotes(shares.flatMap((s) => s.countedNotes)).map(countedNoteIssue),
  ];
  const sorted = sortIssues(issues);
  const counts: Record<string, number> = {};
  for (const [key, n] of Object.entries(first.summary.counts)) {
    counts[key] = splitKeys.has(key) ? shares.reduce((sum, s) => sum + (s.summary.counts[key] ?? 0), 0) : n;
  }
  // Each child is in one share only, so the shares' children and episodes add up.
  const summary = { counts, children: sum(shares, (s) => s.summary.children), episodes: sum(shares, (s) => s.summary.episodes) };
  return { ok: !sorted.some((i) => i.severity === 'error'), issues: sorted, ssdChildren: ssd, tables: first.tables, supplied: first.supplied, returns: first.returns, config: first.config, bytes: first.bytes, summary };
}

function sum(shares: readonly ShareResult[], of: (s: ShareResult) => number): number {
  return shares.reduce((total, s) => total + of(s), 0);
}

/** Each column's counted notes from every share as one: counts added, reported at the first row that did it. */
export function addedNotes(notes: readonly CountedNote[]): CountedNote[] {
  const byColumn = new Map<string, CountedNote>();
  for (const n of notes) {
    const key = JSON.stringify([n.file, n.id, n.column]);
    const seen = byColumn.get(key);
    if (!seen) byColumn.set(key, { ...n });
    else {
      seen.count += n.count;
      if (n.order < seen.order) Object.assign(seen, { row: n.row, value: n.value, order: n.order });
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
