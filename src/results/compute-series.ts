// Computes every measure for every month end in a series.
import type { Day } from '../core/civil-date.ts';
import type { Measure, MeasureInput, MeasureResult } from '../measures/measure.ts';

/** Computes each measure at each month end; results are grouped by measure, months oldest first. */
export function computeSeries(measures: readonly Measure[], input: MeasureInput, monthEnds: readonly Day[]): MeasureResult[] {
  return measures.flatMap((m) => monthEnds.map((end) => m.compute(input, end)));
}
