// `carestats import <data-dir>`: checks a folder and, if nothing blocks, stores it as a dated snapshot.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { dayFromYmd, formatIso, formatLong } from '../../core/civil-date.ts';
import { yearName } from '../../ingest/code-lists.ts';
import { extractDateArg } from '../date-args.ts';
import { checkFolderForImport } from '../../pipeline/sharded-check.ts';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.ts';
import { EXIT, UsageError, type Effects } from '../effects.ts';
import { readArgs } from '../args.ts';
import { DEFAULT_DB, dbArg } from '../db-arg.ts';
import { folderArg } from '../folder-arg.ts';
import { formatIssuesText, shellWord } from '../format-issues.ts';
import { progressBar } from '../progress.ts';
import { threadsArg, threadsUsage } from '../threads-arg.ts';
import { readDataFolder } from '../../ingest/read-folder.ts';

export const IMPORT_USAGE = `carestats import <data-dir> [--extract-date YYYY-MM-DD] [--db PATH]
                        [--threads N]

  Checks a folder (as validate does) and, if no error blocks it, stores everything in one
  transaction as a new dated snapshot. A folder with errors stores nothing; an import that
  fails or is stopped part way leaves the database exactly as it was. Importing the same
  files again changes nothing. Earlier snapshots stay: list them with "carestats snapshots".

  --extract-date  the date the files were extracted (default today): not after today, nor
                  before the newest return's year began
  --db PATH       the SQLite database (default data/carestats.sqlite)
  ${threadsUsage(16)}`;

/** Runs the command; returns the exit code. */
export async function importCommand(args: string[], fx: Effects): Promise<number> {
  const { values, positionals } = readArgs('import', {
    args,
    allowPositionals: true,
    options: { 'extract-date': { type: 'string' }, db: { type: 'string', default: DEFAULT_DB }, threads: { type: 'string' } },
  });
  const extract = extractDateArg(values['extract-date'], fx.today);
  const dir = folderArg(positionals, 'import');
  const dbPath = dbArg(values.db);

  const shares = threadsArg(values.threads, () => readDataFolder(dir).bytes);
  const reading = progressBar(fx, 'Reading');
  const { checked, toStore } = await checkFolderForImport(dir, { shares, extractDate: extract, onFile: (done, total, name) => { reading.update(done, total, name); } });
  reading.end();
  const shown = checked.issues.filter((i) => i.severity !== 'note');
  for (const line of formatIssuesText(shown, dir, !checked.ok, 'Nothing was stored.', { warningsPerId: 5 })) fx.err(line);
  const notes = checked.issues.length - shown.length;
  const notesLine = `${notes.toLocaleString('en-GB')} ${notes === 1 ? 'note' : 'notes'} about the files (harmless things the extract should not do) ${notes === 1 ? 'is' : 'are'} listed by "carestats validate ${shellWord(dir)}".`;
  if (!toStore) {
    if (notes) fx.err(notesLine);
    return EXIT.dataProblem;
  }
  // Files extracted before a return's year began cannot hold it: the date is mistyped (2025 for 2026, as in
  // April), or the folder misnamed. Stored, the snapshot would be dated wrongly for good.
  const newest = Math.max(0, ...checked.returns.map((r) => r.year));
  if (values['extract-date'] !== undefined && newest > 0 && extract < dayFromYmd(newest - 1, 4, 1)) {
    const folder = checked.returns.find((r) => r.year === newest)?.folder || 'the top folder';
    throw new UsageError(`--extract-date ${values['extract-date']} is before the newest return in the folder (${folder}, for ${yearName(newest)}) began, on 1 April ${String(newest - 1)}: files extracted then could not hold it. Give the day these files were extracted. Nothing was stored.`);
  }

  mkdirSync(dirname(dbPath), { recursive: true });
  const store = openSqliteStore(dbPath);
  const storing = progressBar(fx, 'Storing');
  try {
    const { snapshot, created } = store.importSnapshot(toStore, checked.config, {
      extractDate: formatIso(extract),
      source: resolve(dir),
      importedAt: fx.now(),
      onProgress: (done, total) => { storing.update(done, total); },
    });
    storing.end();
    if (!created) {
      // The same files are the same snapshot whatever date is given: say so when the date given is not its own.
      const given = values['extract-date'] !== undefined && formatIso(extract) !== snapshot.extractDate ? ` It keeps its extract date: the ${formatIso(extract)} given now is not used.` : '';
      fx.out(`These files are already stored as snapshot ${String(snapshot.id)} (extracted ${snapshot.extractDate}); nothing changed.${given}`);
      return EXIT.ok;
    }
    const counts = Object.entries(snapshot.counts).filter(([key, n]) => n > 0 && key !== 'returns');
    fx.out(`Stored snapshot ${String(snapshot.id)} (extracted ${snapshot.extractDate}) in ${dbPath}: ${snapshot.children.toLocaleString('en-GB')} children, ${snapshot.episodes.toLocaleString('en-GB')} episodes.`);
    fx.out(`Rows stored per table: ${counts.map(([key, n]) => `${key} ${n.toLocaleString('en-GB')}`).join(', ')}.`);
    if (notes) fx.out(notesLine);
    // A snapshot keeps its date for good (the same files again are the same snapshot): one dated today for want
    // of --extract-date is said so, on stderr, beside the figures' other notes.
    if (values['extract-date'] === undefined) fx.err(`Note: no --extract-date was given, so snapshot ${String(snapshot.id)} is dated today, ${formatLong(extract)}. Give --extract-date YYYY-MM-DD when files were extracted on another day.`);
  } finally {
    storing.end();
    store.close();
  }
  return EXIT.ok;
}
