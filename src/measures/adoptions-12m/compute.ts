// Computation of adoptions_12m at a month end.
import type { Day } from '../../core/civil-date.ts';
import type { MeasureInput, MeasureResult } from '../measure.ts';
import { ADOPTED_RECS } from '../shared/adoptions.ts';
import { careEndingsIn12Months } from '../shared/care-endings.ts';
import { definition } from './definition.ts';

/** Counts children adopted from care in the 12 months to `monthEnd`. */
export function compute(input: MeasureInput, monthEnd: Day): MeasureResult {
  return careEndingsIn12Months(input, monthEnd, definition.id, ADOPTED_RECS, 'Adopted');
}
