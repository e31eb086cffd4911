// Loads what the measures need from a data folder or a stored snapshot, for the commands that compute measures.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Issue } from '../checks/issue.ts';
import { countSsdChildren, unlinkedSsdTables, type SsdChildCounts } from '../checks/ssd-children.ts';
import type { LaConfig } from '../config/la-config.ts';
import { formatLong, formatMonthLong, type Day } from '../core/civil-date.ts';
import type { SsdData, Ssda903Data, SuppliedTable } from '../ingest/records.ts';
import type { MeasureInput, UnlinkedSsd } from '../measures/measure.ts';
import { loadFolder, suppliesSsd } from '../pipeline/load-folder.ts';
import { latestMonthCovered, returnsBegin, returnsEnd } from '../results/data-coverage.ts';
import { readSnapshot } from '../pipeline/load-snapshot.ts';
import { SnapshotNotFoundError } from '../store/store.ts';
import { openSqliteStore } from '../store/sqlite/sqlite-store.ts';
import { buildTimelines, suppliedTables } from '../timeline/build-timelines.ts';
import { ssdDepartmentView } from '../timeline/record-views.ts';
import { UsageError, type Effects } from './effects.ts';
import { DEFAULT_DB, dbArg } from './db-arg.ts';
import { folderArg } from './folder-arg.ts';
import { formatIssuesText, shellWord } from './format-issues.ts';

/** Where the data come from: a folder, or a snapshot in a database. */
export type SourceArg = { dir: string } | { snapshot: number; db: string };

/** The data and configuration the measures need. */
export interface Source {
  data: Ssda903Data;
  ssd: SsdData;
  supplied: readonly SuppliedTable[];
  config: LaConfig | null;
  /** The SSD tables' children as the checks counted them (null: not counted, or no SSD tables; absent: not read by them). */
  ssdChildren?: SsdChildCounts | null;
}

/** Reads the folder-or-snapshot arguments of `command`, throwing a usage error unless exactly one is given. */
export function sourceArg(positionals: readonly string[], snapshot: string | undefined, db: string, command: string): SourceArg {
  if (snapshot === undefined) {
    if (positionals.length === 0) throw new UsageError(`Give the data folder, or --snapshot ID for a snapshot stored by "carestats import".`);
    return { dir: folderArg(positionals, command) };
  }
  const id = Number(snapshot);
  if (!Number.isInteger(id) || id < 1) {
    // "#3" or "snapshot3", as the id might be written in a note: the number in it is the id meant.
    const digits = /^\D*?(\d+)$/.exec(snapshot.trim())?.[1];
    const meant = digits !== undefined && Number(digits) >= 1 ? ` Did you mean --snapshot ${String(Number(digits))}?` : '';
    throw new UsageError(`--snapshot must be a snapshot id (a whole number, as "carestats snapshots" lists them), not "${snapshot}".${meant}`);
  }
  if (positionals.length > 0) throw new UsageError('Give one data folder, or --snapshot ID, but not both.');
  return { snapshot: id, db: dbArg(db, true) };
}

/**
 * The note for a month asked for after the last month the data cover (`latest`), or null, which `measures` and
 * `explain` say on standard error. After the newest return ends (`ends`) its figures are unavailable
 * (measures/shared/unavailable.ts unavailableAfterReturns); before, they are not unknown to carestats but
 * guessed: the return's year may hold later events than its latest date shows, or not.
 */
export function afterDataNote(month: Day | null, latest: Day | null, ends: Day | null = null): string | null {
  if (month === null || latest === null || month <= latest) return null;
  if (ends !== null && month > ends) return `Note: ${formatMonthLong(month)} is after the newest SSDA903 return ends (${formatLong(ends)}), so its figures are unavailable: the data know nothing of what happened after.`;
  return `Note: ${formatMonthLong(month)} is after the last month the data cover (${formatMonthLong(latest)}). Its figures treat every episode still open then as going on, and know nothing of what happened after.`;
}

/** Names the source in messages. */
export function describeSource(src: SourceArg): string {
  return 'dir' in src ? src.dir : `snapshot ${String(src.snapshot)}`;
}

/**
 * Loads the source and builds the measure input, with the latest month the data cover (null when there are no
 * episodes). Returns null after reporting the problem on standard error when the data cannot be used. A
 * folder's errors and warnings are shown on standard error, unless `showIssues` is false (they were already).
 */
export async function loadMeasureInput(src: SourceArg, fx: Effects, showIssues = true): Promise<{ input: MeasureInput; latest: Day | null } | null> {
  const loaded = 'dir' in src ? await fromFolder(src.dir, fx, showIssues) : await fromSnapshot(src.snapshot, src.db, fx);
  if (!loaded) return null;
  // Before the timelines consume the tables.
  const latest = latestMonthCovered(loaded.data);
  return { input: measureInputOf(loaded, { consume: true }), latest };
}

