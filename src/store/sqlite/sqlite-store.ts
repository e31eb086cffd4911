// The embedded SQLite store, through Node's built-in node:sqlite (no native addon to compile).
import { DatabaseSync } from 'node:sqlite';
import { parseIso } from '../../core/civil-date.ts';
import type { LaConfig } from '../../config/la-config.ts';
import { emptySsd, emptySsda903 } from '../../ingest/empty.ts';
import { byFolderThenName } from '../../ingest/file-order.ts';
import type { SsdData, Ssda903Data, SuppliedTable } from '../../ingest/records.ts';
import { CODEC, filesContentHash, releaseParts, restoreFile, reusingRestorer, type StoredPart } from '../source-files.ts';
import { SnapshotNotFoundError, type ImportMeta, type ImportOutcome, type SnapshotSummary, type Store, type StoredContent, type StoredSnapshot } from '../store.ts';
import { SCHEMA_V1_SQL, SCHEMA_V2_SQL, SCHEMA_V4_SQL, SCHEMA_VERSION } from './schema.ts';

interface SnapshotRow {
  id: number;
  content_hash: string;
  extract_date: string;
  imported_at: string;
  source: string;
  config_json: string | null;
  children: number;
  episodes: number;
  counts_json: string;
  format: 'files' | 'records';
}

/** How a store is opened. */
export interface OpenOptions {
  /**
   * Only to read snapshots, from a database already brought up to date (nothing is written, and a missing
   * file is an error rather than a new empty database): for the threads that read a snapshot in shares.
   */
  readOnly?: boolean;
}

/** Opens (creating if needed, unless read-only) a SQLite store at `path`; use ":memory:" for a throwaway store. */
export function openSqliteStore(path: string, options: OpenOptions = {}): Store {
  // A busy database is waited for (up to 5 s) rather than an error at once: two threads opening one database
  // together found it locked, now and then, while the first rebuilt the write-ahead log's index.
  const db = new DatabaseSync(path, { readOnly: options.readOnly === true, timeout: 5000 });
  if (options.readOnly !== true) {
    // WAL keeps readers working during an import; a crash or kill mid-import leaves the last commit intact
    // (the uncommitted pages in the write-ahead log are discarded when the file is next opened).
    db.exec('pragma journal_mode = wal; pragma synchronous = normal; pragma foreign_keys = on;');
    migrate(db);
  }

  const summaryOf = (r: SnapshotRow): SnapshotSummary => ({
    id: r.id,
    contentHash: r.content_hash,
    extractDate: r.extract_date,
    importedAt: r.imported_at,
    source: r.source,
    children: r.children,
    episodes: r.episodes,
    counts: JSON.parse(r.counts_json) as Record<string, number>,
    format: r.format,
  });
  const byHash = db.prepare('select * from snapshot where content_hash = ?');
  const byId = db.prepare('select * from snapshot where id = ?');

  return {
    importSnapshot(content, config, meta: ImportMeta): ImportOutcome {
      const configJson = config ? JSON.stringify(config) : null;
      const contentHash = filesContentHash(content.files, configJson);
      const total = content.files.reduce((s, f) => s + f.bytes, 0);
      const { counts, children, episodes } = content.summary;
      // Looked for inside the transaction (begin immediate holds the write lock), so two imports of the same
      // files at once still store them once.
      return inTransaction<ImportOutcome>(db, () => {
        const existing = byHash.get(contentHash) as SnapshotRow | undefined;
        if (existing) return { snapshot: summaryOf(existing), created: false };
        const info = db
          .prepare("insert into snapshot (content_hash, extract_date, imported_at, source, config_json, children, episodes, counts_json, format) values (?, ?, ?, ?, ?, ?, ?, ?, 'files')")
          .run(contentHash, meta.extractDate, meta.importedAt, meta.source, configJson, children, episodes, JSON.stringify(counts));
        const id = Number(info.lastInsertRowid);
        const insert = db.prepare('insert into source_file (snapshot_id, name, part, bytes, sha256, codec, content) values (?, ?, ?, ?, ?, ?, ?)');
        let done = 0;
        for (const file of content.files) {
          file.parts.forEach((p, part) => {
            insert.run(id, file.name, part, p.bytes, file.sha256, CODEC, p.content);
            done += p.bytes;
            meta.onProgress?.(done, total);
          });
        }
        return { snapshot: summaryOf(byId.get(id) as unknown as SnapshotRow), created: true };
      });
    },

    listSnapshots(): SnapshotSummary[] {
      return (db.prepare('select * from snapshot order by id').all() as unknown as SnapshotRow[]).map(summaryOf);
    },

    loadSnapshot(id: number): StoredSnapshot {
      const row = byId.get(id) as SnapshotRow | undefined;
      if (!row) throw new SnapshotNotFoundError(id);
      const config = row.config_json ? (JSON.parse(row.config_json) as LaConfig) : null;
      return { summary: summaryOf(row), config, content: row.format === 'files' ? storedFiles(db, id) : storedRecords(db, id) };
    },

    close(): void {
      db.close();
    },
  };
}

