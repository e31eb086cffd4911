// Test support for the rule tests: builds a council's files from a few hand-written rows and runs every check
// on them, as a real import would (synthetic; no real child data). 903 rows are written as CSV without the
// heading row, in DfE column order; SSD rows as objects naming only the columns that matter.
import assert from 'node:assert/strict';
import { ingestFiles, type TextFile } from '../ingest/ingest.ts';
import { ssdColumns, type SsdTableName } from '../ingest/ssd-tables.ts';
import { tableColumns, type Ssda903TableName } from '../ingest/ssda903-tables.ts';
import type { Issue } from './issue.ts';
import { runChecks } from './run-checks.ts';

/** A council's files: 903 returns by folder (e.g. "903/2025-26", which names the collection year), and SSD tables. */
export interface Fixture {
  returns: Record<string, Partial<Record<Ssda903TableName, string>>>;
  ssd?: Partial<Record<SsdTableName, readonly Record<string, string>[]>>;
}

/** What reading and checking found. */
export interface Checked {
  /** Issues from the checks, in file order. */
  issues: Issue[];
  /** Issues from reading the files (notes only, unless `allowReadProblems`). */
  read: Issue[];
}

/** Reads and checks a fixture; fails the test if reading found an error or warning, unless `allowReadProblems`. */
export function checkFixture(fixture: Fixture, options: { allowReadProblems?: boolean } = {}): Checked {
  const files: TextFile[] = [];
  for (const [folder, tables] of Object.entries(fixture.returns)) {
    for (const [table, rows] of Object.entries(tables) as [Ssda903TableName, string][]) {
      files.push({ name: `${folder}/${table.toLowerCase()}.csv`, text: `${tableColumns(table).join(',')}\n${rows}` });
    }
  }
  for (const [table, rows] of Object.entries(fixture.ssd ?? {}) as [SsdTableName, readonly Record<string, string>[]][]) {
    const columns = ssdColumns(table);
    const lines = rows.map((r) => columns.map((c) => r[c] ?? '').join(','));
    files.push({ name: `ssd/${table}.csv`, text: [columns.join(','), ...lines].join('\n') + '\n' });
  }
  const ingest = ingestFiles(files);
  const read = ingest.issues.filter((i) => i.id !== 'table-has-no-rows');
  if (!options.allowReadProblems) assert.deepEqual(read.filter((i) => i.severity !== 'note'), [], 'the files themselves read cleanly');
  const issues = runChecks({ data: ingest.data, ssd: ingest.ssd, headings: ingest.headings, rejectedChildren: ingest.rejectedChildren });
  return { issues, read };
}

/** Each issue as [id, file name without folder, row, column], for compact assertions. */
export function located(issues: readonly Issue[]): [string, string, number | null, string | null][] {
  return issues.map((i) => [i.id, (i.file ?? '').split('/').at(-1) ?? '', i.row, i.column]);
}
