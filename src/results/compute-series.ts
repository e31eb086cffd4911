// Computes every measure for every month end in a series.
import type { Day } from '../core/civil-date.ts';
import type { Measure, MeasureInput, MeasureResult } from '../measures/measure.ts';

/** Computes each measure at each month end; results are grouped by measure, months oldest first. */
export function computeSeries(measures: readonly Measure[], input: MeasureInput, monthEnds: readonly Day[]): MeasureResult[] {
  return mapSeries(measures, input, monthEnds, (r) => r);
}

/**
 * Computes each measure at each month end and keeps only what `keep` makes of each result, in the same order.
 * A result's child list (thousands of outcomes) can then be dropped as soon as its figures and breakdowns are
 * taken, so memory stays at one result's children rather than every result's.
 */
export function mapSeries<T>(measures: readonly Measure[], input: MeasureInput, monthEnds: readonly Day[], keep: (result: MeasureResult, measure: Measure) => T): T[] {
  const out: T[] = [];
  for (const m of measures) for (const end of monthEnds) out.push(keep(m.compute(input, end), m));
  return out;
}
