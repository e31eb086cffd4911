// The SDQ cohort (903 OC2: looked after continuously for 12 months, aged 4 to 16) and each child's latest score.
import type { Reason } from '../measure.ts';
import { ageOn, type Day, firstDayOfMonthsTo, formatUk } from '../../core/civil-date.ts';
import type { SsdSdq } from '../../timeline/record-views.ts';
import type { ChildTimeline } from '../../timeline/child-timeline.ts';
import { continuousCare } from './continuous-care-cohort.ts';

/** A child in the SDQ cohort with their latest score in the 12 months (if any), or out of it with why. */
export type SdqVerdict = { inCohort: true; age: number; latest: SsdSdq | undefined; latestAny: SsdSdq | undefined } | { inCohort: false; reason: Reason };

/**
 * Places a child looked after at the month end: in the cohort if looked after continuously for 12 months and
 * aged 4 to 16 at the month end (the ages for which the 903 guide asks for a Strengths and Difficulties
 * Questionnaire score), with their latest score recorded in the 12 months to the month end.
 */
export function sdqCohort(t: ChildTimeline, monthEnd: Day): SdqVerdict {
  const care = continuousCare(t, monthEnd, 12);
  if (!care.inCohort) return care;
  const age = ageOn(t.dob, monthEnd);
  if (age < 4 || age > 16) return { inCohort: false, reason: () => `Not in cohort: aged ${String(age)} on ${formatUk(monthEnd)}; SDQ scores are for ages 4 to 16` };
  // The day before the 12 months to the month end (core/civil-date.ts firstDayOfMonthsTo).
  const after = firstDayOfMonthsTo(monthEnd, 12) - 1;
  let latest: SsdSdq | undefined;
  let latestAny: SsdSdq | undefined;
  for (const r of t.ssd.sdq) {
    if (r.date === null || r.date > monthEnd) continue;
    if (!latestAny || (latestAny.date ?? 0) <= r.date) latestAny = r;
    if (r.score !== null && r.date > after && (!latest || (latest.date ?? 0) <= r.date)) latest = r;
  }
  return { inCohort: true, age, latest, latestAny };
}
