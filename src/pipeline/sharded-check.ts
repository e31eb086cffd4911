// Reads and checks a folder on several threads at once, for commands that need only the issues and the
// counts (validate, import), not the records.
//
// Why: a national extract (890 MB, half a million children) took about a minute to read and check on one
// thread. Every check is about one child's rows, so the children are split into shares by a hash of their id
// (ingest/shard.ts Shard): each share's thread reads every file but types and checks only its own
// children's rows, and merge-shards.ts puts the shares' findings together as one read would have found them.
// Two shares at most: each holds its own part of the records plus a file's bytes, and more shares would
// take more memory for less gain (each still parses every file).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { TABLES_903 } from '../ingest/fields-903.ts';
import { TABLES_SSD } from '../ingest/fields-ssd.ts';
import { hasChildId } from '../ingest/fields.ts';
import { readDataFolder } from '../ingest/read-folder.ts';
import { collectSourceFiles } from '../store/source-files.ts';
import type { SnapshotFiles } from '../store/store.ts';
import { loadFolder, type LoadOptions } from './load-folder.ts';
import { mergeShares, shareOf, type MergedShares } from './merge-shards.ts';
import type { FromShare, ShareTask } from './shard-worker.ts';

/** Options: progress and each file's bytes as for loadFolder, and how many shares (default: sharesFor). */
export interface CheckOptions extends Omit<LoadOptions, 'shard'> {
  shares?: number;
}

/** Below this many bytes of data files a folder is read on one thread: starting threads would cost more than it saves. */
export const SHARDED_FROM_BYTES = 64 * 1024 * 1024;

/** The most shares a folder is read in (see above: more would take more memory for less gain). */
export const MAX_SHARES = 2;

/** How many shares to read a folder of this size in: 2 where there are two cores and enough to read, else 1. */
export function sharesFor(bytes: number): number {
  return bytes >= SHARDED_FROM_BYTES ? Math.min(MAX_SHARES, availableParallelism()) : 1;
}

/**
 * Each share's young generation, in MB. V8's default let each thread's grow to 134 MB; nationally, two shares
 * at 32 MB peaked at 3.80 GB against 3.96 GB, in the same time (16 MB was lower still but 10% slower).
 */
const YOUNG_GENERATION_MB = 32;

/** Summary counts the shares split between them: tables with a child id (the rest each share counts whole). */
export const SPLIT_KEYS: ReadonlySet<string> = new Set([
  ...Object.values(TABLES_903).filter((t) => hasChildId(t.fields)).map((t) => t.key),
  ...Object.values(TABLES_SSD).filter((t) => hasChildId(t.fields)).map((t) => `ssd.${t.key}`),
]);

/** Reads and checks a folder, in shares on several threads when it is large enough (see above). */
export async function checkFolder(dir: string, options: CheckOptions = {}): Promise<MergedShares> {
  const shares = options.shares ?? sharesFor(readDataFolder(dir).bytes);
  if (shares <= 1) {
    const loaded = await loadFolder(dir, options);
    return mergeShares([shareOf(loaded, [])], SPLIT_KEYS);
  }
  const threads: ShareThread[] = [];
  try {
    // Every thread started before any is waited for: were starting one to fail, none is yet awaited
    // (a share's promise rejecting unheard would end the process), and `finally` ends those started.
    const progress = shareProgress(shares, options.onFile);
    for (let index = 0; index < shares; index += 1) threads.push(shareThread({ source: { dir, extractDate: options.extractDate ?? null }, index, count: shares, sendBytes: index === 0 && options.onBytes !== undefined, thenMeasure: false }, options, progress(index)));
    const results = await Promise.all(threads.map(async (t) => (await t.next('done')).result));
    return mergeShares(results, SPLIT_KEYS);
  } finally {
    // However the shares ended (one failing leaves the others running), no thread is left to keep the process alive.
    await endThreads(threads);
  }
}

