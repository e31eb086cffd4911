// Computation of long_term_stability_pct at a month end.
import { formatUk, type Day } from '../../core/civil-date.ts';
import { continuouslyLookedAfterSince, latestQualifyingStart, lookedAfterContinuously } from '../../timeline/continuous-care.ts';
import type { ChildTimeline } from '../../timeline/child-timeline.ts';
import { beganBeforeData, periodHolding } from '../../timeline/looked-after-on.ts';
import { placementOn, placementsOf, type Placement } from '../../timeline/placements.ts';
import type { Episode } from '../../timeline/record-views.ts';
import { ageOnDay } from '../../timeline/status-on.ts';
import type { MeasureInput, MeasureResult } from '../measure.ts';
import { shareOfLookedAfter, type ShareVerdict } from '../shared/share-of-looked-after.ts';
import { definition } from './definition.ts';

/** Placed for adoption with the current foster carer (903 PLACE A3 with consent, A5 under a placement order). */
const ADOPTION_WITH_FOSTER_CARER: ReadonlySet<string> = new Set(['A3', 'A5']);
const FOSTER: ReadonlySet<string> = new Set(['U1', 'U2', 'U3', 'U4', 'U5', 'U6']);

/** Computes the percentage of long-term children looked after at `monthEnd` in the same placement for 2+ years. */
export function compute(input: MeasureInput, monthEnd: Day): MeasureResult {
  const careSince = latestQualifyingStart(monthEnd, 30);
  const placedSince = latestQualifyingStart(monthEnd, 24);
  return shareOfLookedAfter(input, monthEnd, definition.id, definition.decimals, (t, episode): ShareVerdict => {
    const age = ageOnDay(t, monthEnd);
    if (age >= 16) return { inCohort: false, reason: () => `Not in the cohort: aged ${String(age)} on ${formatUk(monthEnd)}; the measure covers children under 16` };
    const since = continuouslyLookedAfterSince(t, monthEnd);
    // The period in force: one that began before the data may have begun long before its first episode in them.
    // (Its placement then began on that episode or before, so a child in the cohort has a placement long enough
    // known: only the 2½ years can be unknown.)
    const period = periodHolding(t, episode);
    const before = period !== undefined && beganBeforeData(period) ? period.episodes[0] : undefined;
    if (!lookedAfterContinuously(t, monthEnd, 30)) {
      if (before) return { inCohort: false, reason: () => `Not in the cohort: ${beforeTheData(before)}, so 2½ years in care since ${formatUk(careSince)} cannot be told; the earlier SSDA903 returns would show it` };
      return { inCohort: false, reason: () => `Not in the cohort: looked after continuously since ${since === null ? 'an unknown date' : formatUk(since)}, after ${formatUk(careSince)} (needs 2½ years)` };
    }
    const placement = placementOn(t, monthEnd);
    if (!placement) return { inCohort: true, met: false, reason: 'No placement in force at the month end' };
    const stable = () => `needs to have begun by ${formatUk(placedSince)}`;
    if (placement.start <= placedSince) return { inCohort: true, met: true, reason: () => `Same placement since ${formatUk(placement.start)} (${describe(placement)}); ${stable()}` };
    const foster = fosterPlacementBefore(t, placement);
    if (foster) {
      const met = foster.start <= placedSince;
      return {
        inCohort: true, met,
        reason: () => `Placed for adoption with their foster carers: foster placement from ${formatUk(foster.start)} (${describe(foster)}) then adoptive placement from ${formatUk(placement.start)} (${describe(placement)}); together ${met ? 'at least' : 'less than'} 2 years (${stable()})`,
      };
    }
    return { inCohort: true, met: false, reason: () => `Current placement began ${formatUk(placement.start)} (${describe(placement)}); ${stable()}` };
  });
}

/**
 * Returns the foster placement that an adoptive placement with the same carers directly followed: the current
 * placement starts with A3 or A5 (placed for adoption with the current foster carer) on the day the previous
 * placement, a foster placement, ended.
 */
function fosterPlacementBefore(t: ChildTimeline, current: Placement): Placement | undefined {
  const first = current.episodes[0];
  if (!first || !ADOPTION_WITH_FOSTER_CARER.has(first.place)) return undefined;
  const all = placementsOf(t);
  const previous = all[all.indexOf(current) - 1];
  const last = previous?.episodes.at(-1);
  if (!previous || !last || previous.end !== current.start || last.rec !== 'X1') return undefined;
  return FOSTER.has(last.place) ? previous : undefined;
}

/** The words for a period's first episode in the data, when it is not a start of care. */
function beforeTheData(first: Episode): string {
  return `care began before the data do (the first episode in them, from ${formatUk(first.decom)} at ${first.file} row ${String(first.row)}, has reason for new episode ${first.rne || 'blank'}, not S)`;
}

function describe(p: Placement): string {
  const first = p.episodes[0];
  return first ? `${first.place} at ${first.file} row ${String(first.row)}` : '';
}
