// Computation of oc3_eet_pct_17_18 for the collection year ending on the latest 31 March on or before the month end.
import type { Day } from '../../core/civil-date.ts';
import type { MeasureInput, MeasureResult } from '../measure.ts';
import { oc3Eet, oc3Percent } from '../shared/annual-return.ts';
import { definition } from './definition.ts';

/** Computes the OC3 percentage of ages 17 to 18 for the latest collection year ended by `monthEnd`. */
export function compute(input: MeasureInput, monthEnd: Day): MeasureResult {
  return oc3Percent(input, monthEnd, definition.id, definition.decimals, [17, 18], oc3Eet);
}
