// `carestats measures <data-dir>`: computes measures over a period of month ends, optionally broken down, as JSON or CSV.
import { parseArgs } from 'node:util';
import { mapSeries } from '../../results/compute-series.ts';
import { breakdownContext, breakdownOf } from '../../results/breakdown.ts';
import { PERIODS, periodMonthEnds, type Period } from '../../results/periods.ts';
import { resultsCsv } from '../../results/result-csv.ts';
import { toResultJson } from '../../results/result-json.ts';
import { DIMENSIONS } from '../../results/dimensions/dimensions.ts';
import { EXIT, UsageError, type Effects } from '../effects.ts';
import { describeSource, loadMeasureInput, monthArg, sourceArg } from '../load-source.ts';
import { dimensionArg, measuresArg } from '../measure-args.ts';

export const MEASURES_USAGE = `carestats measures <data-dir> | --snapshot ID [--db PATH] [--month YYYY-MM]
                   [--period months|fytd|march] [--months N] [--years N]
                   [--measure ID ...] [--by DIMENSION] [--format json|csv]

  Computes measures at month ends, from a folder of files (and la-config.json, if present) or
  from a snapshot stored by "carestats import". JSON gives one object per measure and month:
  {"id", "month", "numerator", "denominator", "value", "cohort"} ("unavailable" says what data
  a measure lacks; "cohort" is the number of children in its cohort). CSV gives the same with
  a header row.

  --month YYYY-MM   the last month to report (default: the latest month end on or before the
                    latest date recorded in the episodes, so a month is never reported before
                    the data reach its last day)
  --period months   N month ends ending with --month (the default)
  --period fytd     the financial year to date: every month end from April to --month
  --period march    31 March of each of the last N years, up to --month
  --months N        months for --period months (default 1; 13 gives a year on year series)
  --years N         years for --period march (default 6)
  --measure ID      only this measure (repeat for more; "carestats definitions" lists them)
  --by DIMENSION    add a breakdown by each child's group at the month end:
                    ${wrap(DIMENSIONS.map((d) => d.id).join(', '), 70).join('\n                    ')}.
                    JSON adds "breakdown": {"dimension", "groups": [{"group", "numerator",
                    "denominator", "value", "cohort"}]}; CSV adds dimension and group columns,
                    with an "All" row for the whole measure
  --format json|csv output format (default json)`;

/** Runs the command; returns the exit code. */
export async function measuresCommand(args: string[], fx: Effects): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      month: { type: 'string' }, months: { type: 'string' }, years: { type: 'string' }, period: { type: 'string', default: 'months' },
      measure: { type: 'string', multiple: true }, by: { type: 'string' }, format: { type: 'string', default: 'json' },
      snapshot: { type: 'string' }, db: { type: 'string', default: 'data/carestats.sqlite' },
    },
  });
  const src = sourceArg(positionals, values.snapshot, values.db);
  if (values.format !== 'json' && values.format !== 'csv') throw new UsageError(`Unknown format "${values.format}": use json or csv.`);
  const period = periodArg(values.period);
  const count = countArg(period, values.months, values.years);
  let last = monthArg(values.month);
  const measures = measuresArg(values.measure);
  const dimension = values.by === undefined ? null : dimensionArg(values.by);

  const loaded = await loadMeasureInput(src, fx);
  if (!loaded) return EXIT.dataProblem;
  last ??= loaded.latest;
  if (last === null) {
    fx.err(`There are no episodes in ${describeSource(src)}, so there is no month to report. Give --month to report one anyway.`);
    return EXIT.dataProblem;
  }
  const ctx = dimension === null ? null : breakdownContext(dimension, loaded.input);
  // Each result's child list is dropped once its figures and breakdown are taken (mapSeries).
  const rows = mapSeries(measures, loaded.input, periodMonthEnds(period, last, count), (r, m) => toResultJson(r, ctx === null ? undefined : breakdownOf(r, m.definition, ctx)));
  if (values.format === 'csv') fx.out(resultsCsv(rows, dimension?.id ?? null).replace(/\n$/, ''));
  else fx.out(JSON.stringify(rows, null, 2));
  return EXIT.ok;
}

function periodArg(text: string): Period {
  const found = PERIODS.find((p) => p === text);
  if (!found) throw new UsageError(`Unknown period "${text}": use ${PERIODS.join(', ')}.`);
  return found;
}

/** Works out how many months (or years) the period covers; each count belongs to one period only. */
function countArg(period: Period, months: string | undefined, years: string | undefined): number {
  if (months !== undefined && period !== 'months') throw new UsageError('--months goes with --period months; --period fytd runs from April, --period march takes --years.');
  if (years !== undefined && period !== 'march') throw new UsageError('--years goes with --period march.');
  if (period === 'march') {
    const n = Number(years ?? '6');
    if (!Number.isInteger(n) || n < 1 || n > 30) throw new UsageError('--years must be a whole number from 1 to 30.');
    return n;
  }
  const n = Number(months ?? '1');
  if (!Number.isInteger(n) || n < 1 || n > 240) throw new UsageError('--months must be a whole number from 1 to 240.');
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
