// The SQLite schema. Dates are stored as ISO yyyy-mm-dd text so analysts can query the file directly.

/** Bumped whenever the schema changes; older files are migrated in order. */
export const SCHEMA_VERSION = 1;

export const SCHEMA_SQL = `
create table if not exists snapshot (
  id integer primary key,
  content_hash text not null unique,
  extract_date text not null,
  imported_at text not null,
  source text not null,
  config_json text,
  children integer not null,
  episodes integer not null
);
create table if not exists header (
  snapshot_id integer not null references snapshot(id),
  source_file text not null,
  source_row integer not null,
  child text not null,
  sex text not null,
  dob text not null,
  ethnic text not null,
  upn text not null,
  mother text not null,
  mc_dob text
);
create index if not exists header_snapshot on header(snapshot_id);
create table if not exists episode (
  snapshot_id integer not null references snapshot(id),
  source_file text not null,
  source_row integer not null,
  child text not null,
  decom text not null,
  rne text not null,
  ls text not null,
  cin text not null,
  place text not null,
  place_provider text not null,
  dec text,
  rec text not null,
  reason_place_change text not null,
  home_post text not null,
  pl_post text not null,
  urn text not null
);
create index if not exists episode_snapshot on episode(snapshot_id);
`;
