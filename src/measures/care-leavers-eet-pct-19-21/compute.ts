// Computation of care_leavers_eet_pct_19_21 at a month end.
import type { Day } from '../../core/civil-date.ts';
import type { MeasureInput, MeasureResult } from '../measure.ts';
import { careLeaverPercent, judgeEet } from '../shared/care-leaver-cohort.ts';
import { definition } from './definition.ts';

/** Computes the percentage of care leavers aged 19–21 at `monthEnd` who meet the measure. */
export function compute(input: MeasureInput, monthEnd: Day): MeasureResult {
  return careLeaverPercent(input, monthEnd, definition.id, [19, 21], definition.decimals, judgeEet);
}
