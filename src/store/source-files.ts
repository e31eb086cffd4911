// A snapshot holds the council's files exactly as they were imported, compressed, rather than the records
// read from them. Why: writing 16.8 million records as JSON was half a national import's time (about 60 s of
// 116 s) and made a 2.9 GB database; the files compress to about a quarter of their size (zstd level 1 runs
// at about 280 MB/s). Keeping the files is also the better audit trail (a snapshot is what the council sent,
// byte for byte), and a snapshot read back goes through today's ingest and checks.
//
// Hashing and compressing run on a worker thread, so on another core while the ingest parses (a file once it
// is decoded, while its last piece or the next file is parsed). On the main thread they slowed a national
// import from 48 s to 73 s: not the work itself (about 4 s) but the buffers it allocates outside the
// JavaScript heap, which make V8 collect its 3 GB heap again and again. For the same
// reason the worker keeps the compressed parts (206 MB nationally) until `finish` asks for them all at once.
// A file read in shares (pipeline/sharded-check.ts) comes with the hash the share worked out as it read it, so
// it is not hashed twice (about half a second of a national import).
import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { zstdDecompressSync } from 'node:zlib';
import type { ToWorker } from './compress-worker.ts';

/** The codec of stored file parts. */
export const CODEC = 'zstd';


/** Bytes of a file per stored part: a national table is a few parts, each well under SQLite's blob limit. */
export const PART_BYTES = 16 * 1024 * 1024;

/** One data file of a snapshot: its path in the folder (/ separators), size, SHA-256 and compressed parts. */
export interface SourceFile {
  name: string;
  bytes: number;
  sha256: string;
  /** The file's bytes in order, each part of at most PART_BYTES compressed with CODEC. */
  parts: StoredPart[];
}

/** One compressed part of a file and its size before compression. */
export interface StoredPart {
  bytes: number;
  content: Uint8Array;
}

/**
 * Collects a folder's files as they are read (`add` each once the ingest is done with it: its bytes are moved
 * to the worker, not copied, and cannot be used after), then `finish` gives them, hashed and compressed.
 * A running worker keeps the process alive, so every collector ends with `finish` or `cancel`.
 */
