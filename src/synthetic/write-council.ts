// Writes a generated council to a folder as the files a council produces, plus the fault manifest of a
// --messy run (messy-manifest.json).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GeneratedCouncil } from './generate.ts';

/** The manifest file written by --messy runs. */
export const MANIFEST_FILE = 'messy-manifest.json';

/** Writes every file into `dir` (replacing what a previous run wrote there). Returns the paths written. */
export function writeCouncil(dir: string, council: GeneratedCouncil): string[] {
  // A previous run's files must not linger: a different --years would leave stale collection years behind.
  for (const sub of ['903', 'ssd']) rmSync(join(dir, sub), { recursive: true, force: true });
  rmSync(join(dir, MANIFEST_FILE), { force: true });
  const files = [...council.files];
  if (council.faults) files.push({ name: MANIFEST_FILE, text: `${JSON.stringify(council.faults, null, 2)}\n` });
  return files.map(({ name, text }) => {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return path;
  });
}
