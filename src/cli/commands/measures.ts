// `carestats measures <data-dir>`: computes every measure for a month (or months) and prints JSON.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { LaConfig } from '../../config/la-config.ts';
import type { SsdData, Ssda903Data } from '../../ingest/records.ts';
import { SnapshotNotFoundError } from '../../store/store.ts';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.ts';
import { monthEndFromKey, trailingMonthEnds } from '../../core/month.ts';
import { MEASURES } from '../../measures/registry.ts';
import { loadFolder } from '../../pipeline/load-folder.ts';
import { computeSeries } from '../../results/compute-series.ts';
import { latestMonthCovered } from '../../results/data-coverage.ts';
import { toResultJson } from '../../results/result-json.ts';
import { buildTimelines, suppliedTables } from '../../timeline/build-timelines.ts';
import { EXIT, UsageError, type Effects } from '../effects.ts';
import { formatIssuesText } from '../format-issues.ts';

export const MEASURES_USAGE = `carestats measures <data-dir> | --snapshot ID [--db PATH] [--month YYYY-MM] [--months N] [--format json]

  Computes every measure at the end of a month, from a folder of files (and la-config.json,
  if present) or from a snapshot stored by "carestats import", and prints one JSON object per
  measure and month: {"id", "month", "numerator", "denominator", "value"}.

  --month YYYY-MM  the month to report (default: the latest month end on or before the
                   latest date recorded in the episodes, so a month is never reported
                   before the data reach its last day)
  --months N       report N month ends, ending with --month (default 1)
  --format json    output format (json is the only format so far)`;

/** Runs the command; returns the exit code. */
export async function measuresCommand(args: string[], fx: Effects): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      month: { type: 'string' }, months: { type: 'string', default: '1' }, format: { type: 'string', default: 'json' },
      snapshot: { type: 'string' }, db: { type: 'string', default: 'data/carestats.sqlite' },
    },
  });
  const dir = positionals[0];
  const snapshotId = values.snapshot === undefined ? null : Number(values.snapshot);
  if (snapshotId !== null && (!Number.isInteger(snapshotId) || snapshotId < 1)) throw new UsageError('--snapshot must be a snapshot id (a whole number): see "carestats snapshots".');
  if (snapshotId === null ? !dir || positionals.length > 1 : positionals.length > 0) throw new UsageError('Give one data folder, or --snapshot ID, but not both.');
  if (values.format !== 'json') throw new UsageError(`Unknown format "${values.format}": use json.`);
  const months = Number(values.months);
  if (!Number.isInteger(months) || months < 1 || months > 240) throw new UsageError('--months must be a whole number from 1 to 240.');
  let monthEnd = values.month === undefined ? null : monthEndFromKey(values.month);
  if (values.month !== undefined && monthEnd === null) throw new UsageError(`--month must be a month written YYYY-MM, such as 2026-03, not "${values.month}".`);

  const loaded = snapshotId === null ? await fromFolder(dir ?? '', fx) : fromSnapshot(snapshotId, values.db, fx);
  if (!loaded) return EXIT.dataProblem;
  monthEnd ??= latestMonthCovered(loaded.data);
  if (monthEnd === null) {
    fx.err(`There are no episodes in ${dir ?? `snapshot ${String(snapshotId)}`}, so there is no month to report. Give --month to report one anyway.`);
    return EXIT.dataProblem;
  }
  const input = { timelines: buildTimelines(loaded.data, loaded.ssd), config: loaded.config, supplied: suppliedTables(loaded.data, loaded.ssd) };
  const results = computeSeries(MEASURES, input, trailingMonthEnds(monthEnd, months));
  fx.out(JSON.stringify(results.map(toResultJson), null, 2));
  return EXIT.ok;
}

/** The data and configuration the measures need. */
interface Source {
  data: Ssda903Data;
  ssd: SsdData;
  config: LaConfig | null;
}

async function fromFolder(dir: string, fx: Effects): Promise<Source | null> {
  const loaded = await loadFolder(dir);
  const shown = loaded.issues.filter((i) => i.severity !== 'note');
  if (shown.length) for (const line of formatIssuesText(shown, dir, !loaded.ok)) fx.err(line);
  return loaded.ok ? loaded : null;
}

function fromSnapshot(id: number, db: string, fx: Effects): Source | null {
  if (!existsSync(resolve(db))) {
    fx.err(`There is no database at ${resolve(db)}. Store a snapshot first with "carestats import <data-dir>".`);
    return null;
  }
  const store = openSqliteStore(resolve(db));
  try {
    return store.loadSnapshot(id);
  } catch (error) {
    if (error instanceof SnapshotNotFoundError) {
      fx.err(`${error.message} List them with "carestats snapshots".`);
      return null;
    }
    throw error;
  } finally {
    store.close();
  }
}
