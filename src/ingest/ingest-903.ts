// Reads a council's files (already loaded as text) into typed records: SSDA903 returns, one folder per
// collection year or all in one folder, stacked into one history; SSD tables are recognised and kept.
import { makeIssue, type Issue } from '../checks/issue.ts';
import { parseEpisodes, parseHeader } from './parse-ssda903.ts';
import { readCsv, type CsvTable } from './read-csv.ts';
import type { Ssda903Data } from './records.ts';
import { SSD_TABLES, type SsdTableName } from './ssd-tables.ts';
import { recogniseTable, type Ssda903TableName } from './ssda903-tables.ts';
import { stackYears, type YearData } from './stack-years.ts';

/** A file's path (relative to the data folder, with / separators) and text. */
export interface TextFile {
  name: string;
  text: string;
}

/** What was read: records, issues found while reading, and which file held which table. */
export interface IngestResult {
  data: Ssda903Data;
  issues: Issue[];
  tables: { file: string; table: Ssda903TableName | SsdTableName; rows: number }[];
  /** Each file's column headings, so later checks can give a column letter. */
  headings: Map<string, string[]>;
  /** Children with a row left out for a problem, so cross-table checks do not blame them twice. */
  rejectedChildren: Set<string>;
}

/** The tables without which no measure can be computed. */
const REQUIRED: readonly Ssda903TableName[] = ['Header', 'Episodes'];

/** Reads the files. Never throws on bad input: every problem comes back as an issue. */
export function ingest903(files: readonly TextFile[]): IngestResult {
  const issues: Issue[] = [];
  // 903 tables by folder (one folder = one return), SSD tables by name.
  const byFolder = new Map<string, Map<Ssda903TableName, CsvTable[]>>();
  const tables: IngestResult['tables'] = [];
  const headings = new Map<string, string[]>();
  for (const file of files) {
    const { table, issues: readIssues } = readCsv(file.name, file.text);
    issues.push(...readIssues);
    if (!table) continue;
    const names = table.headings.map((h) => h.trim().toUpperCase());
    headings.set(file.name, names);
    const ssd = recogniseSsd(table.headings);
    if (ssd) {
      tables.push({ file: file.name, table: ssd, rows: table.rows.length });
      continue;
    }
    const recognised = recogniseTable(table.headings);
    if (recognised.kind === 'unrecognised') {
      issues.push(makeIssue('table-not-recognised', { file: file.name, row: 1 }, { detail: describeMismatch(recognised) }));
      continue;
    }
    tables.push({ file: file.name, table: recognised.table.name, rows: table.rows.length });
    const folder = file.name.includes('/') ? file.name.slice(0, file.name.lastIndexOf('/')) : '';
    const inFolder = byFolder.get(folder) ?? new Map<Ssda903TableName, CsvTable[]>();
    byFolder.set(folder, inFolder);
    inFolder.set(recognised.table.name, [...(inFolder.get(recognised.table.name) ?? []), table]);
  }
  for (const inFolder of byFolder.values()) {
    for (const [name, list] of inFolder) {
      if (list.length > 1) issues.push(makeIssue('table-repeated', {}, { table: name, files: list.map((t) => t.file).join(', ') }));
    }
  }
  for (const name of REQUIRED) {
    if (![...byFolder.values()].some((f) => f.has(name))) issues.push(makeIssue('required-table-missing', {}, { table: name }));
  }
  const rejectedChildren = new Set<string>();
  const years: YearData[] = [...byFolder].map(([folder, inFolder]) => {
    const header = inFolder.get('Header')?.[0];
    const episodes = inFolder.get('Episodes')?.[0];
    return {
      folder,
      headers: header ? parseHeader(header, issues, rejectedChildren) : [],
      episodes: episodes ? parseEpisodes(episodes, issues, rejectedChildren) : [],
    };
  });
  return { data: stackYears(years, issues), issues, tables, headings, rejectedChildren };
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
