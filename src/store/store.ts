// The storage interface: dated snapshots of a council's data. SQLite is the embedded default; PostgreSQL
// will implement the same interface for multi-user servers.
import type { LaConfig } from '../config/la-config.ts';
import type { SsdData, Ssda903Data, SuppliedTable } from '../ingest/records.ts';
import type { SourceFile } from './source-files.ts';

/** A stored snapshot, as listed to users. */
export interface SnapshotSummary {
  id: number;
  /** The date the council extracted the files, yyyy-mm-dd. */
  extractDate: string;
  /** When carestats stored it (ISO timestamp). */
  importedAt: string;
  /** Where the files came from (a folder path). */
  source: string;
  /** SHA-256 of the files and configuration: the same files give the same hash. */
  contentHash: string;
  children: number;
  episodes: number;
  /** Records per table (headers, episodes, reviews, visits, …), as read when the snapshot was imported. */
  counts: Record<string, number>;
  /** What the snapshot holds: the files as imported, or (stored before schema 4) the records read from them. */
  format: 'files' | 'records';
}

/**
 * The records of a snapshot stored by carestats before schema 4 (JSON chunks of the stacked history): such
 * snapshots still load, as these records. Since schema 4 a snapshot holds the files themselves.
 */
export interface SnapshotContent {
  data: Ssda903Data;
  ssd: SsdData;
  /**
   * The tables whose files were read, even with no rows. Snapshots stored before this was recorded give an
   * empty list, and then only tables with rows count as supplied.
   */
  supplied: readonly SuppliedTable[];
}

/** What an import stores: the files as read (source-files.ts) and, for the summary, what the ingest found in them. */
export interface SnapshotFiles {
  files: readonly SourceFile[];
  /** Records per table (headers, episodes, ssd.visits, …), children and episodes, from the import's ingest. */
  summary: RecordSummary;
}

/** The figures a snapshot's summary shows, counted from its records. */
export interface RecordSummary {
  counts: Record<string, number>;
  children: number;
  episodes: number;
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
  /** Called as files are written: bytes done so far and in all. */
  onProgress?: (done: number, total: number) => void;
}

/** A stored snapshot's files, read one at a time (as a folder's are), while the store is open. */
export interface StoredFiles {
  /** Relative paths with / separators, in name order. */
  names: string[];
  /** Total size in bytes before compression. */
  bytes: number;
  read(name: string): Buffer;
  /**
   * A reader of the files that puts each into one buffer reused from file to file (valid until the next read),
   * for a reader done with each file before the next (a share: pipeline/shard-worker.ts).
   */
  reusingReader(): (name: string) => Buffer;
}

/** A snapshot as stored: its files (schema 4 on) or, for an older snapshot, its records. */
export type StoredContent = { kind: 'files'; files: StoredFiles } | ({ kind: 'records' } & SnapshotContent);

/** A stored snapshot: its summary, configuration and content. */
export interface StoredSnapshot {
  summary: SnapshotSummary;
  config: LaConfig | null;
  content: StoredContent;
}

/** Counts a snapshot's records for its summary: rows per table (903 keys bare, SSD keys `ssd.`), children, episodes. */
export function summariseRecords(content: SnapshotContent): RecordSummary {
  const counts: Record<string, number> = {};
  for (const [k, v] of Object.entries(content.data)) counts[k] = (v as readonly unknown[]).length;
  for (const [k, v] of Object.entries(content.ssd)) counts[`ssd.${k}`] = (v as readonly unknown[]).length;
  return { counts, children: new Set(content.data.headers.map((h) => h.child)).size, episodes: content.data.episodes.length };
}

/** Storage for snapshots. Every import is all or nothing. */
export interface Store {
  /** Stores the files as a new snapshot in one transaction, or returns the existing one if identical. */
  importSnapshot(content: SnapshotFiles, config: LaConfig | null, meta: ImportMeta): ImportOutcome;
  listSnapshots(): SnapshotSummary[];
  /** Opens a snapshot (its files are read from the store as asked for); throws SnapshotNotFoundError if there is none. */
  loadSnapshot(id: number): StoredSnapshot;
  close(): void;
}

/**
 * Thrown when the database file cannot be used as it is (not a carestats database, read-only, a write that
 * failed), with what is wrong and what to do in words for the person running carestats. The store is left as
 * it was: a failed import stores nothing.
 */
export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}

/** Thrown when a snapshot id does not exist. */
export class SnapshotNotFoundError extends Error {
  constructor(id: number) {
    super(`There is no stored snapshot with id ${String(id)}.`);
    this.name = 'SnapshotNotFoundError';
  }
}
