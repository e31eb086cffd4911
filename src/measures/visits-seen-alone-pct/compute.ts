// Computation of visits_seen_alone_pct for a month.
import { ageOn, formatUk, type Day } from '../../core/civil-date.ts';
import { monthStartOf } from '../../core/month.ts';
import type { MeasureInput, MeasureResult } from '../measure.ts';
import { datedBetween } from '../shared/dated-range.ts';
import { where } from '../shared/health-records.ts';
import { shareOfLookedAfter } from '../shared/share-of-looked-after.ts';
import { unavailableBefore, unavailableUnless } from '../shared/unavailable.ts';
import { definition } from './definition.ts';

/** The youngest age at which the measure expects a child to be seen alone (a local convention; see the definition). */
export const MIN_AGE = 4;

/** Computes the share of children looked after, aged 4 or over and seen on a visit in the month, who were seen alone at least once. */
export function compute(input: MeasureInput, monthEnd: Day): MeasureResult {
  const missing = unavailableUnless(input, definition.id, monthEnd, ['ssda903.episodes', 'ssd.visits'])
    ?? unavailableBefore(input, definition.id, monthEnd, 'ssd.visits', monthStartOf(monthEnd));
  if (missing) return missing;
  const from = monthStartOf(monthEnd);
  return shareOfLookedAfter(input, monthEnd, definition.id, definition.decimals, (t) => {
    const age = ageOn(t.dob, monthEnd);
    if (age < MIN_AGE) return { inCohort: false, reason: () => `Not in cohort: aged ${String(age)} on ${formatUk(monthEnd)}, under ${String(MIN_AGE)}` };
    // As in visits_in_time_pct, a visit counts unless it records the child as not seen.
    const inMonth = datedBetween(t.ssd.visits, from, monthEnd, (v) => v.date);
    const seen = inMonth.filter((v) => v.seen.trim().toUpperCase() !== 'N');
    if (seen.length === 0) return { inCohort: false, reason: () => `Not in cohort: no visit in the month with the child seen (visits recorded in the month: ${String(inMonth.length)})` };
    const alone = seen.find((v) => v.seenAlone.trim().toUpperCase() === 'Y');
    if (alone) return { inCohort: true, met: true, reason: () => `Seen alone on ${formatUk(alone.date)} at ${where(alone)} (visits with the child seen in the month: ${String(seen.length)})` };
    const list = () => seen.map((v) => `${formatUk(v.date)} (seen alone: ${v.seenAlone || 'blank'}) at ${where(v)}`).join('; ');
    return { inCohort: true, met: false, reason: () => `Not seen alone on any visit in the month: ${list()}` };
  });
}
