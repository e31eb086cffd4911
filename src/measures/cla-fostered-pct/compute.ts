// Computation of cla_fostered_pct at a month end.
import type { Day } from '../../core/civil-date.ts';
import type { MeasureInput, MeasureResult } from '../measure.ts';
import { placementTypeVerdict } from '../shared/placement-type-share.ts';
import { shareOfLookedAfter } from '../shared/share-of-looked-after.ts';
import { definition } from './definition.ts';

/** Foster placements: U1–U3 with a relative or friend, U4–U6 with other foster carers. */
export const FOSTER_PLACEMENTS: ReadonlySet<string> = new Set(['U1', 'U2', 'U3', 'U4', 'U5', 'U6']);

/** Computes the percentage of children looked after at `monthEnd` in foster placements. */
export function compute(input: MeasureInput, monthEnd: Day): MeasureResult {
  return shareOfLookedAfter(input, monthEnd, definition.id, definition.decimals, placementTypeVerdict(FOSTER_PLACEMENTS, 'Fostered'));
}
