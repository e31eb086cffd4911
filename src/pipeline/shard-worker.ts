// The worker thread that reads and checks one share of the children of a folder, or of a stored snapshot's
// files (sharded-check.ts says why).
// It is sent one ShareTask, posts progress after each file and each file's bytes (when asked), then its ShareResult.
// Asked to measure, it then waits for a MeasureRequest and posts its children's results (sharded-measures.ts).
import { createHash } from 'node:crypto';
import { parentPort } from 'node:worker_threads';
import { parseIso, type Day } from '../core/civil-date.ts';
import type { SuppliedTable } from '../ingest/records.ts';
import { readDataFile, readDataFolder, reusingReader } from '../ingest/read-folder.ts';
import { MEASURES } from '../measures/registry.ts';
import { seriesRows } from '../results/compute-series.ts';
import { latestMonthCovered, returnsBegin, returnsEnd } from '../results/data-coverage.ts';
import { dimensionById } from '../results/dimensions/dimensions.ts';
import type { ResultJson } from '../results/result-json.ts';
import { buildTimelines, suppliedTables } from '../timeline/build-timelines.ts';
import type { LaConfig } from '../config/la-config.ts';
import type { UnlinkedSsd, WholeData } from '../measures/measure.ts';
import { wholeDataOf } from '../measures/shared/whole-data.ts';
import type { ChildTimeline } from '../timeline/child-timeline.ts';
import { ssdDepartmentView, type SsdDepartment } from '../timeline/record-views.ts';
import { openSqliteStore } from '../store/sqlite/sqlite-store.ts';
import { ownsItsBuffer } from '../store/source-files.ts';
import { loadFiles, type DataFiles } from './load-folder.ts';
import { shareOf, type ShareResult } from './merge-shards.ts';

/**
 * Where a share reads its files: a folder, or a snapshot of files in a SQLite database (each share opens the
 * database itself and reads the stored files, as `carestats measures --snapshot` reads them on one thread).
 */
export type ShareSource = { dir: string; extractDate?: Day | null } | { db: string; snapshot: number };

/** What a share is asked to do. */
export interface ShareTask {
  source: ShareSource;
  index: number;
  count: number;
  /** Post each file's bytes as read (to be stored): one share only, so each file is sent once. */
  sendBytes: boolean;
  /** Keep the share's records after the check, for a MeasureRequest. */
  thenMeasure: boolean;
}

/** What a share's records say about what to measure, for the shares to be put together as one read. */
export interface MeasureBasis {
  /** The tables with rows, and the latest month the episodes cover. */
  supplied: SuppliedTable[];
  latest: Day | null;
  /** The day the earliest return begins (results/data-coverage.ts returnsBegin). */
  returnsBegin: Day | null;
  /** The day the newest return ends (results/data-coverage.ts returnsEnd). */
  returnsEnd: Day | null;
  /** The SSD CLA episode ids of this share's children (their reviews are linked to a child by it). */
  claIds: string[];
  /** The ssd_department table, whole in every share (it has no child id, so no share splits it). */
  departments: SsdDepartment[];
}

/** What every share is asked to compute, the same for all: the tables are those of the whole folder. */
export interface MeasureRequest {
  supplied: SuppliedTable[];
  whole: WholeData;
  measures: string[];
  monthEnds: Day[];
  /** The breakdowns asked for, by dimension id, in order (none: no breakdown). */
  dimensions: string[];
  /** The whole ssd_department table, which names teams for the breakdowns (MeasureInput.departments). */
  departments: SsdDepartment[];
  /** The day the earliest return of any share begins (MeasureInput.returnsBegin). */
  returnsBegin: Day | null;
  /** The day the newest return ends (MeasureInput.returnsEnd): every share has every return. */
  returnsEnd: Day | null;
  /** The SSD tables whose children are not the 903's, from every share's counts (MeasureInput.unlinkedSsd). */
  unlinkedSsd: UnlinkedSsd[];
}

/** What a share posts back. */
export type FromShare =
  | { kind: 'progress'; done: number; total: number; name: string }
  | { kind: 'bytes'; name: string; bytes: Uint8Array; sha256: string }
  | { kind: 'done'; result: ShareResult; basis: MeasureBasis | null }
  | { kind: 'built'; whole: WholeData }
  | { kind: 'measured'; rows: ResultJson[] };

