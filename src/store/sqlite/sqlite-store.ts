// The embedded SQLite store, through Node's built-in node:sqlite (no native addon to compile).
import { DatabaseSync } from 'node:sqlite';
import { parseIso } from '../../core/civil-date.ts';
import type { LaConfig } from '../../config/la-config.ts';
import { emptySsd, emptySsda903 } from '../../ingest/empty.ts';
import type { SsdData, Ssda903Data, SuppliedTable } from '../../ingest/records.ts';
import { createContentHash } from '../content-hash.ts';
import { SnapshotNotFoundError, type ImportMeta, type ImportOutcome, type SnapshotContent, type SnapshotSummary, type Store, type StoredSnapshot } from '../store.ts';
import { SCHEMA_V1_SQL, SCHEMA_V2_SQL, SCHEMA_VERSION } from './schema.ts';

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
}

/** Records per stored chunk: large enough that a national import is a few thousand inserts. */
const CHUNK = 20_000;

/** The tables a snapshot holds, as `store key` → where in the content. 903 keys are bare, SSD keys start ssd. */
function tablesOf(content: SnapshotContent): [string, readonly unknown[]][] {
  const { returns, ...tables903 } = content.data;
  return [
    ['returns', returns],
    ['supplied', content.supplied],
    ...Object.entries(tables903).map(([k, v]): [string, readonly unknown[]] => [k, v]),
    ...Object.entries(content.ssd).map(([k, v]): [string, readonly unknown[]] => [`ssd.${k}`, v as readonly unknown[]]),
  ];
}

/** Opens (creating if needed) a SQLite store at `path`; use ":memory:" for a throwaway store. */
export function openSqliteStore(path: string): Store {
  const db = new DatabaseSync(path);
  // WAL keeps readers working during an import; a crash or kill mid-import leaves the last commit intact
  // (the uncommitted pages in the write-ahead log are discarded when the file is next opened).
  db.exec('pragma journal_mode = wal; pragma synchronous = normal; pragma foreign_keys = on;');
  migrate(db);

  const summaryOf = (r: SnapshotRow): SnapshotSummary => ({
    id: r.id,
    contentHash: r.content_hash,
    extractDate: r.extract_date,
    importedAt: r.imported_at,
    source: r.source,
    children: r.children,
    episodes: r.episodes,
    counts: JSON.parse(r.counts_json) as Record<string, number>,
  });
  const byHash = db.prepare('select * from snapshot where content_hash = ?');
  const byId = db.prepare('select * from snapshot where id = ?');

  return {
    importSnapshot(content, config, meta: ImportMeta): ImportOutcome {
      const tables = tablesOf(content);
      const total = tables.reduce((s, [, rows]) => s + rows.length, 0);
      // Rows per table, for the summary; the list of supplied tables is not a table of records.
      const counts = Object.fromEntries(tables.filter(([k]) => k !== 'supplied').map(([k, rows]) => [k, rows.length]));
      const children = new Set(content.data.headers.map((h) => h.child)).size;
      const configJson = config ? JSON.stringify(config) : null;
      // The snapshot is written first with a placeholder hash (the hash needs every chunk), then given its
      // hash; if the same content is already stored, the transaction is rolled back and nothing changes.
      return inTransaction<ImportOutcome>(db, () => {
        const info = db
          .prepare('insert into snapshot (content_hash, extract_date, imported_at, source, config_json, children, episodes, counts_json) values (?, ?, ?, ?, ?, ?, ?, ?)')
          .run(`pending-${meta.importedAt}`, meta.extractDate, meta.importedAt, meta.source, configJson, children, content.data.episodes.length, JSON.stringify(counts));
        const id = Number(info.lastInsertRowid);
        const insert = db.prepare('insert into chunk (snapshot_id, table_key, seq, records) values (?, ?, ?, ?)');
        const hash = createContentHash();
        let done = 0;
        for (const [key, rows] of tables) {
          for (let seq = 0, at = 0; at < rows.length || (at === 0 && seq === 0); seq += 1, at += CHUNK) {
            const json = JSON.stringify(rows.slice(at, at + CHUNK));
            hash.addChunk(key, json);
            insert.run(id, key, seq, json);
            done += Math.min(CHUNK, rows.length - at);
            meta.onProgress?.(done, total);
            if (rows.length === 0) break;
          }
        }
        const contentHash = hash.finish(configJson);
        const existing = byHash.get(contentHash) as SnapshotRow | undefined;
        if (existing) throw new AlreadyStored(summaryOf(existing));
        db.prepare('update snapshot set content_hash = ? where id = ?').run(contentHash, id);
        return { snapshot: summaryOf(byId.get(id) as unknown as SnapshotRow), created: true };
      }, (error) => (error instanceof AlreadyStored ? { snapshot: error.snapshot, created: false } : null));
    },

    listSnapshots(): SnapshotSummary[] {
      return (db.prepare('select * from snapshot order by id').all() as unknown as SnapshotRow[]).map(summaryOf);
    },

    loadSnapshot(id: number): StoredSnapshot {
      const row = byId.get(id) as SnapshotRow | undefined;
      if (!row) throw new SnapshotNotFoundError(id);
      const data = emptySsda903() as unknown as Record<string, unknown[]>;
      const ssd = emptySsd() as unknown as Record<string, unknown[]>;
      const supplied: SuppliedTable[] = [];
      const chunks = db.prepare('select table_key, records from chunk where snapshot_id = ? order by table_key, seq').all(id) as unknown as { table_key: string; records: string }[];
      for (const c of chunks) {
        const into = c.table_key === 'supplied' ? (supplied as unknown[]) : c.table_key.startsWith('ssd.') ? (ssd[c.table_key.slice(4)] ??= []) : (data[c.table_key] ??= []);
        for (const r of JSON.parse(c.records) as unknown[]) into.push(r);
      }
      return {
        summary: summaryOf(row),
        data: data as unknown as Ssda903Data,
        ssd: ssd as unknown as SsdData,
        supplied,
        config: row.config_json ? (JSON.parse(row.config_json) as LaConfig) : null,
      };
    },

    close(): void {
      db.close();
    },
  };
}

/** Thrown inside the import transaction when identical content is already stored, to roll it back. */
class AlreadyStored extends Error {
  readonly snapshot: SnapshotSummary;
  constructor(snapshot: SnapshotSummary) {
    super('already stored');
    this.snapshot = snapshot;
  }
}

/** Runs `work` in one transaction: all of it is stored, or (on any error) none of it. */
function inTransaction<T>(db: DatabaseSync, work: () => T, recover: (error: unknown) => T | null): T {
  db.exec('begin immediate');
  try {
    const result = work();
    db.exec('commit');
    return result;
  } catch (error) {
    db.exec('rollback');
    const recovered = recover(error);
    if (recovered !== null) return recovered;
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
    db.exec(`pragma user_version = ${String(SCHEMA_VERSION)}`);
  }, () => null);
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
