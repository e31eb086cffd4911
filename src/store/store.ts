// The storage interface: dated snapshots of a council's data. SQLite is the embedded default; PostgreSQL
// will implement the same interface for multi-user servers.
import type { LaConfig } from '../config/la-config.ts';
import type { SsdData, Ssda903Data, SuppliedTable } from '../ingest/records.ts';

/** A stored snapshot, as listed to users. */
export interface SnapshotSummary {
  id: number;
  /** The date the council extracted the files, yyyy-mm-dd. */
  extractDate: string;
  /** When carestats stored it (ISO timestamp). */
  importedAt: string;
  /** Where the files came from (a folder path). */
  source: string;
  /** SHA-256 of the data and configuration: the same files give the same hash. */
  contentHash: string;
  children: number;
  episodes: number;
  /** Records stored per table (headers, episodes, reviews, visits, …). */
  counts: Record<string, number>;
}

/** What a snapshot holds: the stacked SSDA903 history and the SSD tables. */
export interface SnapshotContent {
  data: Ssda903Data;
  ssd: SsdData;
  /**
   * The tables whose files were read, even with no rows. Snapshots stored before this was recorded give an
   * empty list, and then only tables with rows count as supplied.
   */
  supplied: readonly SuppliedTable[];
}

/** What an import did: stored a new snapshot, or found the same data already stored. */
export interface ImportOutcome {
  snapshot: SnapshotSummary;
  created: boolean;
}

/** Details of an import that the store records beside the data. */
export interface ImportMeta {
  extractDate: string;
  source: string;
  importedAt: string;
  /** Called as records are written: records done so far and in all. */
  onProgress?: (done: number, total: number) => void;
}

/** A snapshot's content, ready for the timeline stage. */
export interface StoredSnapshot extends SnapshotContent {
  summary: SnapshotSummary;
  config: LaConfig | null;
}

/** Storage for snapshots. Every import is all or nothing. */
export interface Store {
  /** Stores the content as a new snapshot in one transaction, or returns the existing one if identical. */
  importSnapshot(content: SnapshotContent, config: LaConfig | null, meta: ImportMeta): ImportOutcome;
  listSnapshots(): SnapshotSummary[];
  /** Loads a snapshot; throws SnapshotNotFoundError if there is none with that id. */
  loadSnapshot(id: number): StoredSnapshot;
  close(): void;
}

/** Thrown when a snapshot id does not exist. */
export class SnapshotNotFoundError extends Error {
  constructor(id: number) {
    super(`There is no stored snapshot with id ${String(id)}.`);
    this.name = 'SnapshotNotFoundError';
  }
}
