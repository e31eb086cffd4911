// Reads a council's tables (from any reader) into typed records: SSDA903 returns, one folder per collection
// year or all in one folder, stacked into one history; SSD tables for monthly detail.
//
// Returns are typed and stacked one folder at a time, so a national extract never holds more than one
// year's raw text at once (see stack-years.ts for the stacking rules).
import { makeIssue, type Issue } from '../checks/issue.ts';
import { ymdFromDay } from '../core/civil-date.ts';
import type { CollectionYear } from './code-lists.ts';
import { TABLES_903 } from './fields-903.ts';
import { TABLES_SSD } from './fields-ssd.ts';
import { emptySsd } from './empty.ts';
import { parseDateCell } from './parse-date.ts';
import type { RawTable } from './raw-table.ts';
import { readCsv } from './read-csv.ts';
import type { ReturnInfo, SsdData, Ssda903Data } from './records.ts';
import { SSD_TABLES, type SsdTableName } from './ssd-tables.ts';
import { recogniseTable, type Ssda903TableName } from './ssda903-tables.ts';
import { createStack } from './stack-years.ts';
import { typeTable } from './type-table.ts';

/** A file's path (relative to the data folder, with / separators) and text. */
export interface TextFile {
  name: string;
  text: string;
}

/** One table found: which file, which table, how many rows, and whether carestats uses it yet. */
export interface TableRead {
  file: string;
  table: Ssda903TableName | SsdTableName;
  rows: number;
  used: boolean;
}

/** What was read: records, issues found while reading, and which file held which table. */
export interface IngestResult {
  data: Ssda903Data;
  ssd: SsdData;
  issues: Issue[];
  tables: TableRead[];
  /** Each file's column headings, so later checks can give a column letter. */
  headings: Map<string, string[]>;
  /** Children with a row left out for a problem, so cross-table checks do not blame them twice. */
  rejectedChildren: Set<string>;
}

/** The tables without which no measure can be computed. */
const REQUIRED: readonly Ssda903TableName[] = ['Header', 'Episodes'];

/** An ingest fed one table at a time: `add` each table as it is read, then `finish`. */
export interface Ingest {
  add(table: RawTable): void;
  /** Notes a reader's issues (unreadable file, wrong row length) in the same list. */
  addIssues(issues: readonly Issue[]): void;
  finish(): IngestResult;
}

/** Starts an ingest. */
export function createIngest(): Ingest {
  const issues: Issue[] = [];
  const tables: TableRead[] = [];
  const headings = new Map<string, string[]>();
  const rejectedChildren = new Set<string>();
  const stack = createStack(issues);
  const ssd = emptySsd();
  const ssdSeen = new Map<SsdTableName, string>();
  const returns: ReturnInfo[] = [];
  const seen903 = new Set<Ssda903TableName>();
  // The folder being gathered, and its tables.
  let folder: string | null = null;
  let pending = new Map<Ssda903TableName, RawTable[]>();

  const flush = () => {
    if (folder === null) return;
    for (const [name, list] of pending) {
      if (list.length > 1) issues.push(makeIssue('table-repeated', {}, { table: name, files: list.map((t) => t.file).join(', ') }));
    }
    const { year, yearFrom } = collectionYearOf(folder, pending.get('Episodes')?.[0]);
    returns.push({ folder, year, yearFrom });
    for (const [name, list] of pending) {
      const raw = list[0];
      if (!raw) continue;
      const spec = TABLES_903[name];
      const typed = typeTable<never>(raw, spec.fields, { year: year === 0 ? null : year, dateStyle: 'uk' }, issues);
      for (const c of typed.rejected) rejectedChildren.add(c);
      stack.add(spec, typed.records, year);
    }
    folder = null;
    pending = new Map();
  };

  return {
    addIssues(more) {
      issues.push(...more);
    },
    add(raw) {
      headings.set(raw.file, raw.headings.map((h) => h.trim().toUpperCase()));
      const ssdName = recogniseSsd(raw.headings);
      if (ssdName) {
        const spec = TABLES_SSD[ssdName];
        tables.push({ file: raw.file, table: ssdName, rows: raw.rows.length, used: spec !== undefined });
        const earlier = ssdSeen.get(ssdName);
        if (earlier !== undefined) {
          issues.push(makeIssue('table-repeated', {}, { table: ssdName, files: `${earlier}, ${raw.file}` }));
          return;
        }
        ssdSeen.set(ssdName, raw.file);
        if (raw.rows.length === 0) issues.push(makeIssue('table-has-no-rows', { file: raw.file }, { table: ssdName }));
        if (!spec) return;
        const typed = typeTable<never>(raw, spec.fields, { year: null, dateStyle: 'iso' }, issues);
        (ssd[spec.key] as unknown[]).push(...typed.records);
        return;
      }
      const recognised = recogniseTable(raw.headings);
      if (recognised.kind === 'unrecognised') {
        issues.push(makeIssue('table-not-recognised', { file: raw.file, row: 1 }, { detail: describeMismatch(recognised) }));
        return;
      }
      const name = recognised.table.name;
      seen903.add(name);
      tables.push({ file: raw.file, table: name, rows: raw.rows.length, used: true });
      if (raw.rows.length === 0) issues.push(makeIssue('table-has-no-rows', { file: raw.file }, { table: name }));
      const dir = folderOf(raw.file);
      if (dir !== folder) {
        flush();
        folder = dir;
      }
      pending.set(name, [...(pending.get(name) ?? []), raw]);
    },
    finish() {
      flush();
      for (const name of REQUIRED) if (!seen903.has(name)) issues.push(makeIssue('required-table-missing', {}, { table: name }));
      const data = stack.finish(returns);
      return { data, ssd, issues, tables, headings, rejectedChildren };
    },
  };
}

