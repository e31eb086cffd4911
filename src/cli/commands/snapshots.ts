// `carestats snapshots`: lists the stored snapshots, newest last.
import { existsSync } from 'node:fs';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.ts';
import { EXIT, type Effects } from '../effects.ts';
import { visibleJson } from '../../core/visible-text.ts';
import { choiceArg, readArgs } from '../args.ts';
import { DEFAULT_DB, dbArg } from '../db-arg.ts';

export const SNAPSHOTS_USAGE = `carestats snapshots [--db PATH] [--format text|json]

  Lists the snapshots stored by "carestats import": id, extract date, when imported, from
  where, and how many children and episodes. Report on one with "carestats measures --snapshot ID".

  --db PATH       the database (default data/carestats.sqlite)
  --format json   the list as JSON for other tools ([] when none is stored)`;

/** Runs the command; returns the exit code. */
export function snapshotsCommand(args: string[], fx: Effects): number {
  const { values } = readArgs('snapshots', { args, options: { db: { type: 'string', default: DEFAULT_DB }, format: { type: 'string', default: 'text' } } });
  const format = choiceArg('format', values.format, ['text', 'json']);
  const db = dbArg(values.db);
  if (!existsSync(db)) {
    // None stored: for other tools, the empty list; for the analyst, why.
    if (format === 'json') fx.out('[]');
    else fx.out(`No snapshots are stored yet: there is no database at ${db}. Store one with "carestats import <data-dir>".`);
    return EXIT.ok;
  }
  const store = openSqliteStore(db);
  try {
    const list = store.listSnapshots();
    if (format === 'json') {
      fx.out(visibleJson(list));
    } else if (list.length === 0) {
      fx.out(`No snapshots are stored in ${db} yet. Store one with "carestats import <data-dir>".`);
    } else {
      for (const s of list) {
        fx.out(`${String(s.id).padStart(4)}  extracted ${s.extractDate}  imported ${s.importedAt}  ${s.children.toLocaleString('en-GB')} children, ${s.episodes.toLocaleString('en-GB')} episodes  from ${s.source}${s.format === 'records' ? '  (records stored by an older carestats, not the files)' : ''}`);
      }
    }
  } finally {
    store.close();
  }
  return EXIT.ok;
}
