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

/**
 * Reads a folder and runs every data-quality check, so one run lists every problem. The record checks run
 * whenever the files themselves could be read (no folder- or file-level error), over the rows that read cleanly.
 */
export function loadFolder(dir: string): LoadedFolder {
  const folder = readDataFolder(dir);
  const ingest = ingest903(folder.files);
  const issues = [...folder.issues, ...ingest.issues];
  const filesReadable = !issues.some((i) => i.severity === 'error' && i.row === null) && !issues.some((i) => i.id === 'table-not-recognised');
  if (filesReadable) issues.push(...runChecks({ data: ingest.data, headings: ingest.headings, rejectedChildren: ingest.rejectedChildren }));
  const sorted = sortIssues(issues);
  return { ok: !hasErrors(sorted), data: ingest.data, config: folder.config, issues: sorted, tables: ingest.tables };
}
