// Writes a generated council to a folder as the files a council produces: SSDA903 CSVs and la-config.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { LA_CONFIG_FILE } from '../config/la-config.ts';
import { SSDA903_TABLES } from '../ingest/ssda903-tables.ts';
import type { GeneratedCouncil } from './generate-903.ts';

/** Writes header.csv, episodes.csv and la-config.json into `dir`, creating it if needed. Returns the file paths. */
export function writeCouncil(dir: string, council: GeneratedCouncil): string[] {
  mkdirSync(dir, { recursive: true });
  const columns = (name: string) => [...(SSDA903_TABLES.find((t) => t.name === name)?.columns ?? [])];
  const files: [string, string][] = [
    ['header.csv', stringify([columns('Header'), ...council.header])],
    ['episodes.csv', stringify([columns('Episodes'), ...council.episodes])],
    [LA_CONFIG_FILE, `${JSON.stringify(council.config, null, 2)}\n`],
  ];
  return files.map(([name, text]) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  });
}
