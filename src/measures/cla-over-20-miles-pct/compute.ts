// Computation of cla_over_20_miles_pct: unavailable, because no distance between postcodes can be known.
import type { Day } from '../../core/civil-date.ts';
import { monthKeyOf } from '../../core/month.ts';
import type { MeasureInput, MeasureResult } from '../measure.ts';
import { definition } from './definition.ts';

/** Why the measure cannot be computed from the data carestats reads. */
export const UNAVAILABLE_REASON =
  'Needs the distance between each child’s home and placement. The SSDA903 return holds only postcodes (DfE works out the distance itself) and carestats has no postcode locations, so the distance is not known; it is not guessed.';

/** Returns the measure as unavailable for every month, naming what it needs. */
export function compute(_input: MeasureInput, monthEnd: Day): MeasureResult {
  return { id: definition.id, month: monthKeyOf(monthEnd), numerator: null, denominator: null, value: null, unavailable: UNAVAILABLE_REASON, children: [] };
}
