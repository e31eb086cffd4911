// The cohort of the annual health measures (903 OC2): children looked after continuously for 12 months or more.
import type { Reason } from '../measure.ts';
import { formatUk, type Day } from '../../core/civil-date.ts';
import { continuouslyLookedAfterSince, latestQualifyingStart } from '../../timeline/continuous-care.ts';
import type { ChildTimeline } from '../../timeline/child-timeline.ts';

/** A child looked after at the month end who is in the cohort (with the start of continuous care) or not (with why). */
export type ContinuousVerdict = { inCohort: true; since: Day } | { inCohort: false; reason: Reason };

/**
 * Tells whether a child already known to be looked after at the end of `monthEnd` has been looked after
 * continuously for at least `months` months (short-break episodes break continuity), as the OC2 cohort.
 */
export function continuousCare(t: ChildTimeline, monthEnd: Day, months: number): ContinuousVerdict {
  const since = continuouslyLookedAfterSince(t, monthEnd);
  if (since === null) return { inCohort: false, reason: 'Not in cohort: no episode in force at the month end' };
  if (since > latestQualifyingStart(monthEnd, months)) {
    return { inCohort: false, reason: () => `Not in cohort: looked after continuously since ${formatUk(since)}, less than ${String(months)} months at ${formatUk(monthEnd)}` };
  }
  return { inCohort: true, since };
}
