// Computation of dental_check_pct at a month end.
import { type Day, firstDayOfMonthsTo, formatUk } from '../../core/civil-date.ts';
import type { MeasureInput, MeasureResult } from '../measure.ts';
import { continuousCare } from '../shared/continuous-care-cohort.ts';
import { isDentalCheck, latestAttempt, latestCheck, where } from '../shared/health-records.ts';
import { shareOfLookedAfter } from '../shared/share-of-looked-after.ts';
import { unavailableBefore, unavailableNoChecks, unavailableUnless } from '../shared/unavailable.ts';
import { definition } from './definition.ts';

/** Computes the share of children in care for 12 months or more who had a dental check in the last 12 months. */
export function compute(input: MeasureInput, monthEnd: Day): MeasureResult {
  const missing = unavailableUnless(input, definition.id, monthEnd, ['ssda903.episodes', 'ssd.health'])
    ?? unavailableNoChecks(input, definition.id, monthEnd, 'dental')
    ?? unavailableBefore(input, definition.id, monthEnd, 'ssd.health', firstDayOfMonthsTo(monthEnd, 12));
  if (missing) return missing;
  // The day before the 12 months to the month end (core/civil-date.ts firstDayOfMonthsTo).
  const after = firstDayOfMonthsTo(monthEnd, 12) - 1;
  // Reasons are worded only when read: every child in care is judged at every month end.
  const span = () => `the 12 months to ${formatUk(monthEnd)}`;
  return shareOfLookedAfter(input, monthEnd, definition.id, definition.decimals, (t) => {
    const cohort = continuousCare(t, monthEnd, 12);
    if (!cohort.inCohort) return cohort;
    const found = latestCheck(t.ssd.health, isDentalCheck, after, monthEnd);
    const foundOn = found?.date ?? null;
    if (found && foundOn !== null) return { inCohort: true, met: true, reason: () => `Dental check on ${formatUk(foundOn)} at ${where(found)}, within ${span()}` };
    return { inCohort: true, met: false, reason: () => `No dental check within ${span()}: ${latestAttempt(t.ssd.health, isDentalCheck, monthEnd)}` };
  });
}