export function collectSourceFiles() {
  let worker: Worker | null = null;
  let files: SourceFile[] | null = null;
  let failed: Error | null = null;
  let settle: (() => void) | null = null;
  const start = (): Worker => {
    const w = new Worker(new URL('./compress-worker.ts', import.meta.url));
    w.on('message', (all: SourceFile[]) => {
      files = all;
      settle?.();
    });
    w.on('error', (error: Error) => {
      failed = error;
      settle?.();
    });
    return w;
  };
  return {
    /** `sha256`, when given, is the hash of exactly these bytes (a share that read them worked it out). */
    add: (name: string, bytes: Uint8Array, sha256?: string): void => {
      worker ??= start();
      // A buffer that is a whole ArrayBuffer of its own is moved; a slice of a shared one (Node pools small
      // buffers) is copied.
      const own = ownsItsBuffer(bytes);
      const message: ToWorker = { kind: 'file', name, bytes: own ? bytes : new Uint8Array(bytes), ...(sha256 === undefined ? {} : { sha256 }) };
      worker.postMessage(message, own ? [bytes.buffer] : []);
    },
    /** Every file added, in the order added. */
    finish: async (): Promise<SourceFile[]> => {
      if (worker === null) return [];
      const w = worker;
      const arrived = new Promise<void>((resolve) => (settle = resolve));
      const message: ToWorker = { kind: 'finish' };
      w.postMessage(message);
      await arrived;
      worker = null;
      await w.terminate();
      if (failed) throw failed;
      if (files === null) throw new Error('Programmer error: the compression worker ended without the files.');
      return files;
    },
    /** Stops the worker and drops what it holds (a folder that will not be stored); safe to call twice. */
    cancel: async (): Promise<void> => {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}

/**
 * Puts stored files back together as restoreFile does, each into one buffer reused from file to file (valid
 * until the next file is restored), for a reader done with each file before it reads the next. Each part's
 * decompressed buffer is freed as soon as it is copied (and a reader that owns the parts frees them with
 * `releaseParts`): buffers outside the JavaScript heap made V8 collect a share's heap again and again, and a
 * share reading a national snapshot spent 43% of its time collecting, where reading the folder (one reused
 * buffer) spent 20-26% (pipeline/shard-worker.ts).
 */
export function reusingRestorer(): (name: string, parts: readonly StoredPart[]) => Buffer {
  let scratch = Buffer.alloc(0);
  return (name, parts) => {
    for (const p of parts) checkPartSize(name, p);
    const size = parts.reduce((s, p) => s + p.bytes, 0);
    if (scratch.length < size) scratch = Buffer.allocUnsafeSlow(Math.max(size, Math.floor(scratch.length * 1.5)));
    let at = 0;
    for (const p of parts) {
      const raw = decompressPart(name, p);
      raw.copy(scratch, at);
      at += raw.length;
      // The part's own buffer, freed unless it is a slice of Node's shared pool (a small part).
      if (raw.byteOffset === 0 && raw.buffer instanceof ArrayBuffer && raw.buffer.byteLength === raw.length + 1 && raw.length >= 1024 * 1024) raw.buffer.transfer(0);
    }
    return scratch.subarray(0, size);
  };
}

/** Frees parts' compressed bytes now: for a reader that read them for itself and is done with them. */
export function releaseParts(parts: readonly StoredPart[]): void {
  for (const p of parts) free(p.content);
}

/**
 * Whether `bytes` is the whole of an ArrayBuffer of its own, so it can be moved to another thread or freed; a
 * slice of Node's shared pool (small buffers) is not, nor is shared memory.
 */
export function ownsItsBuffer(bytes: Uint8Array): bytes is Uint8Array<ArrayBuffer> {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
}

/** Frees a buffer's memory now, if it owns its buffer. */
function free(bytes: Uint8Array): void {
  if (ownsItsBuffer(bytes)) bytes.buffer.transfer(0);
}

/**
 * Decompresses one part, checking its size. Into one buffer a byte larger than the part: zlib's default 16 KB
 * chunks made each part a thousand buffers outside the heap put together (25% slower), and a chunk of exactly
 * the part's size made zlib allocate a second one, unused, of the same size. A size no part can have is
 * damage, said as such rather than as a failure to allocate it.
 */
function decompressPart(name: string, p: StoredPart): Buffer {
  checkPartSize(name, p);
  const raw = zstdDecompressSync(p.content, { chunkSize: Math.max(64, p.bytes + 1) });
  if (raw.length !== p.bytes) throw damagedPart(name, p, String(raw.length));
  return raw;
}

function checkPartSize(name: string, p: StoredPart): void {
  if (!Number.isSafeInteger(p.bytes) || p.bytes < 0 || p.bytes > PART_BYTES) throw damagedPart(name, p, `at most ${String(PART_BYTES)}`);
}

function damagedPart(name: string, p: StoredPart, holds: string): Error {
  return new Error(`The stored file ${name} is damaged: a part holds ${holds} bytes, not ${String(p.bytes)}.`);
}

/** Puts a stored file back together from its compressed parts, checking its size. */
export function restoreFile(name: string, parts: readonly StoredPart[]): Buffer {
  const pieces = parts.map((p) => decompressPart(name, p));
  return pieces.length === 1 && pieces[0] ? pieces[0] : Buffer.concat(pieces);
}

/**
 * The SHA-256 that identifies a snapshot: every file's name, size and own SHA-256, in name order, then the
 * configuration. The same files give the same hash, whatever their compression or the order they were read.
 */
export function filesContentHash(files: readonly Pick<SourceFile, 'name' | 'bytes' | 'sha256'>[], configJson: string | null): string {
  const hash = createHash('sha256');
  for (const f of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    hash.update(`file\u0000${f.name}\u0000${String(f.bytes)}\u0000${f.sha256}\n`);
  }
  hash.update(`config\u0000${configJson ?? 'null'}`);
  return hash.digest('hex');
}
