// Computation of care_leavers_pathway_plan_pct at a month end.
import type { Day } from '../../core/civil-date.ts';
import type { MeasureInput, MeasureResult } from '../measure.ts';
import { careLeaverPercent, judgePathwayPlan } from '../shared/care-leaver-cohort.ts';
import { definition } from './definition.ts';

/** Computes the percentage of care leavers aged 16–21 at `monthEnd` who meet the measure. */
export function compute(input: MeasureInput, monthEnd: Day): MeasureResult {
  return careLeaverPercent(input, monthEnd, definition.id, [16, 21], definition.decimals, judgePathwayPlan);
}
