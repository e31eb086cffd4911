// Computation of cla_count at a month end.
import type { Day } from '../../core/civil-date.ts';
import { monthKeyOf } from '../../core/month.ts';
import type { MeasureInput, MeasureResult } from '../measure.ts';
import { lookedAfterCohort } from '../shared/looked-after-cohort.ts';

/** Counts children looked after at the end of `monthEnd`. */
export function compute(input: MeasureInput, monthEnd: Day): MeasureResult {
  const { count, children } = lookedAfterCohort(input, monthEnd);
  return { id: 'cla_count', month: monthKeyOf(monthEnd), numerator: count, denominator: null, value: count, children };
}