/** A files snapshot: its file list now, each file's parts read and decompressed only when asked for. */
function storedFiles(db: DatabaseSync, id: number): StoredContent {
  // In the order the folder's files were read (ingest/file-order.ts), not SQL's name order: the ingest stacks
  // one folder's return at a time, and name order can put a sub-folder's files among its parent's.
  const list = (db.prepare('select name, sum(bytes) as bytes from source_file where snapshot_id = ? group by name').all(id) as unknown as { name: string; bytes: number }[])
    .sort((a, b) => byFolderThenName(a.name, b.name));
  const parts = db.prepare('select bytes, codec, content from source_file where snapshot_id = ? and name = ? order by part');
  const partsOf = (name: string): StoredPart[] => {
    const rows = parts.all(id, name) as unknown as (StoredPart & { codec: string })[];
    if (rows.length === 0) throw new Error(`Snapshot ${String(id)} has no file ${name}.`);
    const unknownCodec = rows.find((r) => r.codec !== CODEC);
    if (unknownCodec) throw new Error(`The stored file ${name} is compressed with ${unknownCodec.codec}, which this carestats cannot read; upgrade carestats.`);
    return rows;
  };
  return {
    kind: 'files',
    files: {
      names: list.map((f) => f.name),
      bytes: list.reduce((s, f) => s + f.bytes, 0),
      read: (name) => restoreFile(name, partsOf(name)),
      reusingReader: () => {
        const restore = reusingRestorer();
        return (name) => {
          const rows = partsOf(name);
          const bytes = restore(name, rows);
          releaseParts(rows);
          return bytes;
        };
      },
    },
  };
}

/** A snapshot stored before schema 4: its records, from the JSON chunks. */
function storedRecords(db: DatabaseSync, id: number): StoredContent {
  const data = emptySsda903() as unknown as Record<string, unknown[]>;
  const ssd = emptySsd() as unknown as Record<string, unknown[]>;
  const supplied: SuppliedTable[] = [];
  const chunks = db.prepare('select table_key, records from chunk where snapshot_id = ? order by table_key, seq').all(id) as unknown as { table_key: string; records: string }[];
  for (const c of chunks) {
    const into = c.table_key === 'supplied' ? (supplied as unknown[]) : c.table_key.startsWith('ssd.') ? (ssd[c.table_key.slice(4)] ??= []) : (data[c.table_key] ??= []);
    for (const r of JSON.parse(c.records) as unknown[]) into.push(r);
  }
  return { kind: 'records', data: data as unknown as Ssda903Data, ssd: ssd as unknown as SsdData, supplied };
}

/** Runs `work` in one transaction: all of it is stored, or (on any error) none of it. */
function inTransaction<T>(db: DatabaseSync, work: () => T): T {
  db.exec('begin immediate');
  try {
    const result = work();
    db.exec('commit');
    return result;
  } catch (error) {
    db.exec('rollback');
    throw error;
  }
}

