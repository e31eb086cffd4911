// Writes a generated council to a folder as the files a council produces: SSDA903 CSVs and la-config.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { LA_CONFIG_FILE } from '../config/la-config.ts';
import type { TextFile } from '../ingest/ingest-903.ts';
import { tableColumns } from '../ingest/ssda903-tables.ts';
import type { GeneratedCouncil } from './generate-903.ts';

/** Returns a generated council's files as name and text: header.csv, episodes.csv and la-config.json. */
export function councilFiles(council: GeneratedCouncil): TextFile[] {
  return [
    { name: 'header.csv', text: stringify([tableColumns('Header'), ...council.header]) },
    { name: 'episodes.csv', text: stringify([tableColumns('Episodes'), ...council.episodes]) },
    { name: LA_CONFIG_FILE, text: `${JSON.stringify(council.config, null, 2)}\n` },
  ];
}

/** Writes the council's files into `dir`, creating it if needed. Returns the file paths. */
export function writeCouncil(dir: string, council: GeneratedCouncil): string[] {
  mkdirSync(dir, { recursive: true });
  return councilFiles(council).map(({ name, text }) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  });
}
