// Reads a set of SSDA903 CSV files (already loaded as text) into typed records, recognising each by its headings.
import { makeIssue, type Issue } from '../checks/issue.ts';
import { parseEpisodes, parseHeader } from './parse-ssda903.ts';
import { readCsv, type CsvTable } from './read-csv.ts';
import type { Ssda903Data } from './records.ts';
import { recogniseTable, type Ssda903TableName } from './ssda903-tables.ts';

/** A file's name and text. */
export interface TextFile {
  name: string;
  text: string;
}

/** What was read: records, issues found while reading, and which file held which table. */
export interface IngestResult {
  data: Ssda903Data;
  issues: Issue[];
  tables: { file: string; table: Ssda903TableName; rows: number }[];
  /** Each file's column headings, so later checks can give a column letter. */
  headings: Map<string, string[]>;
  /** Children with a row left out for a problem, so cross-table checks do not blame them twice. */
  rejectedChildren: Set<string>;
}

/** The tables without which no measure can be computed. */
const REQUIRED: readonly Ssda903TableName[] = ['Header', 'Episodes'];

/** Reads SSDA903 CSV files. Never throws on bad input: every problem comes back as an issue. */
export function ingest903(files: readonly TextFile[]): IngestResult {
  const issues: Issue[] = [];
  const byTable = new Map<Ssda903TableName, CsvTable[]>();
  for (const file of files) {
    const { table, issues: readIssues } = readCsv(file.name, file.text);
    issues.push(...readIssues);
    if (!table) continue;
    const recognised = recogniseTable(table.headings);
    if (recognised.kind === 'unrecognised') {
      issues.push(makeIssue('table-not-recognised', { file: file.name, row: 1 }, { detail: describeMismatch(recognised) }));
      continue;
    }
    const list = byTable.get(recognised.table.name) ?? [];
    list.push(table);
    byTable.set(recognised.table.name, list);
  }
  for (const [name, tables] of byTable) {
    if (tables.length > 1) issues.push(makeIssue('table-repeated', {}, { table: name, files: tables.map((t) => t.file).join(', ') }));
  }
  for (const name of REQUIRED) {
    if (!byTable.has(name)) issues.push(makeIssue('required-table-missing', {}, { table: name }));
  }
  const header = byTable.get('Header')?.[0];
  const episodes = byTable.get('Episodes')?.[0];
  const rejectedChildren = new Set<string>();
  return {
    data: {
      headers: header ? parseHeader(header, issues, rejectedChildren) : [],
      episodes: episodes ? parseEpisodes(episodes, issues, rejectedChildren) : [],
    },
    rejectedChildren,
    issues,
    tables: [...byTable].flatMap(([table, list]) => list.map((t) => ({ file: t.file, table, rows: t.rows.length }))),
    headings: new Map([...byTable.values()].flat().map((t) => [t.file, t.headings.map((h) => h.trim().toUpperCase())])),
  };
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
