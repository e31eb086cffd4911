// Computation of oc2_health_assessment_pct for the collection year ending on the latest 31 March on or before the month end.
import type { Day } from '../../core/civil-date.ts';
import type { MeasureInput, MeasureResult } from '../measure.ts';
import { oc2Percent } from '../shared/annual-return.ts';
import { definition } from './definition.ts';

/** Computes the OC2 HEALTH_ASSESSMENT percentage for the latest collection year ended by `monthEnd`. */
export function compute(input: MeasureInput, monthEnd: Day): MeasureResult {
  return oc2Percent(input, monthEnd, definition.id, definition.decimals, (r) => r.healthAssessment, 'HEALTH_ASSESSMENT');
}