/** Brings an older file up to SCHEMA_VERSION, one version at a time, each in a transaction. */
function migrate(db: DatabaseSync): void {
  const { user_version: version } = db.prepare('pragma user_version').get() as { user_version: number };
  if (version > SCHEMA_VERSION) {
    throw new Error(`This database was written by a newer carestats (schema ${String(version)}); upgrade carestats to read it.`);
  }
  if (version === SCHEMA_VERSION) return;
  inTransaction(db, () => {
    if (version < 1) db.exec(SCHEMA_V1_SQL);
    if (version < 2) {
      db.exec(SCHEMA_V2_SQL);
      migrateV1Rows(db);
    }
    if (version < 3) flattenSources(db);
    if (version < 4) db.exec(SCHEMA_V4_SQL);
    db.exec(`pragma user_version = ${String(SCHEMA_VERSION)}`);
  });
}

/**
 * Schema 3: each record's file and row sit on the record (`{"file": …, "row": …}`) instead of in a nested
 * `source` object. Stored chunks are rewritten in place; a snapshot keeps its content hash, so importing the
 * same files again after the upgrade stores them once more, in the new form.
 */
function flattenSources(db: DatabaseSync): void {
  const chunks = db.prepare("select snapshot_id, table_key, seq, records from chunk where records like '%\"source\":{%'").all() as unknown as { snapshot_id: number; table_key: string; seq: number; records: string }[];
  const update = db.prepare('update chunk set records = ? where snapshot_id = ? and table_key = ? and seq = ?');
  for (const c of chunks) {
    const records = (JSON.parse(c.records) as Record<string, unknown>[]).map((r) => {
      const source = r.source as { file?: unknown; row?: unknown } | undefined;
      if (typeof source !== 'object') return r;
      const flat: Record<string, unknown> = { file: source.file, row: source.row };
      for (const [k, v] of Object.entries(r)) if (k !== 'source') flat[k] = v;
      return flat;
    });
    update.run(JSON.stringify(records), c.snapshot_id, c.table_key, c.seq);
  }
}

/** Moves schema 1's header and episode rows into chunks (their return year is not known: 0). */
function migrateV1Rows(db: DatabaseSync): void {
  const day = (iso: string | null) => (iso === null ? null : parseIso(iso));
  const ids = db.prepare('select id from snapshot').all() as unknown as { id: number }[];
  const insert = db.prepare('insert into chunk (snapshot_id, table_key, seq, records) values (?, ?, ?, ?)');
  for (const { id } of ids) {
    const headers = (db.prepare('select * from header where snapshot_id = ? order by rowid').all(id) as unknown as Record<string, string | number | null>[]).map((r) => ({
      file: r.source_file, row: r.source_row, year: 0, child: r.child, sex: r.sex, dob: day(r.dob as string), ethnic: r.ethnic, upn: r.upn, mother: r.mother, mcDob: day(r.mc_dob as string | null),
    }));
    const episodes = (db.prepare('select * from episode where snapshot_id = ? order by rowid').all(id) as unknown as Record<string, string | number | null>[]).map((r) => ({
      file: r.source_file, row: r.source_row, year: 0, child: r.child, decom: day(r.decom as string), rne: r.rne, ls: r.ls, cin: r.cin, place: r.place,
      placeProvider: r.place_provider, dec: day(r.dec as string | null), rec: r.rec, reasonPlaceChange: r.reason_place_change, homePost: r.home_post, plPost: r.pl_post, urn: r.urn,
    }));
    insert.run(id, 'headers', 0, JSON.stringify(headers));
    insert.run(id, 'episodes', 0, JSON.stringify(episodes));
    db.prepare('update snapshot set counts_json = ? where id = ?').run(JSON.stringify({ headers: headers.length, episodes: episodes.length }), id);
  }
  db.exec('drop table header; drop table episode;');
}