/** The files of a share's source, and how to let go of it once read. */
function openSource(task: ShareTask): { files: DataFiles; extractDate: Day | null; close: () => void } {
  const { source } = task;
  if ('dir' in source) {
    // The share that sends each file's bytes away reads each into its own buffer; the others reuse one.
    const read = task.sendBytes ? (name: string) => readDataFile(source.dir, name) : reusingReader(source.dir);
    return { files: { ...readDataFolder(source.dir), read }, extractDate: source.extractDate ?? null, close: () => undefined };
  }
  const store = openSqliteStore(source.db, { readOnly: true });
  try {
    const { content, config, summary } = store.loadSnapshot(source.snapshot);
    if (content.kind !== 'files') throw new Error(`Programmer error: snapshot ${String(source.snapshot)} holds records, not files, and cannot be read in shares`);
    // As for a folder: the share that sends the bytes away gets each file in its own buffer, the others reuse one.
    const { files } = content;
    const read = task.sendBytes ? (name: string) => files.read(name) : files.reusingReader();
    // Its files are read as they were at the import, with the date they were extracted.
    return { files: { ...content.files, read, config, issues: [] }, extractDate: parseIso(summary.extractDate), close: () => { store.close(); } };
  } catch (error) {
    store.close();
    throw error;
  }
}

async function run(task: ShareTask, post: (message: FromShare, transfer?: ArrayBuffer[]) => void): Promise<void> {
  const hashes: [string, string][] = [];
  const source = openSource(task);
  const loaded = await loadFiles(
    source.files,
    {
      shard: { index: task.index, count: task.count },
      extractDate: source.extractDate,
      onFile: (done, total, name) => { post({ kind: 'progress', done, total, name }); },
      onBytes: (name, bytes) => {
        const sha256 = createHash('sha256').update(bytes).digest('hex');
        hashes.push([name, sha256]);
        if (!task.sendBytes) return;
        // A buffer that is a whole ArrayBuffer of its own is moved; a slice of Node's pool is copied.
        const sent = ownsItsBuffer(bytes) ? bytes : new Uint8Array(bytes);
        // With its hash, so the snapshot's files are not hashed again (store/source-files.ts).
        post({ kind: 'bytes', name, bytes: sent, sha256 }, [sent.buffer]);
      },
    },
  ).finally(source.close);
  const result = shareOf(loaded, hashes);
  if (!task.thenMeasure) {
    post({ kind: 'done', result, basis: null });
    return;
  }
  const { data, ssd, config } = loaded;
  const supplied = [...suppliedTables(data, ssd, loaded.supplied)];
  const basis = { supplied, returnsBegin: returnsBegin(data), returnsEnd: returnsEnd(data), latest: latestMonthCovered(data), claIds: ssd.claEpisodes.map((e) => e.claId), departments: ssd.departments.map(ssdDepartmentView) };
  post({ kind: 'done', result, basis });
  // The timelines are built when asked, once every share has read its files: a share building them while
  // another still read (each the peak of its memory) took nationally 0.2 GB more at once.
  port?.once('message', () => {
    const timelines = buildTimelines(data, ssd, { consume: true });
    post({ kind: 'built', whole: wholeDataOf(timelines) });
    port.once('message', (request: MeasureRequest) => { post({ kind: 'measured', rows: measured(timelines, config, request) }); });
  });
}

/** This share's children's results, with the tables and whole-data facts of every share. */
function measured(timelines: readonly ChildTimeline[], config: LaConfig | null, request: MeasureRequest): ResultJson[] {
  const measures = request.measures.map((id) => {
    const m = MEASURES.find((x) => x.definition.id === id);
    if (!m) throw new Error(`Programmer error: no measure ${id}`);
    return m;
  });
  const dimensions = request.dimensions.map((id) => {
    const d = dimensionById(id);
    if (!d) throw new Error(`Programmer error: no dimension ${id}`);
    return d;
  });
  return seriesRows(measures, { timelines, config, supplied: new Set(request.supplied), whole: request.whole, departments: request.departments, returnsBegin: request.returnsBegin, returnsEnd: request.returnsEnd, unlinkedSsd: request.unlinkedSsd }, request.monthEnds, dimensions);
}

const port = parentPort;
if (port) {
  port.once('message', (task: ShareTask) => {
    // Left unhandled on purpose: a failure ends the worker, and reaches the parent as its 'error' event.
    void run(task, (message, transfer) => { port.postMessage(message, transfer ?? []); });
  });
}
