// The file-system edge of ingest: reads a data folder's CSV files and la-config.json as text.
// Everything after this works on text and records, so it can be tested without files.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { makeIssue, type Issue } from '../checks/issue.ts';
import { LA_CONFIG_FILE, parseLaConfig, type LaConfig } from '../config/la-config.ts';
import type { TextFile } from './ingest-903.ts';

/** A data folder's CSV files, its configuration if present, and any problem reading them. */
export interface FolderContents {
  files: TextFile[];
  config: LaConfig | null;
  issues: Issue[];
}

/** Reads every .csv file (in name order) and la-config.json from `dir`. */
export function readDataFolder(dir: string): FolderContents {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return { files: [], config: null, issues: [makeIssue('folder-not-found', {}, { path: dir })] };
  }
  // Every .csv file in the folder and its sub-folders (one per collection year, an ssd/ folder, ...),
  // named by relative path with / separators so messages are the same on every system.
  const names = (readdirSync(dir, { recursive: true }) as string[])
    .map((n) => n.split(sep).join('/'))
    .filter((n) => n.toLowerCase().endsWith('.csv'))
    .sort();
  const issues: Issue[] = [];
  if (names.length === 0) issues.push(makeIssue('no-csv-files', {}, { path: dir }));
  const files = names.map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
  let config: LaConfig | null = null;
  const configPath = join(dir, LA_CONFIG_FILE);
  if (existsSync(configPath)) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(configPath, 'utf8'));
    } catch (error) {
      const detail = `it is not valid JSON (${error instanceof Error ? error.message : String(error)})`;
      issues.push(makeIssue('config-invalid', { file: LA_CONFIG_FILE }, { detail }));
    }
    if (json !== undefined) {
      const parsed = parseLaConfig(json);
      if ('config' in parsed) config = parsed.config;
      else issues.push(makeIssue('config-invalid', { file: LA_CONFIG_FILE }, { detail: parsed.problems.join('; ') }));
    }
  }
  return { files, config, issues };
}
