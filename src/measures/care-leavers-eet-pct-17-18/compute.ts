// Computation of care_leavers_eet_pct_17_18 at a month end.
import type { Day } from '../../core/civil-date.ts';
import type { MeasureInput, MeasureResult } from '../measure.ts';
import { careLeaverPercent, judgeEet } from '../shared/care-leaver-cohort.ts';
import { definition } from './definition.ts';

/** Computes the percentage of care leavers aged 17–18 at `monthEnd` who meet the measure. */
export function compute(input: MeasureInput, monthEnd: Day): MeasureResult {
  return careLeaverPercent(input, monthEnd, definition.id, [17, 18], definition.decimals, judgeEet);
}
