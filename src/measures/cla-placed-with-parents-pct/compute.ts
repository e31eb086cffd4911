// Computation of cla_placed_with_parents_pct at a month end.
import type { Day } from '../../core/civil-date.ts';
import type { MeasureInput, MeasureResult } from '../measure.ts';
import { placementTypeVerdict } from '../shared/placement-type-share.ts';
import { shareOfLookedAfter } from '../shared/share-of-looked-after.ts';
import { definition } from './definition.ts';

/** Placement type P1: placed with own parent(s) or other person with parental responsibility. */
const PLACED_WITH_PARENTS: ReadonlySet<string> = new Set(['P1']);

/** Computes the percentage of children looked after at `monthEnd` placed with parents. */
export function compute(input: MeasureInput, monthEnd: Day): MeasureResult {
  return shareOfLookedAfter(input, monthEnd, definition.id, definition.decimals, placementTypeVerdict(PLACED_WITH_PARENTS, 'Placed with parents'));
}
