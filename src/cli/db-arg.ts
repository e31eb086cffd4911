// Reads --db, the SQLite database of snapshots (import, snapshots, and measures and explain with --snapshot),
// saying in words what is wrong with a path that cannot be one, before anything is read: an import of a large
// folder took its whole read to be told the database could not be opened, where --db named a folder.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './effects.ts';
import { didYouMean } from './near-miss.ts';

/** The default database, under the folder carestats is run from. */
export const DEFAULT_DB = 'data/carestats.sqlite';

/**
 * Returns the database path `db` resolved, or throws a usage error for a folder, or, when the database is to be
 * read (`mustExist`), for a path with nothing there (naming a database file beside it that was probably meant).
 */
export function dbArg(db: string, mustExist = false): string {
  const path = resolve(db);
  if (existsSync(path) && statSync(path).isDirectory()) {
    throw new UsageError(`--db ${db} is a folder: give the database file, such as ${join(db, 'carestats.sqlite')}.`);
  }
  if (mustExist && !existsSync(path)) {
    const near = didYouMean(basename(path), filesBeside(path), (name) => join(dirname(db), name));
    const where = db === DEFAULT_DB ? ' (the default)' : '';
    throw new UsageError(`There is no database at ${path}${where}.${near} Give the database with --db PATH, or store a snapshot first with "carestats import <data-dir>".`);
  }
  return path;
}

function filesBeside(path: string): string[] {
  try {
    return readdirSync(dirname(path), { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
  } catch {
    return [];
  }
}
