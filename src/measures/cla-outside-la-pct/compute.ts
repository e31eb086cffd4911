// Computation of cla_outside_la_pct at a month end.
import type { Day } from '../../core/civil-date.ts';
import { postcodeDistrict } from '../../timeline/status-on.ts';
import type { MeasureInput, MeasureResult } from '../measure.ts';
import { placementAt } from '../shared/placement-type-share.ts';
import { shareOfLookedAfter } from '../shared/share-of-looked-after.ts';
import { unavailableResult } from '../shared/unavailable.ts';
import { definition } from './definition.ts';

/** Computes the percentage of children looked after at `monthEnd` placed outside the council's postcode districts. */
export function compute(input: MeasureInput, monthEnd: Day): MeasureResult {
  const home = new Set((input.config?.districts ?? []).flatMap((d) => d.postcodeDistricts.map((p) => p.toUpperCase())));
  if (home.size === 0) {
    return unavailableResult(definition.id, monthEnd, 'Needs the council’s postcode districts (districts and their postcodeDistricts in la-config.json in the data folder) to tell which placements are outside the area.');
  }
  return shareOfLookedAfter(input, monthEnd, definition.id, definition.decimals, (t, episode) => {
    const { usual, words } = placementAt(t, episode, monthEnd);
    const district = postcodeDistrict(usual.plPost);
    // Not known is a category of all children looked after, as DfE counts it: in the denominator, not met.
    if (district === null) {
      return { inCohort: true, met: false, reason: () => `Location not known: placement postcode (PL_POST) ${usual.plPost.trim() === '' ? 'is blank' : `"${usual.plPost}" cannot be read`} in ${words()}` };
    }
    const outside = !home.has(district);
    return { inCohort: true, met: outside, reason: () => `${outside ? 'Outside' : 'Inside'} the area: placement postcode district ${district} (PL_POST ${usual.plPost}) in ${words()}` };
  });
}
