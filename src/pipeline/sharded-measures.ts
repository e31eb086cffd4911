// Reads, checks and computes measures for a large folder in shares of its children, each on its own thread,
// for `carestats measures`.
//
// Why: nationally (890 MB, half a million children) reading the folder took over a minute on one thread and
// the measures with breakdowns as long again. Each share's thread reads and checks its own children's rows as
// sharded-check.ts does, builds their timelines and computes every measure over them. Given what only the
// whole data say (the tables with rows, measures/shared/whole-data.ts), every measure is about one child at a
// time, so results/merge-result-rows.ts adds the shares' results up to what one computation over every child
// gives. Each thread holds only its own children's records, so the two together take about
// the memory one thread took.
import { unlinkedSsdTables } from '../checks/ssd-children.ts';
import { getHeapStatistics } from 'node:v8';
import type { Day } from '../core/civil-date.ts';
import type { SuppliedTable } from '../ingest/records.ts';
import type { Measure } from '../measures/measure.ts';
import type { Dimension } from '../results/dimensions/dimensions.ts';
import { mergeWholeData } from '../measures/shared/whole-data.ts';
import { listedGroupsOf, mergeResultRows } from '../results/merge-result-rows.ts';
import type { ResultJson } from '../results/result-json.ts';
import { mergeShares, type MergedShares } from './merge-shards.ts';
import { endThreads, shareThread, SPLIT_KEYS, type ShareThread } from './sharded-check.ts';
import type { ShareSource } from './shard-worker.ts';

/**
 * Each share's old generation, in MB: the shares together get the heap one thread would have had. Left to
 * V8's default (each thread as much as one alone), the shares' heaps each grew with garbage as they built
 * their timelines, and nationally the two peaked at 6.1 GB where one thread peaked at 3.7 GB; capped, at 3.8 GB, they
 * collect sooner. Each share's live records are about half of one thread's, so a folder that fits one thread
 * fits its shares.
 */
function oldGenerationMb(shares: number): number {
  return Math.floor(getHeapStatistics().heap_size_limit / (1024 * 1024) / shares);
}

/** Each share's memory: its old generation in MB (default: the heap one thread would have, over the shares). */
export interface ShareLimits {
  oldGenerationMb?: number;
}

/**
 * Whether measureInShares failed because a share ran out of its memory: the shares each have part of one
 * thread's heap, so children whose records are unevenly large, or more garbage than expected, can fill a
 * share's part where one thread with the whole heap would not run out.
 */
export function isShareOutOfMemory(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ERR_WORKER_OUT_OF_MEMORY';
}

/** What to compute, chosen once the folder is checked: the month ends can depend on the latest month the data cover. */
export interface MeasurePlan {
  measures: readonly Measure[];
  monthEnds: readonly Day[];
  /** The breakdowns, in order: each result comes once per dimension, broken down by it; none for no breakdown. */
  dimensions: readonly Dimension[];
}

/**
 * A folder (or a snapshot's files) read and checked in shares, and its results: null when an error blocks
 * using it or nothing was asked, 'use-one-thread' when the shares cannot give one read's figures (see below).
 */
export interface MeasuredShares {
  checked: MergedShares;
  rows: ResultJson[] | null | 'use-one-thread';
}

/**
 * Reads and checks the folder or snapshot in `shares` shares, hands the findings to `onChecked` and, if nothing blocks
 * using it, asks `plan` what to compute given the latest month end the data cover (null without episodes) and
 * computes it in the same shares. An SSD CLA episode id that children of two shares both have links its
 * reviews (ssd_cla_reviews has no child id) in each share to that share's child, where one read links them to
 * one child: such data are left for one thread, without calling `onChecked`, so the findings are shown once.
 */
export async function measureInShares(source: ShareSource, shares: number, plan: (latest: Day | null, ends: Day | null) => MeasurePlan | null, onChecked: (checked: MergedShares) => void = () => undefined, limits: ShareLimits = {}): Promise<MeasuredShares> {
  const threads: ShareThread[] = [];
  const oldMb = limits.oldGenerationMb ?? oldGenerationMb(shares);
  try {
    for (let index = 0; index < shares; index += 1) threads.push(shareThread({ source, index, count: shares, sendBytes: false, thenMeasure: true }, {}, () => undefined, oldMb));
    const done = await Promise.all(threads.map((t) => t.next('done')));
    const checked = mergeShares(done.map((d) => d.result), SPLIT_KEYS);
    const bases = done.map((d) => {
      if (!d.basis) throw new Error('Programmer error: a share asked to measure sent no basis');
      return d.basis;
    });
    if (checked.ok && claIdsShared(bases.map((b) => b.claIds))) return { checked, rows: 'use-one-thread' };
    onChecked(checked);
    if (!checked.ok) return { checked, rows: null };
    // The latest month any share's data cover, and every table any share has rows of, as one read would find.
    const latest = bases.reduce<Day | null>((l, b) => (b.latest === null ? l : l === null ? b.latest : Math.max(l, b.latest)), null);
    // Every share has every return, so any share's newest return's end is the folder's.
    const ends = bases[0]?.returnsEnd ?? null;
    const chosen = plan(latest, ends);
    const begins = bases.reduce<Day | null>((f, b) => (b.returnsBegin === null ? f : f === null ? b.returnsBegin : Math.min(f, b.returnsBegin)), null);
    if (chosen === null) return { checked, rows: null };
    const supplied = [...new Set<SuppliedTable>(bases.flatMap((b) => b.supplied))];
    for (const t of threads) t.worker.postMessage('build');
    const built = await Promise.all(threads.map((t) => t.next('built')));
    // ssd_department has no child id, so every share read it whole: one share's is the folder's, given to all.
    const departments = bases[0]?.departments ?? [];
    const request = {
      supplied, whole: mergeWholeData(built.map((b) => b.whole)), measures: chosen.measures.map((m) => m.definition.id), monthEnds: [...chosen.monthEnds],
      dimensions: chosen.dimensions.map((d) => d.id), departments, returnsBegin: begins, returnsEnd: ends,
      unlinkedSsd: checked.ssdChildren ? unlinkedSsdTables(checked.ssdChildren) : [],
    };
    for (const t of threads) t.worker.postMessage(request);
    const rows = await Promise.all(threads.map(async (t) => (await t.next('measured')).rows));
    const listed = listedGroupsOf(chosen.dimensions, { timelines: [], config: checked.config, supplied: new Set(supplied), departments });
    return { checked, rows: mergeResultRows(rows, new Map(chosen.measures.map((m) => [m.definition.id, m.definition])), listed) };
  } finally {
    await endThreads(threads);
  }
}

/** Whether any CLA episode id is in more than one share's list. */
function claIdsShared(lists: readonly (readonly string[])[]): boolean {
  const owner = new Map<string, number>();
  for (const [share, ids] of lists.entries()) {
    for (const id of ids) {
      const seen = owner.get(id);
      if (seen !== undefined && seen !== share) return true;
      owner.set(id, share);
    }
  }
  return false;
}
