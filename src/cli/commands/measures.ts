// `carestats measures <data-dir>`: computes measures over a period of month ends, optionally broken down, as JSON or CSV.
import { seriesRows } from '../../results/compute-series.ts';
import { PERIODS, periodMonthEnds, type Period } from '../../results/periods.ts';
import { resultsCsv } from '../../results/result-csv.ts';
import { DIMENSIONS } from '../../results/dimensions/dimensions.ts';
import { EXIT, UsageError, type Effects } from '../effects.ts';
import { choiceArg, readArgs } from '../args.ts';
import { DEFAULT_DB } from '../db-arg.ts';
import { monthArg } from '../date-args.ts';
import { afterDataNote, describeSource, loadMeasureInput, reportFolderIssues, snapshotFileBytes, sourceArg, type SourceArg } from '../load-source.ts';
import type { Day } from '../../core/civil-date.ts';
import { isShareOutOfMemory, measureInShares, type MeasurePlan, type ShareLimits } from '../../pipeline/sharded-measures.ts';
import { readDataFolder } from '../../ingest/read-folder.ts';
import { resolve } from 'node:path';
import type { ResultJson } from '../../results/result-json.ts';
import { dimensionsArg, measuresArg } from '../measure-args.ts';
import { threadsArg, threadsUsage } from '../threads-arg.ts';
import { visibleJson } from '../../core/visible-text.ts';

export const MEASURES_USAGE = `carestats measures <data-dir> | --snapshot ID [--db PATH] [--month YYYY-MM]
                   [--period months|fytd|march] [--months N] [--years N]
                   [--measure ID ...] [--by DIMENSION ...] [--format json|csv] [--threads N]

  Computes measures at month ends, from a folder of files (and la-config.json, if present) or
  from a snapshot stored by "carestats import". JSON gives one object per measure and month:
  {"id", "month", "numerator", "denominator", "value", "cohort"} ("unavailable" says what data
  a measure lacks; "cohort" is the number of children in its cohort). CSV gives the same with
  a header row.

  --snapshot ID     a snapshot stored by "carestats import", instead of a folder
  --db PATH         the database of snapshots (default data/carestats.sqlite)
  --month YYYY-MM   the last month to report (default: the latest month end on or before the
                    latest date recorded in the episodes, so a month is never reported before
                    the data reach its last day; or 31 March, when that date is in March and
                    its return is in a folder named for its year, such as 903/2025-26)
  --period months   N month ends ending with --month (the default)
  --period fytd     the financial year to date: every month end from April to --month
  --period march    31 March of each of the last N years, up to --month
  --months N        months for --period months (default 1; 13 gives a year on year series)
  --years N         years for --period march (default 6)
  --measure ID      only this measure (repeat for more; "carestats definitions" lists them)
  --by DIMENSION    add a breakdown by each child's group at the month end (for a child
                    coming into or leaving care, or adopted, on the day of it; in the
                    annual DfE measures, at their 31 March):
                    ${wrap(DIMENSIONS.map((d) => d.id).join(', '), 70).join('\n                    ')}.
                    JSON adds "breakdown": {"dimension", "groups": [{"group", "numerator",
                    "denominator", "value", "cohort"}], "note"} (a note when the groups have
                    no value, as a rate's); CSV adds dimension and group columns, with an
                    "All" row for the whole measure, and a note column on the groups' rows.
                    Repeat for more dimensions, or give --by all for every one: each measure
                    and month then comes once per dimension, in the order given
  --format json|csv output format (default json)
  ${threadsUsage(18, 'the data')}

  Exit code 1 when the data cannot be used (an error in the folder, or no episodes; a figure
  the data cannot give is "unavailable", not an error); 2 for an option, folder or snapshot
  that is wrong.`;

