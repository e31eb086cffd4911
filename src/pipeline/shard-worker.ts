// The worker thread that reads and checks one share of a folder's children (sharded-check.ts says why).
// It is sent one ShareTask, posts progress after each file and each file's bytes (when asked), then its ShareResult.
// Asked to measure, it then waits for a MeasureRequest and posts its children's results (sharded-measures.ts).
import { createHash } from 'node:crypto';
import { parentPort } from 'node:worker_threads';
import type { Day } from '../core/civil-date.ts';
import type { SuppliedTable } from '../ingest/records.ts';
import { readDataFile, readDataFolder, reusingReader } from '../ingest/read-folder.ts';
import { MEASURES } from '../measures/registry.ts';
import { seriesRows } from '../results/compute-series.ts';
import { latestMonthCovered } from '../results/data-coverage.ts';
import { dimensionById } from '../results/dimensions/dimensions.ts';
import type { ResultJson } from '../results/result-json.ts';
import { buildTimelines, suppliedTables } from '../timeline/build-timelines.ts';
import { loadFiles, type LoadedFolder } from './load-folder.ts';
import { shareOf, type ShareResult } from './merge-shards.ts';

/** What a share is asked to do. */
export interface ShareTask {
  dir: string;
  index: number;
  count: number;
  /** Post each file's bytes as read (to be stored): one share only, so each file is sent once. */
  sendBytes: boolean;
  /** Keep the share's records after the check, for a MeasureRequest. */
  thenMeasure: boolean;
}

/** What a share's records say about what to measure: the tables with rows, and the latest month they cover. */
export interface MeasureBasis {
  supplied: SuppliedTable[];
  latest: Day | null;
}

/** What every share is asked to compute, the same for all: the tables are those of the whole folder. */
export interface MeasureRequest {
  supplied: SuppliedTable[];
  measures: string[];
  monthEnds: Day[];
  dimension: string | null;
}

/** What a share posts back. */
export type FromShare =
  | { kind: 'progress'; done: number; total: number; name: string }
  | { kind: 'bytes'; name: string; bytes: Uint8Array }
  | { kind: 'done'; result: ShareResult; basis: MeasureBasis | null }
  | { kind: 'measured'; rows: ResultJson[] };

async function run(task: ShareTask, post: (message: FromShare, transfer?: ArrayBuffer[]) => void): Promise<void> {
  const folder = readDataFolder(task.dir);
  const hashes: [string, string][] = [];
  // The share that sends each file's bytes away reads each into its own buffer; the others reuse one.
  const read = task.sendBytes ? (name: string) => readDataFile(task.dir, name) : reusingReader(task.dir);
  const loaded = await loadFiles(
    { ...folder, read },
    {
      shard: { index: task.index, count: task.count },
      onFile: (done, total, name) => { post({ kind: 'progress', done, total, name }); },
      onBytes: (name, bytes) => {
        hashes.push([name, createHash('sha256').update(bytes).digest('hex')]);
        if (!task.sendBytes) return;
        // A buffer that is a whole ArrayBuffer of its own is moved; a slice of Node's pool is copied.
        const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
        const sent = own ? bytes : new Uint8Array(bytes);
        post({ kind: 'bytes', name, bytes: sent }, [sent.buffer as ArrayBuffer]);
      },
    },
  );
  const result = shareOf(loaded, hashes);
  if (!task.thenMeasure) {
    post({ kind: 'done', result, basis: null });
    return;
  }
  post({ kind: 'done', result, basis: { supplied: [...suppliedTables(loaded.data, loaded.ssd, loaded.supplied)], latest: latestMonthCovered(loaded.data) } });
  port?.once('message', (request: MeasureRequest) => { post({ kind: 'measured', rows: measured(loaded, request) }); });
}

/** This share's children's results; the timelines consume the records, as on one thread (cli/load-source.ts). */
function measured(loaded: LoadedFolder, request: MeasureRequest): ResultJson[] {
  const measures = request.measures.map((id) => {
    const m = MEASURES.find((x) => x.definition.id === id);
    if (!m) throw new Error(`Programmer error: no measure ${id}`);
    return m;
  });
  const dimension = request.dimension === null ? null : (dimensionById(request.dimension) ?? null);
  const input = { timelines: buildTimelines(loaded.data, loaded.ssd, { consume: true }), config: loaded.config, supplied: new Set(request.supplied) };
  return seriesRows(measures, input, request.monthEnds, dimension);
}

const port = parentPort;
if (port) {
  port.once('message', (task: ShareTask) => {
    // Left unhandled on purpose: a failure ends the worker, and reaches the parent as its 'error' event.
    void run(task, (message, transfer) => { port.postMessage(message, transfer ?? []); });
  });
}
