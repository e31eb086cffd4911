// A fingerprint of a snapshot's content, so importing the same files twice is recognised and changes nothing.
import { createHash } from 'node:crypto';
import type { LaConfig } from '../config/la-config.ts';
import type { Ssda903Data } from '../ingest/records.ts';

/** Returns the SHA-256 of the records (in a fixed order, without file names or row numbers) and the config. */
export function contentHash(data: Ssda903Data, config: LaConfig | null): string {
  const hash = createHash('sha256');
  const headers = data.headers.map((h) => [h.child, h.sex, h.dob, h.ethnic, h.upn, h.mother, h.mcDob].join('\u001f')).sort();
  const episodes = data.episodes
    .map((e) =>
      [e.child, e.decom, e.rne, e.ls, e.cin, e.place, e.placeProvider, e.dec, e.rec, e.reasonPlaceChange, e.homePost, e.plPost, e.urn].join('\u001f'),
    )
    .sort();
  for (const line of headers) hash.update(`H${line}\n`);
  for (const line of episodes) hash.update(`E${line}\n`);
  hash.update(`C${JSON.stringify(config)}`);
  return hash.digest('hex');
}