/** Reads text files (CSV) into records. Files should come grouped by folder, as readers give them. */
export function ingestFiles(files: Iterable<TextFile>): IngestResult {
  const ingest = createIngest();
  for (const file of files) {
    const read = readCsv(file.name, file.text);
    ingest.addIssues(read.issues);
    for (const t of read.tables) ingest.add(t);
  }
  return ingest.finish();
}

/** The folder a table's file is in ("903/2024-25" for "903/2024-25/episodes.csv" or "903/2024-25/r.xml (Episodes)"). */
export function folderOf(file: string): string {
  const path = file.replace(/ \([^/]*\)$/, '');
  return path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
}

/**
 * The collection year of a return: from its folder's name when it names one ("2024-25", "2024_25",
 * "ssda903 2024-2025"), otherwise the year holding the latest DECOM or DEC in its Episodes table (a return
 * covers 1 April to 31 March, and its latest date falls in that year). 0 when neither says.
 */
export function collectionYearOf(folder: string, episodes: RawTable | undefined): { year: CollectionYear; yearFrom: ReturnInfo['yearFrom'] } {
  const last = folder.split('/').at(-1) ?? '';
  const m = /(20\d\d)\s*[-_/ ]\s*(?:20)?(\d\d)(?!\d)/.exec(last);
  if (m) {
    const start = Number(m[1]);
    if ((start + 1) % 100 === Number(m[2])) return { year: start + 1, yearFrom: 'folder-name' };
  }
  let latest = -Infinity;
  if (episodes) {
    const cols = episodes.headings.map((h) => h.trim().toUpperCase());
    const at = [cols.indexOf('DECOM'), cols.indexOf('DEC')].filter((i) => i >= 0);
    for (const { values } of episodes.rows) {
      for (const i of at) {
        const d = parseDateCell((values[i] ?? '').trim()).day;
        if (typeof d === 'number' && d > latest) latest = d;
      }
    }
  }
  if (latest === -Infinity) return { year: 0, yearFrom: 'latest-date' };
  const { year, month } = ymdFromDay(latest);
  return { year: month >= 4 ? year + 1 : year, yearFrom: 'latest-date' };
}

/** Recognises an SSD table by its exact set of column headings (lower-case snake_case, any order). */
function recogniseSsd(headings: readonly string[]): SsdTableName | null {
  const found = new Set(headings.map((h) => h.trim().toLowerCase()));
  const table = SSD_TABLES.find((t) => t.columns.length === found.size && t.columns.every((c) => found.has(c)));
  return table?.name ?? null;
}

function describeMismatch(r: Extract<ReturnType<typeof recogniseTable>, { kind: 'unrecognised' }>): string {
  if (!r.closest) return 'They do not look like any SSDA903 table.';
  const parts = [`They look most like the ${r.closest.name} table`];
  if (r.missing.length) parts.push(`but ${list(r.missing)} ${r.missing.length === 1 ? 'is' : 'are'} missing`);
  if (r.unexpected.length) parts.push(`${r.missing.length ? 'and' : 'but'} ${list(r.unexpected)} ${r.unexpected.length === 1 ? 'is' : 'are'} not an expected heading`);
  return `${parts.join(' ')}. ${r.closest.name} needs: ${r.closest.columns.join(', ')}.`;
}

function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}