/** Runs the command; returns the exit code. */
export async function measuresCommand(args: string[], fx: Effects): Promise<number> {
  const { values, positionals } = readArgs('measures', {
    args,
    allowPositionals: true,
    options: {
      month: { type: 'string' }, months: { type: 'string' }, years: { type: 'string' }, period: { type: 'string', default: 'months' },
      measure: { type: 'string', multiple: true }, by: { type: 'string', multiple: true }, format: { type: 'string', default: 'json' },
      snapshot: { type: 'string' }, db: { type: 'string', default: DEFAULT_DB }, threads: { type: 'string' },
    },
  });
  const format = choiceArg('format', values.format, ['json', 'csv']);
  const period = choiceArg('period', values.period, PERIODS);
  const count = countArg(period, values.months, values.years);
  const last = monthArg(values.month);
  const measures = measuresArg(values.measure);
  const dimensions = dimensionsArg(values.by);
  // Last: the words of the options are checked before the file system is.
  const src = sourceArg(positionals, values.snapshot, values.db, 'measures');

  let noted = false;
  const plan: Plan = (latest, ends) => {
    // A month after the data end is not unknown to carestats but is guessed: say so once (on stderr, so the
    // figures on stdout stay as they are for other tools). One before the earliest return has no figures.
    const note = noted ? null : afterDataNote(last, latest, ends);
    if (note !== null) fx.err(note);
    noted = true;
    const end = last ?? latest;
    return end === null ? null : { measures, monthEnds: periodMonthEnds(period, end, count), dimensions };
  };
  // A large folder or snapshot is read and computed in shares of its children on several threads
  // (pipeline/sharded-measures.ts). A snapshot that cannot be read in shares (there is none with that id, or an
  // older carestats stored it as records) goes to one thread, which says what is wrong if anything is.
  const shares = 'dir' in src ? threadsArg(values.threads, () => readDataFolder(src.dir).bytes) : snapshotShares(src, values.threads);
  const rows = shares > 1 ? await inShares(src, shares, plan, fx) : await onOneThread(src, plan, fx);
  if (rows === 'data-problem') return EXIT.dataProblem;
  if (rows === null) {
    fx.err(`There are no episodes in ${describeSource(src)}, so there is no month to report. Give --month to report one anyway.`);
    return EXIT.dataProblem;
  }
  if (format === 'csv') fx.out(resultsCsv(rows, dimensions.length > 0).replace(/\n$/, ''));
  else fx.out(visibleJson(rows));
  return EXIT.ok;
}

/** What to compute, given the latest month end the data cover (null without episodes). */
type Plan = (latest: Day | null, ends: Day | null) => MeasurePlan | null;

/** The rows, or null when there is no month to report; 'data-problem' once the folder's errors are shown. */
type Computed = ResultJson[] | null | 'data-problem';

async function onOneThread(src: SourceArg, plan: Plan, fx: Effects, showIssues = true): Promise<Computed> {
  const loaded = await loadMeasureInput(src, fx, showIssues);
  if (!loaded) return 'data-problem';
  const chosen = plan(loaded.latest, loaded.input.returnsEnd ?? null);
  return chosen === null ? null : seriesRows(chosen.measures, loaded.input, chosen.monthEnds, chosen.dimensions);
}

/**
 * Computes in shares; where the shares cannot give one read's figures, or a share runs out of memory, on one
 * thread instead (the findings shown once either way). `limits` are the shares' memory (tests set them small).
 */
export async function inShares(src: SourceArg, shares: number, plan: Plan, fx: Effects, limits: ShareLimits = {}): Promise<Computed> {
  let shown = false;
  const source = 'dir' in src ? { dir: src.dir, extractDate: fx.today } : { db: resolve(src.db), snapshot: src.snapshot };
  try {
    // A folder's errors and warnings are shown as soon as it is checked, before the measures are computed. A
    // snapshot's were shown when it was imported.
    const { checked, rows } = await measureInShares(source, shares, plan, (c) => {
      if (!('dir' in src)) return;
      shown = true;
      reportFolderIssues(c.issues, c.ok, src.dir, fx);
    }, limits);
    if (rows === 'use-one-thread') return await onOneThread(src, plan, fx);
    if (checked.ok) return rows;
    // A snapshot accepted when it was imported in which today's checks find errors: one thread says so and
    // computes from the rows that read cleanly, as it does for any snapshot.
    return 'dir' in src ? 'data-problem' : await onOneThread(src, plan, fx);
  } catch (error) {
    if (!isShareOutOfMemory(error)) throw error;
    fx.err(`Reading ${describeSource(src)} in ${String(shares)} shares ran out of memory in one of them; reading it on one thread instead, which takes longer (--threads 1 goes straight there).`);
    return onOneThread(src, plan, fx, !shown);
  }
}

/** Shares for a snapshot: by the size of its stored files, as a folder's; 1 when it has none to read in shares. */
function snapshotShares(src: { snapshot: number; db: string }, threads: string | undefined): number {
  const bytes = snapshotFileBytes(src);
  // Read first, so a wrong --threads is a usage error whatever the snapshot.
  const asked = threadsArg(threads, () => bytes ?? 0);
  return bytes === null ? 1 : asked;
}

/** Works out how many months (or years) the period covers; each count belongs to one period only. */
function countArg(period: Period, months: string | undefined, years: string | undefined): number {
  if (months !== undefined && period !== 'months') throw new UsageError('--months goes with --period months; --period fytd runs from April, --period march takes --years.');
  if (years !== undefined && period !== 'march') throw new UsageError(`--years goes with --period march: add --period march for 31 March of each of the last ${years} years.`);
  if (period === 'march') {
    const n = Number(years ?? '6');
    if (!Number.isInteger(n) || n < 1 || n > 30) throw new UsageError(`--years must be a whole number from 1 to 30, not "${years ?? ''}".`);
    return n;
  }
  const n = Number(months ?? '1');
  if (!Number.isInteger(n) || n < 1 || n > 240) throw new UsageError(`--months must be a whole number from 1 to 240, not "${months ?? ''}".`);
  return n;
}

/** Breaks text into lines of at most `width` characters at spaces, for the usage text. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}
