// Computes every measure for every month end in a series.
import type { Day } from '../core/civil-date.ts';
import type { Measure, MeasureInput, MeasureResult } from '../measures/measure.ts';
import { releaseDay } from '../measures/shared/input-memo.ts';
import { breakdownContext, breakdownsOf } from './breakdown.ts';
import type { Dimension } from './dimensions/dimensions.ts';
import { toResultJson, type ResultJson } from './result-json.ts';

/** Computes each measure at each month end; results are grouped by measure, months in the order given. */
export function computeSeries(measures: readonly Measure[], input: MeasureInput, monthEnds: readonly Day[]): MeasureResult[] {
  return mapSeries(measures, input, monthEnds, (r) => r);
}

/**
 * Computes each measure at each month end and keeps only what `keep` makes of each result, in the same order.
 * A result's child list (thousands of outcomes) can then be dropped as soon as its figures and breakdowns are
 * taken, so memory stays at one result's children rather than every result's.
 */
export function mapSeries<T>(measures: readonly Measure[], input: MeasureInput, monthEnds: readonly Day[], keep: (result: MeasureResult, measure: Measure) => T): T[] {
  const out = new Array<T>(measures.length * monthEnds.length);
  // Month by month, so the work shared by one month's measures (input-memo.ts memoForDay) is let go when the
  // month is done; results still come out grouped by measure.
  for (const [k, end] of monthEnds.entries()) {
    for (const [i, m] of measures.entries()) out[i * monthEnds.length + k] = keep(m.compute(input, end), m);
    releaseDay(input, end);
  }
  return out;
}

/**
 * The rows `carestats measures` prints: each measure at each month end, once with no breakdown or, with
 * `dimensions`, once per dimension in their order, broken down by it (measure by measure, month by month).
 * Each result's child list is dropped once its figures and breakdowns are taken (mapSeries), and is computed
 * without reasons.
 */
export function seriesRows(measures: readonly Measure[], input: MeasureInput, monthEnds: readonly Day[], dimensions: readonly Dimension[]): ResultJson[] {
  // Only figures leave here, so no child's reason is kept (MeasureInput.figuresOnly). Work remembered for the
  // input (input-memo.ts) is remembered afresh for this one, once per series.
  const figures: MeasureInput = { ...input, figuresOnly: true };
  const contexts = dimensions.map((d) => breakdownContext(d, figures));
  const rows = mapSeries(measures, figures, monthEnds, (r, m) => {
    // The figures once per result (its cohort is counted over every child), each breakdown after them.
    const row = toResultJson(r);
    return contexts.length === 0 ? [row] : breakdownsOf(r, m.definition, contexts).map((breakdown) => ({ ...row, breakdown }));
  });
  return rows.flat();
}
