// The embedded SQLite store, through Node's built-in node:sqlite (no native addon to compile).
import { DatabaseSync } from 'node:sqlite';
import { parseIso } from '../../core/civil-date.ts';
import type { LaConfig } from '../../config/la-config.ts';
import { emptySsd, emptySsda903 } from '../../ingest/empty.ts';
import { byFolderThenName } from '../../ingest/file-order.ts';
import type { SsdData, Ssda903Data, SuppliedTable } from '../../ingest/records.ts';
import { CODEC, filesContentHash, releaseParts, restoreFile, reusingRestorer, type StoredPart } from '../source-files.ts';
import { SnapshotNotFoundError, StoreError, type ImportMeta, type ImportOutcome, type SnapshotSummary, type Store, type StoredContent, type StoredSnapshot } from '../store.ts';
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
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(path, { readOnly: options.readOnly === true, timeout: 5000 });
  } catch (error) {
    throw storeErrorOf(error, path, 'open');
  }
  if (options.readOnly !== true) {
    try {
      // Before anything is written to it: another program's database is left exactly as it is.
      refuseForeign(db, path);
      // WAL keeps readers working during an import; a crash or kill mid-import leaves the last commit intact
      // (the uncommitted pages in the write-ahead log are discarded when the file is next opened).
      db.exec('pragma journal_mode = wal; pragma synchronous = normal; pragma foreign_keys = on;');
      migrate(db, path);
    } catch (error) {
      db.close();
      throw storeErrorOf(error, path, 'open');
    }
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
      try {
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
      } catch (error) {
        throw storeErrorOf(error, path, 'import');
      }
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
    // SQLite has already undone a transaction a full disk or an I/O error broke off; rolling back again would
    // throw its own error ("no transaction is active") in place of the one that says what went wrong.
    if (db.isTransaction) db.exec('rollback');
    throw error;
  }
}

/** Says in words what a failure of SQLite means for the person running carestats (StoreError), or passes on another error. */
function storeErrorOf(error: unknown, path: string, doing: 'open' | 'import'): unknown {
  if (error instanceof StoreError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const fix = doing === 'import' ? 'Nothing was stored: the database is as it was before.' : 'Nothing in it was changed.';
  if (/unable to open database file/i.test(message)) return new StoreError(`carestats cannot open or create the database ${path}: check that its folder exists and that you may write there.`);
  if (/file is not a database/i.test(message)) return new StoreError(`${path} is not a carestats database (it is not a SQLite file). Give --db a new file name, or the database carestats import made.`);
  if (/readonly database|read-only/i.test(message)) return new StoreError(`carestats cannot write to the database ${path}: the file, or its folder, is read-only. Make both writable by you (carestats keeps its write-ahead log beside the file). ${fix}`);
  if (/disk is full|disk I\/O error|SQLITE_FULL|SQLITE_IOERR/i.test(message)) return new StoreError(`Writing to the database ${path} failed (${message}): the disk may be full, or the file too large for this system. ${fix}`);
  if (/database is locked/i.test(message)) return new StoreError(`The database ${path} is in use by another carestats (an import still running) and stayed locked for more than 5 seconds. Try again when it has finished. ${fix}`);
  return error;
}

/**
 * Brings an older file up to SCHEMA_VERSION, in one transaction. A file already up to date is opened without the
 * write lock, so reading goes on during an import (WAL). Otherwise the version is read again under the lock
 * (begin immediate): two carestats opening one new file at once then set it up once, where acting on the first
 * reading let both see a new file and the second fail ("duplicate column name").
 */
function migrate(db: DatabaseSync, path: string): void {
  const versionNow = () => (db.prepare('pragma user_version').get() as { user_version: number }).user_version;
  const newer = (version: number) => new StoreError(`This database was written by a newer carestats (schema ${String(version)}); upgrade carestats to read it.`);
  const before = versionNow();
  if (before > SCHEMA_VERSION) throw newer(before);
  if (before === SCHEMA_VERSION) return;
  inTransaction(db, () => {
    const version = versionNow();
    if (version > SCHEMA_VERSION) throw newer(version);
    if (version === SCHEMA_VERSION) return;
    if (version === 0) refuseForeign(db, path);
    migrateFrom(db, version);
  });
}

/** A file of schema 0 with tables in it is another program's database, not a new one: carestats leaves it alone. */
function refuseForeign(db: DatabaseSync, path: string): void {
  const { user_version: version } = db.prepare('pragma user_version').get() as { user_version: number };
  if (version !== 0) return;
  const { n } = db.prepare("select count(*) as n from sqlite_master where type = 'table'").get() as { n: number };
  if (n > 0) throw new StoreError(`${path} is another program's SQLite database, not one carestats made, so carestats leaves it alone. Give --db a new file name, or the database carestats import made.`);
}

/** The steps from `version` up to SCHEMA_VERSION, inside migrate's transaction. */
function migrateFrom(db: DatabaseSync, version: number): void {
  if (version < 1) db.exec(SCHEMA_V1_SQL);
  if (version < 2) {
    db.exec(SCHEMA_V2_SQL);
    migrateV1Rows(db);
  }
  if (version < 3) flattenSources(db);
  if (version < 4) db.exec(SCHEMA_V4_SQL);
  db.exec(`pragma user_version = ${String(SCHEMA_VERSION)}`);
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
