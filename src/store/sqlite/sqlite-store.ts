// The embedded SQLite store, through Node's built-in node:sqlite (no native addon to compile).
import { DatabaseSync } from 'node:sqlite';
import { formatIso, parseIso, type Day } from '../../core/civil-date.ts';
import type { LaConfig } from '../../config/la-config.ts';
import type { EpisodeRecord, HeaderRecord, Ssda903Data } from '../../ingest/records.ts';
import { contentHash } from '../content-hash.ts';
import { SnapshotNotFoundError, type ImportMeta, type ImportOutcome, type SnapshotSummary, type Store, type StoredSnapshot } from '../store.ts';
import { SCHEMA_SQL, SCHEMA_VERSION } from './schema.ts';

interface SnapshotRow {
  id: number;
  content_hash: string;
  extract_date: string;
  imported_at: string;
  source: string;
  config_json: string | null;
  children: number;
  episodes: number;
}

/** Opens (creating if needed) a SQLite store at `path`; use ":memory:" for a throwaway store. */
export function openSqliteStore(path: string): Store {
  const db = new DatabaseSync(path);
  // WAL keeps readers working during an import; a crash mid-import leaves the last commit intact.
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
  });
  const byHash = db.prepare('select * from snapshot where content_hash = ?');
  const byId = db.prepare('select * from snapshot where id = ?');

  return {
    importSnapshot(data: Ssda903Data, config: LaConfig | null, meta: ImportMeta): ImportOutcome {
      const hash = contentHash(data, config);
      const existing = byHash.get(hash) as SnapshotRow | undefined;
      if (existing) return { snapshot: summaryOf(existing), created: false };
      const children = new Set(data.headers.map((h) => h.child)).size;
      return inTransaction(db, () => {
        const info = db
          .prepare('insert into snapshot (content_hash, extract_date, imported_at, source, config_json, children, episodes) values (?, ?, ?, ?, ?, ?, ?)')
          .run(hash, meta.extractDate, meta.importedAt, meta.source, config ? JSON.stringify(config) : null, children, data.episodes.length);
        const id = Number(info.lastInsertRowid);
        const insertHeader = db.prepare('insert into header values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
        for (const h of data.headers) {
          insertHeader.run(id, h.source.file, h.source.row, h.child, h.sex, formatIso(h.dob), h.ethnic, h.upn, h.mother, isoOrNull(h.mcDob));
        }
        const insertEpisode = db.prepare('insert into episode values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
        for (const e of data.episodes) {
          insertEpisode.run(
            id, e.source.file, e.source.row, e.child, formatIso(e.decom), e.rne, e.ls, e.cin, e.place, e.placeProvider,
            isoOrNull(e.dec), e.rec, e.reasonPlaceChange, e.homePost, e.plPost, e.urn,
          );
        }
        const row = byId.get(id) as unknown as SnapshotRow;
        return { snapshot: summaryOf(row), created: true };
      });
    },

    listSnapshots(): SnapshotSummary[] {
      return (db.prepare('select * from snapshot order by id').all() as unknown as SnapshotRow[]).map(summaryOf);
    },

    loadSnapshot(id: number): StoredSnapshot {
      const row = byId.get(id) as SnapshotRow | undefined;
      if (!row) throw new SnapshotNotFoundError(id);
      const headers = (db.prepare('select * from header where snapshot_id = ? order by rowid').all(id) as unknown as HeaderRow[]).map(toHeader);
      const episodes = (db.prepare('select * from episode where snapshot_id = ? order by rowid').all(id) as unknown as EpisodeRow[]).map(toEpisode);
      return { summary: summaryOf(row), data: { headers, episodes }, config: row.config_json ? (JSON.parse(row.config_json) as LaConfig) : null };
    },

    close(): void {
      db.close();
    },
  };
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

function migrate(db: DatabaseSync): void {
  const { user_version: version } = db.prepare('pragma user_version').get() as { user_version: number };
  if (version > SCHEMA_VERSION) {
    throw new Error(`This database was written by a newer carestats (schema ${String(version)}); upgrade carestats to read it.`);
  }
  if (version < SCHEMA_VERSION) {
    db.exec(SCHEMA_SQL);
    db.exec(`pragma user_version = ${String(SCHEMA_VERSION)}`);
  }
}

interface HeaderRow {
  source_file: string;
  source_row: number;
  child: string;
  sex: string;
  dob: string;
  ethnic: string;
  upn: string;
  mother: string;
  mc_dob: string | null;
}

interface EpisodeRow {
  source_file: string;
  source_row: number;
  child: string;
  decom: string;
  rne: string;
  ls: string;
  cin: string;
  place: string;
  place_provider: string;
  dec: string | null;
  rec: string;
  reason_place_change: string;
  home_post: string;
  pl_post: string;
  urn: string;
}

function toHeader(r: HeaderRow): HeaderRecord {
  return {
    child: r.child, sex: r.sex, dob: day(r.dob), ethnic: r.ethnic, upn: r.upn, mother: r.mother,
    mcDob: r.mc_dob === null ? null : day(r.mc_dob), source: { file: r.source_file, row: r.source_row },
  };
}

function toEpisode(r: EpisodeRow): EpisodeRecord {
  return {
    child: r.child, decom: day(r.decom), rne: r.rne, ls: r.ls, cin: r.cin, place: r.place, placeProvider: r.place_provider,
    dec: r.dec === null ? null : day(r.dec), rec: r.rec, reasonPlaceChange: r.reason_place_change, homePost: r.home_post,
    plPost: r.pl_post, urn: r.urn, source: { file: r.source_file, row: r.source_row },
  };
}

function day(iso: string): Day {
  const d = parseIso(iso);
  if (d === null) throw new Error(`Stored date is not yyyy-mm-dd: ${iso}`);
  return d;
}

function isoOrNull(d: Day | null): string | null {
  return d === null ? null : formatIso(d);
}
