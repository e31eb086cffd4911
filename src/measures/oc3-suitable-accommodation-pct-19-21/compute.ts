// Computation of oc3_suitable_accommodation_pct_19_21 for the collection year ending on the latest 31 March on or before the month end.
import type { Day } from '../../core/civil-date.ts';
import type { MeasureInput, MeasureResult } from '../measure.ts';
import { oc3Suitable, oc3Percent } from '../shared/annual-return.ts';
import { definition } from './definition.ts';

/** Computes the OC3 percentage of ages 19 to 21 for the latest collection year ended by `monthEnd`. */
export function compute(input: MeasureInput, monthEnd: Day): MeasureResult {
  return oc3Percent(input, monthEnd, definition.id, definition.decimals, [19, 21], oc3Suitable);
}
