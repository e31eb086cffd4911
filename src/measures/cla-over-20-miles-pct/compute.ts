// Computation of cla_over_20_miles_pct: children looked after placed more than 20 miles from home.
import { formatUk, type Day } from '../../core/civil-date.ts';
import type { SsdPlacement } from '../../timeline/record-views.ts';
import type { ChildTimeline } from '../../timeline/child-timeline.ts';
import { TEMPORARY_PLACEMENTS } from '../../timeline/placements.ts';
import type { MeasureInput, MeasureResult } from '../measure.ts';
import { shareOfLookedAfter } from '../shared/share-of-looked-after.ts';
import { unavailableBefore, unavailableUnless } from '../shared/unavailable.ts';
import { definition } from './definition.ts';

/** The distance, in miles, beyond which a placement counts (DfE's "more than 20 miles from home"). */
const MILES = 20;

/**
 * Computes the percentage of children looked after at `monthEnd` placed more than 20 miles from home. A child
 * whose distance is not known stays in the denominator, not met, as DfE counts "not known" as a category of all
 * children looked after.
 */
export function compute(input: MeasureInput, monthEnd: Day): MeasureResult {
  // Before the placements' records begin (an SSD extract from a later date than the SSDA903 history), no child
  // has a placement in force, and each would count as distance not known: unavailable, not a figure near 0.
  const missing = unavailableUnless(input, definition.id, monthEnd, ['ssda903.episodes', 'ssd.placements'])
    ?? unavailableBefore(input, definition.id, monthEnd, 'ssd.placements', monthEnd);
  if (missing) return missing;
  return shareOfLookedAfter(input, monthEnd, definition.id, definition.decimals, (t) => {
    const p = usualSsdPlacementOn(t, monthEnd);
    if (!p) return { inCohort: true, met: false, reason: () => `Distance not known: no placement in ssd_cla_placement is in force on ${formatUk(monthEnd)}` };
    const where = `${p.file} row ${String(p.row)}`;
    const distance = p.distance;
    if (distance === null) return { inCohort: true, met: false, reason: () => `Distance not known: no distance from home is recorded for the placement from ${formatUk(p.start)} (type ${p.type || 'blank'}, ${where})` };
    const met = distance > MILES;
    return { inCohort: true, met, reason: () => `${met ? 'More than' : 'Not more than'} ${String(MILES)} miles: ${String(distance)} miles from home, placement from ${formatUk(p.start)} (type ${p.type || 'blank'}, ${where})` };
  });
}

/**
 * Finds the SSD placement in force at the end of `day` (started on or before it, not ended on or before it).
 * A temporary placement (T0–T4, a stay away while the carer is on holiday, say) stands for the usual placement
 * the child returns to, as the other placement measures count it: the latest earlier placement in the same
 * period of care (CLA id).
 */
function usualSsdPlacementOn(t: ChildTimeline, day: Day): SsdPlacement | null {
  const list = t.ssd.placements;
  for (let i = list.length - 1; i >= 0; i -= 1) {
    const p = list[i];
    if (!p || p.start > day) continue;
    if (p.end !== null && p.end <= day) return null;
    if (!TEMPORARY_PLACEMENTS.has(p.type)) return p;
    for (let j = i - 1; j >= 0; j -= 1) {
      const before = list[j];
      if (before && before.claId === p.claId && !TEMPORARY_PLACEMENTS.has(before.type)) return before;
    }
    return p;
  }
  return null;
}
