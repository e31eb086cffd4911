// The worker thread that reads and checks one share of a folder's children (sharded-check.ts says why).
// It is sent one ShareTask, posts progress after each file and each file's bytes (when asked), then its ShareResult.
import { createHash } from 'node:crypto';
import { parentPort } from 'node:worker_threads';
import { readDataFile, readDataFolder, reusingReader } from '../ingest/read-folder.ts';
import { loadFiles } from './load-folder.ts';
import { shareOf, type ShareResult } from './merge-shards.ts';

/** What a share is asked to do. */
export interface ShareTask {
  dir: string;
  index: number;
  count: number;
  /** Post each file's bytes as read (to be stored): one share only, so each file is sent once. */
  sendBytes: boolean;
}

/** What a share posts back. */
export type FromShare =
  | { kind: 'progress'; done: number; total: number; name: string }
  | { kind: 'bytes'; name: string; bytes: Uint8Array }
  | { kind: 'done'; result: ShareResult };

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
  post({ kind: 'done', result });
}

const port = parentPort;
if (port) {
  port.once('message', (task: ShareTask) => {
    // Left unhandled on purpose: a failure ends the worker, and reaches the parent as its 'error' event.
    void run(task, (message, transfer) => { port.postMessage(message, transfer ?? []); });
  });
}