/**
 * The measure input of loaded data. With `consume`, the timelines take the tables' records as they are built:
 * nothing else needs them, and at national scale their full records are better collected while the timelines
 * are built than held beside the copies. So everything else is read from the tables first.
 */
export function measureInputOf(loaded: Source, { consume }: { consume: boolean }): MeasureInput {
  const supplied = suppliedTables(loaded.data, loaded.ssd, loaded.supplied);
  const departments = loaded.ssd.departments.map(ssdDepartmentView);
  const begins = returnsBegin(loaded.data);
  const ends = returnsEnd(loaded.data);
  const unlinkedSsd = unlinkedSsdOf(loaded);
  return { timelines: buildTimelines(loaded.data, loaded.ssd, { consume }), config: loaded.config, supplied, departments, returnsBegin: begins, returnsEnd: ends, unlinkedSsd };
}

/**
 * Which SSD tables' children are not the 903's (MeasureInput.unlinkedSsd): as the checks counted them, else
 * counted here (a records snapshot, or one whose checks stopped before counting). Before the timelines consume
 * the tables.
 */
function unlinkedSsdOf(loaded: Source): UnlinkedSsd[] {
  const counts = loaded.ssdChildren ?? (suppliesSsd(loaded.supplied) ? countSsdChildren(loaded.data, loaded.ssd) : null);
  return counts ? unlinkedSsdTables(counts) : [];
}

/** Reads a folder, showing its findings unless they have been shown already (`showIssues` false). */
async function fromFolder(dir: string, fx: Effects, showIssues: boolean): Promise<Source | null> {
  const loaded = await loadFolder(dir, { extractDate: fx.today });
  if (showIssues) reportFolderIssues(loaded.issues, loaded.ok, dir, fx);
  return loaded.ok ? loaded : null;
}

/** Which snapshots there are, in words: "The snapshots stored are 1 to 4." (or "1, 3 and 4", or none). */
function storedIds(ids: readonly number[]): string {
  if (ids.length === 0) return 'No snapshots are stored in this database yet.';
  if (ids.length === 1) return `The one stored is ${String(ids[0])}.`;
  const first = ids[0] ?? 0;
  const last = ids.at(-1) ?? 0;
  if (last - first === ids.length - 1) return `The snapshots stored are ${String(first)} to ${String(last)}.`;
  return `The snapshots stored are ${ids.slice(0, -1).join(', ')} and ${String(last)}.`;
}

/** Shows a folder's errors and warnings on standard error, as every command that computes from a folder does (notes are for validate). */
export function reportFolderIssues(issues: readonly Issue[], ok: boolean, dir: string, fx: Effects): void {
  const shown = issues.filter((i) => i.severity !== 'note');
  if (shown.length) for (const line of formatIssuesText(shown, dir, !ok, '', { warningsPerId: 5 })) fx.err(line);
}

/**
 * The size of a snapshot's stored files, to choose how many shares to read them in; null when there is no
 * database or snapshot with that id, or the snapshot holds records (stored by an older carestats), which is
 * read on one thread (fromSnapshot says what is wrong, if anything is).
 */
export function snapshotFileBytes(src: { snapshot: number; db: string }): number | null {
  if (!existsSync(resolve(src.db))) return null;
  const store = openSqliteStore(resolve(src.db));
  try {
    // From the list first: loading a records snapshot would read every record.
    const summary = store.listSnapshots().find((s) => s.id === src.snapshot);
    if (summary?.format !== 'files') return null;
    const { content } = store.loadSnapshot(src.snapshot);
    return content.kind === 'files' ? content.files.bytes : null;
  } finally {
    store.close();
  }
}

async function fromSnapshot(id: number, db: string, fx: Effects): Promise<Source | null> {
  const store = openSqliteStore(resolve(db));
  try {
    const loaded = await readSnapshot(store.loadSnapshot(id));
    // Its warnings were shown when it was imported. An error can appear only if today's checks are stricter
    // than those that accepted it: say so, and use the rows that read cleanly, as the snapshot was accepted.
    if (loaded.hasErrors) {
      fx.err(`Snapshot ${String(id)} was accepted when it was imported, but this version of carestats finds errors in its files; the figures use the rows that read cleanly. The errors:`);
      for (const line of formatIssuesText(loaded.issues.filter((i) => i.severity === 'error'), `snapshot ${String(id)}`, false, '', {})) fx.err(line);
    }
    return loaded;
  } catch (error) {
    // A snapshot id that does not exist is the command used wrongly (exit code 2), as an unknown measure is.
    if (error instanceof SnapshotNotFoundError) throw new UsageError(`${error.message} ${storedIds(store.listSnapshots().map((s) => s.id))} List them with "carestats snapshots${db === resolve(DEFAULT_DB) ? '' : ` --db ${shellWord(db)}`}".`);
    throw error;
  } finally {
    store.close();
  }
}
