// The file-system edge of the generator: writes a council's files into a folder, either from memory or by
// streaming rows to disk as they are simulated (national scale), plus messy-manifest.json for --messy runs.
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LA_CONFIG_FILE } from '../config/la-config.ts';
import { CsvBook } from './csv-book.ts';
import { faultRandom, simulateInto, type GeneratedCouncil, type GenerateOptions } from './generate.ts';
import { injectFaults, type Fault } from './messy.ts';

/** The manifest file written by --messy runs. */
export const MANIFEST_FILE = 'messy-manifest.json';

/** What a streaming run wrote. */
export interface WrittenCouncil {
  paths: string[];
  children: number;
  faults: Fault[] | null;
}

/** Writes an in-memory council's files into `dir` (replacing a previous run's). Returns the paths written. */
export function writeCouncil(dir: string, council: GeneratedCouncil): string[] {
  clear(dir);
  const files = [...council.files];
  if (council.faults) files.push({ name: MANIFEST_FILE, text: `${JSON.stringify(council.faults, null, 2)}\n` });
  return files.map(({ name, text }) => write(dir, name, text));
}

/** Generates a council straight into `dir`, streaming rows to disk: memory stays flat whatever the size. */
export function generateCouncilTo(dir: string, options: GenerateOptions): WrittenCouncil {
  clear(dir);
  const paths = new Set<string>();
  const book = new CsvBook((name, text) => {
    const path = join(dir, name);
    if (!paths.has(path)) mkdirSync(dirname(path), { recursive: true });
    paths.add(path);
    appendFileSync(path, text);
  });
  const sim = simulateInto(options, book);
  let faults: Fault[] | null = null;
  if (options.messy) {
    const names = book.paths().filter((n) => n.startsWith(`${sim.faultFolder}/`));
    const messy = injectFaults(faultRandom(options.seed), names.map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') })), sim.faultFolder);
    for (const f of messy.files) write(dir, f.name, f.text);
    faults = messy.faults;
    paths.add(write(dir, MANIFEST_FILE, `${JSON.stringify(faults, null, 2)}\n`));
  }
  paths.add(write(dir, LA_CONFIG_FILE, `${JSON.stringify(sim.config, null, 2)}\n`));
  return { paths: [...paths].sort(), children: sim.children, faults };
}

function write(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

/** Removes what a previous run wrote, so a different --years leaves no stale collection years behind. */
function clear(dir: string): void {
  for (const sub of ['903', 'ssd']) rmSync(join(dir, sub), { recursive: true, force: true });
  rmSync(join(dir, MANIFEST_FILE), { force: true });
}