/** Progress over all the shares: a file is done when every share has read it. */
function shareProgress(shares: number, onFile: CheckOptions['onFile']): (index: number) => (done: number, total: number, name: string) => void {
  const done = new Array<number>(shares).fill(0);
  let reported = 0;
  return (index) => (count, total, name) => {
    done[index] = count;
    const least = Math.min(...done);
    if (least > reported) {
      reported = least;
      onFile?.(least, total, name);
    }
  };
}

/** A share's thread: progress and bytes handed on as they come, and what it posts besides awaited by kind. */
export interface ShareThread {
  worker: Worker;
  next<K extends 'done' | 'built' | 'measured'>(kind: K): Promise<Extract<FromShare, { kind: K }>>;
}

/** Starts a share's thread on its task. */
export function shareThread(task: ShareTask, options: Pick<CheckOptions, 'onBytes'>, onFile: (done: number, total: number, name: string) => void, oldGenerationMb?: number): ShareThread {
  const limits = { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, ...(oldGenerationMb === undefined ? {} : { maxOldGenerationSizeMb: oldGenerationMb }) };
  const worker = new Worker(new URL('./shard-worker.ts', import.meta.url), { resourceLimits: limits });
  const arrived = new Map<string, FromShare>();
  const waiting = new Map<string, { resolve: (message: FromShare) => void; reject: (error: Error) => void }>();
  let failure: Error | null = null;
  const fail = (error: unknown) => {
    failure ??= error instanceof Error ? error : new Error(String(error));
    for (const w of waiting.values()) w.reject(failure);
    waiting.clear();
  };
  worker.on('message', (message: FromShare) => {
    if (message.kind === 'progress') onFile(message.done, message.total, message.name);
    else if (message.kind === 'bytes') options.onBytes?.(message.name, Buffer.from(message.bytes.buffer, message.bytes.byteOffset, message.bytes.byteLength), message.sha256);
    else {
      const w = waiting.get(message.kind);
      waiting.delete(message.kind);
      if (w) w.resolve(message);
      else arrived.set(message.kind, message);
    }
  });
  worker.on('error', fail);
  worker.on('exit', (code) => { fail(new Error(`A thread working on a share of the data stopped (exit code ${String(code)}) before it finished.`)); });
  worker.postMessage(task);
  return {
    worker,
    next: <K extends 'done' | 'built' | 'measured'>(kind: K) => new Promise<Extract<FromShare, { kind: K }>>((resolve, reject) => {
      const message = arrived.get(kind);
      arrived.delete(kind);
      if (message) resolve(message as Extract<FromShare, { kind: K }>);
      else if (failure !== null) reject(failure);
      else waiting.set(kind, { resolve: (m) => { resolve(m as Extract<FromShare, { kind: K }>); }, reject });
    }),
  };
}

/** Ends the threads, however their shares ended: none is left to keep the process alive. */
export async function endThreads(threads: readonly ShareThread[]): Promise<void> {
  await Promise.all(threads.map((t) => t.worker.terminate()));
}

/** A folder checked for an import, and what to store (null when an error blocks storing). */
export interface FolderForImport {
  checked: MergedShares;
  toStore: SnapshotFiles | null;
}

/**
 * Checks a folder as checkFolder does, keeping each file's bytes as read for the snapshot (hashed and
 * compressed on another thread: store/source-files.ts), so the snapshot holds exactly what was checked. That
 * thread is ended however the reading ends: left running, it would keep the process from exiting.
 */
export async function checkFolderForImport(dir: string, options: Omit<CheckOptions, 'onBytes'> = {}): Promise<FolderForImport> {
  const collector = collectSourceFiles();
  try {
    const checked = await checkFolder(dir, { ...options, onBytes: collector.add });
    return { checked, toStore: checked.ok ? { files: await collector.finish(), summary: checked.summary } : null };
  } finally {
    await collector.cancel();
  }
}
