// The file-system edge of ingest: finds a data folder's files (CSV, DfE XML, Excel workbooks) and its
// la-config.json. Files are read one at a time, as the ingest asks for them, so a national extract is
// never all in memory as text at once. Everything after this works on text and records.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { makeIssue, type Issue } from '../checks/issue.ts';
import { LA_CONFIG_FILE, parseLaConfig, type LaConfig } from '../config/la-config.ts';

/** The file types carestats reads, by extension. */
export const DATA_EXTENSIONS = ['.csv', '.xml', '.xlsx'] as const;

/** A data folder's files (relative names with / separators, in name order), its configuration, and problems. */
export interface FolderContents {
  dir: string;
  names: string[];
  /** Total size in bytes, for progress and benchmarks. */
  bytes: number;
  config: LaConfig | null;
  issues: Issue[];
}

/** Lists the data files in `dir` and its sub-folders, and reads la-config.json. */
export function readDataFolder(dir: string): FolderContents {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return { dir, names: [], bytes: 0, config: null, issues: [makeIssue('folder-not-found', {}, { path: dir })] };
  }
  // Every data file in the folder and its sub-folders (one per collection year, an ssd/ folder, ...), named
  // by relative path with / separators so messages are the same on every system. Name order keeps each
  // folder's files together, which lets the ingest stack one return at a time.
  const names = (readdirSync(dir, { recursive: true }) as string[])
    .map((n) => n.split(sep).join('/'))
    .filter((n) => DATA_EXTENSIONS.some((ext) => n.toLowerCase().endsWith(ext)) && !n.split('/').some((part) => part.startsWith('~$') || part.startsWith('.')))
    .sort();
  const issues: Issue[] = [];
  if (names.length === 0) issues.push(makeIssue('no-csv-files', {}, { path: dir }));
  const bytes = names.reduce((s, n) => s + statSync(join(dir, n)).size, 0);
  return { dir, names, bytes, config: readConfig(dir, issues), issues };
}

/** Reads one file's bytes. */
export function readDataFile(dir: string, name: string): Buffer {
  return readFileSync(join(dir, name));
}

function readConfig(dir: string, issues: Issue[]): LaConfig | null {
  const configPath = join(dir, LA_CONFIG_FILE);
  if (!existsSync(configPath)) return null;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(configPath, 'utf8'));
  } catch (error) {
    const detail = `it is not valid JSON (${error instanceof Error ? error.message : String(error)})`;
    issues.push(makeIssue('config-invalid', { file: LA_CONFIG_FILE }, { detail }));
    return null;
  }
  const parsed = parseLaConfig(json);
  if ('config' in parsed) return parsed.config;
  issues.push(makeIssue('config-invalid', { file: LA_CONFIG_FILE }, { detail: parsed.problems.join('; ') }));
  return null;
}
