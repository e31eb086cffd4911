// `carestats import <data-dir>`: checks a folder and, if nothing blocks, stores it as a dated snapshot.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatIso, parseIso } from '../../core/civil-date.ts';
import { loadFolder } from '../../pipeline/load-folder.ts';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.ts';
import { EXIT, UsageError, type Effects } from '../effects.ts';
import { formatIssuesText } from '../format-issues.ts';

export const IMPORT_USAGE = `carestats import <data-dir> [--extract-date YYYY-MM-DD] [--db PATH]

  Checks a folder of SSDA903 CSV files and, if no error blocks it, stores it in one
  transaction as a new dated snapshot. A folder with errors stores nothing. Importing
  the same files again changes nothing.

  --extract-date  the date the files were extracted (default today)
  --db PATH       the SQLite database (default data/carestats.sqlite)`;

/** Runs the command; returns the exit code. */
export async function importCommand(args: string[], fx: Effects): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { 'extract-date': { type: 'string' }, db: { type: 'string', default: 'data/carestats.sqlite' } },
  });
  const dir = positionals[0];
  if (!dir || positionals.length > 1) throw new UsageError('Give one data folder.');
  const extract = values['extract-date'] === undefined ? fx.today : parseIso(values['extract-date']);
  if (extract === null) throw new UsageError('--extract-date must be a date written YYYY-MM-DD.');

  const loaded = await loadFolder(dir);
  for (const line of formatIssuesText(loaded.issues, dir, !loaded.ok)) fx.err(line);
  if (!loaded.ok) return EXIT.dataProblem;

  const dbPath = resolve(values.db);
  mkdirSync(dirname(dbPath), { recursive: true });
  const store = openSqliteStore(dbPath);
  try {
    const { snapshot, created } = store.importSnapshot({ data: loaded.data, ssd: loaded.ssd }, loaded.config, { extractDate: formatIso(extract), source: resolve(dir), importedAt: fx.now() });
    fx.out(
      created
        ? `Stored snapshot ${String(snapshot.id)} (extracted ${snapshot.extractDate}): ${String(snapshot.children)} children, ${String(snapshot.episodes)} episodes, in ${dbPath}.`
        : `These files are already stored as snapshot ${String(snapshot.id)}; nothing changed.`,
    );
  } finally {
    store.close();
  }
  return EXIT.ok;
}
