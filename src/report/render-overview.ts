// Renders the children-looked-after overview page: headline, chart with text alternative, data table, definitions.
import { formatLong, formatMonthLong, formatMonthShort, type Day } from '../core/civil-date.ts';
import { monthKeyOf } from '../core/month.ts';
import { listInWords } from '../core/words.ts';
import type { MeasureDefinition, MeasureResult } from '../measures/measure.ts';
import { describeChange, formatNumber } from './format.ts';
import { abbreviationsIn } from './glossary.ts';
import { lineChartSvg } from './line-chart.ts';
import { nunjucksEnv } from './nunjucks-env.ts';

/** The measures the overview shows (children looked after, and their rate): its definitions are these. */
export const OVERVIEW_MEASURES: readonly string[] = ['cla_count', 'cla_rate'];

/** Everything the overview page shows. */
export interface OverviewInput {
  councilName: string;
  synthetic: boolean;
  monthEnds: readonly Day[];
  results: readonly MeasureResult[];
  definitions: readonly MeasureDefinition[];
  /** The day the page was made (injected, never read from the clock here). */
  generatedOn: Day;
  snapshot: { id: number; extractDate: string } | null;
  populationSources: readonly string[];
}

/** Renders the page to a complete HTML document. */
export function renderOverview(input: OverviewInput): string {
  const value = (id: string, end: Day) => input.results.find((r) => r.id === id && r.month === monthKeyOf(end)) ?? null;
  const counts = input.monthEnds.map((end) => ({ monthEnd: end, value: value('cla_count', end)?.value ?? null }));
  const latestEnd = input.monthEnds.at(-1);
  const firstEnd = input.monthEnds[0];
  if (latestEnd === undefined || firstEnd === undefined) throw new Error('Programmer error: the overview needs at least one month');
  const latestCount = value('cla_count', latestEnd)?.value ?? null;
  const latestRate = value('cla_rate', latestEnd);

  const headline: string[] = [];
  if (latestCount !== null) {
    let sentence = `At ${formatLong(latestEnd)}, ${formatNumber(latestCount)} ${latestCount === 1 ? 'child was' : 'children were'} looked after`;
    if (latestRate?.value != null) sentence += `: ${formatNumber(latestRate.value)} for every 10,000 children aged 0 to 17 in the area`;
    headline.push(`${sentence}.`);
    const monthBefore = counts.at(-2)?.value;
    const yearBefore = counts.length >= 13 ? counts.at(-13)?.value : undefined;
    if (monthBefore != null) headline.push(`That is ${describeChange(latestCount, monthBefore)} a month earlier.`);
    if (yearBefore != null) headline.push(`It is ${describeChange(latestCount, yearBefore)} a year earlier (${formatNumber(yearBefore)} at ${formatLong(firstEnd)}).`);
  }

  const known = counts.filter((c): c is { monthEnd: Day; value: number } => c.value !== null);
  const lowest = known.length ? Math.min(...known.map((c) => c.value)) : null;
  const highest = known.length ? Math.max(...known.map((c) => c.value)) : null;
  // Every month the lowest (or highest) figure was reached, not only the first: two months can share it.
  const monthsAt = (v: number) => listInWords(known.filter((c) => c.value === v).map((c) => formatMonthLong(c.monthEnd)));
  const altText =
    `Line chart of the number of children looked after at each month end from ${formatMonthLong(firstEnd)} to ${formatMonthLong(latestEnd)}.` +
    (lowest !== null && highest !== null
      ? ` The lowest was ${formatNumber(lowest)} in ${monthsAt(lowest)} and the highest ${formatNumber(highest)} in ${monthsAt(highest)}; the latest is ${formatNumber(latestCount)}.`
      : '') +
    ' The same figures are in the table below the chart.';

  const rateDef = input.definitions.find((d) => d.id === 'cla_rate');
  const rows = input.monthEnds.map((end) => {
    const rate = value('cla_rate', end);
    return [
      { text: formatLong(end) },
      { text: formatNumber(value('cla_count', end)?.value ?? null), format: 'numeric' },
      { text: rate?.unavailable ? 'not available' : formatNumber(rate?.value ?? null, rateDef?.decimals ?? 0), format: 'numeric' },
    ];
  });

  return nunjucksEnv().render('overview.njk', {
    councilName: input.councilName,
    synthetic: input.synthetic,
    periodText: `${formatMonthShort(firstEnd)} to ${formatMonthShort(latestEnd)}`,
    headline,
    chartSvg: lineChartSvg({ points: counts, yLabel: 'Children looked after', altText }),
    tableCaption: `Children looked after and rate per 10,000 children aged 0 to 17, at each month end from ${formatMonthLong(firstEnd)} to ${formatMonthLong(latestEnd)}`,
    rows,
    rateUnavailable: latestRate?.unavailable ?? null,
    definitions: input.definitions,
    // The abbreviations and codes the definitions and notes use, explained for members.
    abbreviations: abbreviationsIn([...input.definitions.flatMap(definitionTexts), ...input.populationSources]),
    generatedOn: formatLong(input.generatedOn),
    snapshot: input.snapshot,
    populationSources: input.populationSources,
  });
}

/** Every text of a definition the page shows. */
function definitionTexts(d: MeasureDefinition): string[] {
  return [d.title, d.description, d.numerator, d.denominator ?? '', d.cohort, ...d.exclusions, ...d.sources];
}
