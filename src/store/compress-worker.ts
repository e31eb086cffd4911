// The worker thread that hashes and compresses an import's files (source-files.ts says why it is a thread).
// It is sent { name, bytes } for each file and answers each with its SourceFile, in order.
import { createHash } from 'node:crypto';
import { parentPort } from 'node:worker_threads';
import { constants, zstdCompressSync } from 'node:zlib';
import { PART_BYTES, type SourceFile, type StoredPart } from './source-files.ts';

/** A message to the worker: a file to hash and compress. */
export interface ToWorker {
  name: string;
  bytes: Uint8Array;
}

// Level 1 gives level 3's ratio on these files (about 3.7 times) at one and a half times the speed.
const OPTIONS = { params: { [constants.ZSTD_c_compressionLevel]: 1 } };

/** Hashes a file and compresses it in parts of PART_BYTES (an empty file is one empty part). */
export function packFile(name: string, bytes: Uint8Array): SourceFile {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const parts: StoredPart[] = [];
  for (let at = 0; at < bytes.length || parts.length === 0; at += PART_BYTES) {
    const raw = bytes.subarray(at, at + PART_BYTES);
    parts.push({ bytes: raw.length, content: new Uint8Array(zstdCompressSync(raw, OPTIONS)) });
  }
  return { name, bytes: bytes.length, sha256, parts };
}

const port = parentPort;
if (port) {
  port.on('message', (message: ToWorker) => {
    const file = packFile(message.name, message.bytes);
    port.postMessage(file, file.parts.map((p) => p.content.buffer as ArrayBuffer));
  });
}
