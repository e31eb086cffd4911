// Computation of cla_family_based_10_17_pct at a month end.
import { formatUk, type Day } from '../../core/civil-date.ts';
import { ageOnDay } from '../../timeline/status-on.ts';
import type { MeasureInput, MeasureResult } from '../measure.ts';
import { placementAt } from '../shared/placement-type-share.ts';
import { shareOfLookedAfter } from '../shared/share-of-looked-after.ts';
import { definition } from './definition.ts';

/** Family-based placements: foster care (U1–U6) and placed for adoption (A3–A6). */
const FAMILY_BASED: ReadonlySet<string> = new Set(['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'A3', 'A4', 'A5', 'A6']);

/** Computes the percentage of children looked after at `monthEnd` aged 10–17 in a family-based placement. */
export function compute(input: MeasureInput, monthEnd: Day): MeasureResult {
  return shareOfLookedAfter(input, monthEnd, definition.id, definition.decimals, (t, episode) => {
    const age = ageOnDay(t, monthEnd);
    if (age < 10) return { inCohort: false, reason: () => `Not in the cohort: aged ${String(age)} on ${formatUk(monthEnd)} (born ${formatUk(t.dob)}); the measure covers ages 10 to 17` };
    const { usual, words } = placementAt(t, episode, monthEnd);
    const met = FAMILY_BASED.has(usual.place);
    return { inCohort: true, met, reason: () => `Aged ${String(age)}; ${met ? 'in a family' : 'not in a family'}: placement ${usual.place} in ${words()}` };
  });
}
