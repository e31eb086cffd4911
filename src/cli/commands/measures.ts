// `carestats measures <data-dir>`: computes every measure for a month (or months) and prints JSON.
import { parseArgs } from 'node:util';
import { monthEndFromKey, trailingMonthEnds } from '../../core/month.ts';
import { MEASURES } from '../../measures/registry.ts';
import { loadFolder } from '../../pipeline/load-folder.ts';
import { computeSeries } from '../../results/compute-series.ts';
import { latestMonthCovered } from '../../results/data-coverage.ts';
import { toResultJson } from '../../results/result-json.ts';
import { buildTimelines } from '../../timeline/build-timelines.ts';
import { EXIT, UsageError, type Effects } from '../effects.ts';
import { formatIssuesText } from '../format-issues.ts';

export const MEASURES_USAGE = `carestats measures <data-dir> [--month YYYY-MM] [--months N] [--format json]

  Computes every measure at the end of a month from a folder of SSDA903 CSV files
  (and la-config.json, if present) and prints one JSON object per measure and month:
  {"id", "month", "numerator", "denominator", "value"}.

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
    options: { month: { type: 'string' }, months: { type: 'string', default: '1' }, format: { type: 'string', default: 'json' } },
  });
  const dir = positionals[0];
  if (!dir || positionals.length > 1) throw new UsageError('Give one data folder.');
  if (values.format !== 'json') throw new UsageError(`Unknown format "${values.format}": use json.`);
  const months = Number(values.months);
  if (!Number.isInteger(months) || months < 1 || months > 240) throw new UsageError('--months must be a whole number from 1 to 240.');
  let monthEnd = values.month === undefined ? null : monthEndFromKey(values.month);
  if (values.month !== undefined && monthEnd === null) throw new UsageError(`--month must be a month written YYYY-MM, such as 2026-03, not "${values.month}".`);

  const loaded = await loadFolder(dir);
  if (loaded.issues.length) for (const line of formatIssuesText(loaded.issues, dir, !loaded.ok)) fx.err(line);
  if (!loaded.ok) return EXIT.dataProblem;
  monthEnd ??= latestMonthCovered(loaded.data);
  if (monthEnd === null) {
    fx.err(`There are no episodes in ${dir}, so there is no month to report. Give --month to report one anyway.`);
    return EXIT.dataProblem;
  }
  const input = { timelines: buildTimelines(loaded.data), config: loaded.config };
  const results = computeSeries(MEASURES, input, trailingMonthEnds(monthEnd, months));
  fx.out(JSON.stringify(results.map(toResultJson), null, 2));
  return EXIT.ok;
}
