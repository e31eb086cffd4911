// Computation of sgo_12m at a month end.
import type { Day } from '../../core/civil-date.ts';
import type { MeasureInput, MeasureResult } from '../measure.ts';
import { SGO_RECS } from '../shared/adoptions.ts';
import { careEndingsIn12Months } from '../shared/care-endings.ts';
import { definition } from './definition.ts';

/** Counts children who left care under a special guardianship order in the 12 months to `monthEnd`. */
export function compute(input: MeasureInput, monthEnd: Day): MeasureResult {
  return careEndingsIn12Months(input, monthEnd, definition.id, SGO_RECS, 'Special guardianship order');
}
