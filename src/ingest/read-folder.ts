// The file-system edge of ingest: finds a data folder's files (CSV, DfE XML, Excel workbooks) and its
// la-config.json. Files are read one at a time, as the ingest asks for them, so a national extract is
// never all in memory at once. Everything after this works on bytes, text and records.
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { makeIssue, type Issue } from '../checks/issue.ts';
import { LA_CONFIG_FILE, parseLaConfig, type LaConfig } from '../config/la-config.ts';
import { byFolderThenName } from './file-order.ts';

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

/**
 * Whether a path in a data folder (relative, with / separators) is one carestats reads as a data file: a data
 * file's ending, and no part of it hidden (.) or an Office lock file (~$).
 */
export function isDataFileName(name: string): boolean {
  return DATA_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext)) && !name.split('/').some((part) => part.startsWith('~$') || part.startsWith('.'));
}

/** Lists the data files in `dir` and its sub-folders, and reads la-config.json. */
export function readDataFolder(dir: string): FolderContents {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return { dir, names: [], bytes: 0, config: null, issues: [makeIssue('folder-not-found', {}, { path: dir })] };
  }
  // Every data file in the folder and its sub-folders (one per collection year, an ssd/ folder, ...), named
  // by relative path with / separators so messages are the same on every system. Ordered by folder, then by
  // name, so each folder's files come together (which lets the ingest stack one return at a time): in plain
  // name order a sub-folder's files would fall among its parent's (903/2024-25/old/… between header.csv and
  // uasc.csv), splitting the parent's return in two.
  const names = (readdirSync(dir, { recursive: true }) as string[])
    .map((n) => n.split(sep).join('/'))
    .filter(isDataFileName)
    .sort(byFolderThenName);
  const issues: Issue[] = [];
  if (names.length === 0) issues.push(makeIssue('no-csv-files', {}, { path: dir }));
  const bytes = names.reduce((s, n) => s + statSync(join(dir, n)).size, 0);
  return { dir, names, bytes, config: readConfig(dir, issues), issues };
}

/** Reads one file's bytes. */
export function readDataFile(dir: string, name: string): Buffer {
  return readFileSync(join(dir, name));
}

/**
 * A reader of a folder's files into one buffer, reused and grown as needed: each file's bytes are valid only
 * until the next is read. For a reader that keeps no file's bytes (a share of a sharded read): a buffer per
 * file, dropped once read, is memory outside the heap that V8 frees only when it next collects, and nationally
 * each share held about 470 MB of such buffers (two shares together went over 4 GB).
 */
export function reusingReader(dir: string): (name: string) => Buffer {
  let scratch = Buffer.alloc(0);
  return (name) => {
    const fd = openSync(join(dir, name), 'r');
    try {
      const size = fstatSync(fd).size;
      if (scratch.length < size) scratch = Buffer.allocUnsafeSlow(Math.max(size, Math.floor(scratch.length * 1.5)));
      let got = 0;
      while (got < size) {
        const n = readSync(fd, scratch, got, size - got, null);
        if (n === 0) break;
        got += n;
      }
      return scratch.subarray(0, got);
    } finally {
      closeSync(fd);
    }
  };
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
