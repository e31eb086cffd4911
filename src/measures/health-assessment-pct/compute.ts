// Computation of health_assessment_pct at a month end.
import { ageOn, type Day, firstDayOfMonthsTo, formatUk } from '../../core/civil-date.ts';
import type { MeasureInput, MeasureResult } from '../measure.ts';
import { continuousCare } from '../shared/continuous-care-cohort.ts';
import { isHealthAssessment, latestAttempt, latestCheck, where } from '../shared/health-records.ts';
import { shareOfLookedAfter } from '../shared/share-of-looked-after.ts';
import { unavailableBefore, unavailableNoChecks, unavailableUnless } from '../shared/unavailable.ts';
import { definition } from './definition.ts';

/** Computes the share of children in care for 12 months or more whose health assessment is up to date. */
export function compute(input: MeasureInput, monthEnd: Day): MeasureResult {
  const missing = unavailableUnless(input, definition.id, monthEnd, ['ssda903.episodes', 'ssd.health'])
    ?? unavailableNoChecks(input, definition.id, monthEnd, 'assessment')
    ?? unavailableBefore(input, definition.id, monthEnd, 'ssd.health', firstDayOfMonthsTo(monthEnd, 12));
  if (missing) return missing;
  // The day before the 6 or 12 months to the month end (core/civil-date.ts firstDayOfMonthsTo).
  const after = { 6: firstDayOfMonthsTo(monthEnd, 6) - 1, 12: firstDayOfMonthsTo(monthEnd, 12) - 1 };
  return shareOfLookedAfter(input, monthEnd, definition.id, definition.decimals, (t) => {
    const cohort = continuousCare(t, monthEnd, 12);
    if (!cohort.inCohort) return cohort;
    // Statutory guidance (DfE/DHSC 2015): review health assessments every 6 months before the 5th birthday, yearly
    // after. Each assessment falls due again by the child's age when it was held: one held at 4 is due 6 months
    // later even if the child has turned 5 since.
    const latest = latestCheck(t.ssd.health, isHealthAssessment, after[12], monthEnd);
    const heldOn = latest?.date ?? null;
    const ageThen = ageOn(t.dob, heldOn ?? monthEnd);
    const months = ageThen < 5 ? 6 : 12;
    // Worded only when read: every child in care is judged at every month end.
    const span = () => `the ${String(months)} months to ${formatUk(monthEnd)} (aged ${String(ageThen)} ${heldOn === null ? 'at the month end' : 'when assessed'})`;
    if (latest && heldOn !== null && heldOn > after[months]) return { inCohort: true, met: true, reason: () => `Health assessment on ${formatUk(heldOn)} at ${where(latest)}, within ${span()}` };
    if (latest && heldOn !== null) {
      return { inCohort: true, met: false, reason: () => `No health assessment within ${span()}: the latest, on ${formatUk(heldOn)} at ${where(latest)}, was held before the 5th birthday, so the next was due within 6 months` };
    }
    return { inCohort: true, met: false, reason: () => `No health assessment within ${span()}: ${latestAttempt(t.ssd.health, isHealthAssessment, monthEnd)}` };
  });
}
