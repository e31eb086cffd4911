// Reads and checks a data folder: files in, records out, with every issue found on the way.
import { hasErrors, sortIssues, type Issue } from '../checks/issue.ts';
import { runChecks } from '../checks/run-checks.ts';
import type { LaConfig } from '../config/la-config.ts';
import { ingest903, type IngestResult } from '../ingest/ingest-903.ts';
import { readDataFolder } from '../ingest/read-folder.ts';
import type { Ssda903Data } from '../ingest/records.ts';

/** A folder after reading and checking. `ok` is false when an error blocks using the data. */
export interface LoadedFolder {
  ok: boolean;
  data: Ssda903Data;
  config: LaConfig | null;
  issues: Issue[];
  tables: IngestResult['tables'];
}

/** Reads a folder and runs every data-quality check. The record-level checks run only once the files read cleanly. */
export function loadFolder(dir: string): LoadedFolder {
  const folder = readDataFolder(dir);
  const ingest = ingest903(folder.files);
  const issues = [...folder.issues, ...ingest.issues];
  if (!hasErrors(issues)) issues.push(...runChecks({ data: ingest.data, headings: ingest.headings }));
  const sorted = sortIssues(issues);
  return { ok: !hasErrors(sorted), data: ingest.data, config: folder.config, issues: sorted, tables: ingest.tables };
}
