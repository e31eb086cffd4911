// Computation of cla_residential_pct at a month end.
import type { Day } from '../../core/civil-date.ts';
import type { MeasureInput, MeasureResult } from '../measure.ts';
import { placementTypeVerdict } from '../shared/placement-type-share.ts';
import { shareOfLookedAfter } from '../shared/share-of-looked-after.ts';
import { definition } from './definition.ts';

/** Residential care: K1 secure children's home, K2 children's home, R1 residential care home, S1 residential school. */
export const RESIDENTIAL_PLACEMENTS: ReadonlySet<string> = new Set(['K1', 'K2', 'R1', 'S1']);

/** Computes the percentage of children looked after at `monthEnd` in residential care. */
export function compute(input: MeasureInput, monthEnd: Day): MeasureResult {
  return shareOfLookedAfter(input, monthEnd, definition.id, definition.decimals, placementTypeVerdict(RESIDENTIAL_PLACEMENTS, 'Residential care'));
}
