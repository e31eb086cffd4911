// Reads a stored snapshot back into records: a snapshot of files goes through the same ingest and checks as a
// folder (so it gives exactly the records the folder gave); an older snapshot of records is used as stored.
import { hasErrors, type Issue } from '../checks/issue.ts';
import type { SsdChildCounts } from '../checks/ssd-children.ts';
import type { LaConfig } from '../config/la-config.ts';
import { parseIso } from '../core/civil-date.ts';
import type { SsdData, Ssda903Data, SuppliedTable } from '../ingest/records.ts';
import type { StoredSnapshot } from '../store/store.ts';
import { loadFiles } from './load-folder.ts';

/** A snapshot's records, with the problems found reading its files again (none for a records snapshot). */
export interface LoadedSnapshot {
  data: Ssda903Data;
  ssd: SsdData;
  supplied: readonly SuppliedTable[];
  config: LaConfig | null;
  issues: Issue[];
  /** Whether reading the files again found an error (possible only when checks have changed since the import). */
  hasErrors: boolean;
  /** The SSD tables' children counted against the 903's by the checks (LoadedFolder.ssdChildren); absent for a records snapshot. */
  ssdChildren?: SsdChildCounts | null;
}

/** Reads the snapshot's files (while its store is open) or takes its stored records. */
export async function readSnapshot(snapshot: StoredSnapshot): Promise<LoadedSnapshot> {
  const { content, config } = snapshot;
  if (content.kind === 'records') return { data: content.data, ssd: content.ssd, supplied: content.supplied, config, issues: [], hasErrors: false };
  // Read with the date the files were extracted, as they were at the import.
  const loaded = await loadFiles({ ...content.files, config, issues: [] }, { extractDate: parseIso(snapshot.summary.extractDate) });
  return { data: loaded.data, ssd: loaded.ssd, supplied: loaded.supplied, config, issues: loaded.issues, hasErrors: hasErrors(loaded.issues), ssdChildren: loaded.ssdChildren };
}
