// A fingerprint of a snapshot's content, so importing the same files twice is recognised and changes nothing.
import { createHash } from 'node:crypto';

/** Builds a SHA-256 over the chunks of a snapshot in the order they are stored, then its configuration. */
export function createContentHash() {
  const hash = createHash('sha256');
  return {
    addChunk(tableKey: string, json: string): void {
      hash.update(`${tableKey}\u0000${String(json.length)}\u0000`);
      hash.update(json);
    },
    finish(configJson: string | null): string {
      hash.update(`config\u0000${configJson ?? 'null'}`);
      return hash.digest('hex');
    },
  };
}
