// The SQLite schema. Since schema 4 a snapshot holds the council's files as imported, compressed with zstd in
// parts of 16 MiB (`source_file`; see ../source-files.ts for why), and is read back through the ingest.
// Snapshots stored before schema 4 keep their records, table by table in chunks of JSON (dates as day
// numbers, each record with the file and row it came from), which analysts can query with json_each:
//   select value ->> 'child', value ->> 'place' from chunk, json_each(chunk.records)
//   where snapshot_id = 1 and table_key = 'episodes';

/** Bumped whenever the schema changes; older files are migrated in order (sqlite-store.ts `migrate`). */
export const SCHEMA_VERSION = 4;

/** Schema 1 (carestats 0.1): header and episode tables. Kept so older files can be migrated. */
export const SCHEMA_V1_SQL = `
create table if not exists snapshot (
  id integer primary key, content_hash text not null unique, extract_date text not null, imported_at text not null,
  source text not null, config_json text, children integer not null, episodes integer not null
);
create table if not exists header (
  snapshot_id integer not null references snapshot(id), source_file text not null, source_row integer not null,
  child text not null, sex text not null, dob text not null, ethnic text not null, upn text not null, mother text not null, mc_dob text
);
create table if not exists episode (
  snapshot_id integer not null references snapshot(id), source_file text not null, source_row integer not null,
  child text not null, decom text not null, rne text not null, ls text not null, cin text not null, place text not null,
  place_provider text not null, dec text, rec text not null, reason_place_change text not null, home_post text not null,
  pl_post text not null, urn text not null
);
`;

/** Schema 2: every table of the 903 and the SSD, in chunks. */
export const SCHEMA_V2_SQL = `
alter table snapshot add column counts_json text not null default '{}';
create table chunk (
  snapshot_id integer not null references snapshot(id),
  table_key text not null,
  seq integer not null,
  records text not null,
  primary key (snapshot_id, table_key, seq)
) without rowid;
`;

/** Schema 4: snapshots hold their files; `format` says which kind a snapshot is ('records' before schema 4). */
export const SCHEMA_V4_SQL = `
alter table snapshot add column format text not null default 'records';
create table source_file (
  snapshot_id integer not null references snapshot(id),
  name text not null,
  part integer not null,
  bytes integer not null,
  sha256 text not null,
  codec text not null,
  content blob not null,
  primary key (snapshot_id, name, part)
);
`;
