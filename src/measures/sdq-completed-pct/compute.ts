// Computation of sdq_completed_pct at a month end.
import { firstDayOfMonthsTo, formatUk, type Day } from '../../core/civil-date.ts';
import type { MeasureInput, MeasureResult } from '../measure.ts';
import { where } from '../shared/health-records.ts';
import { sdqCohort } from '../shared/sdq-cohort.ts';
import { shareOfLookedAfter } from '../shared/share-of-looked-after.ts';
import { unavailableBefore, unavailableUnless } from '../shared/unavailable.ts';
import { definition } from './definition.ts';

/** Computes the share of children aged 4 to 16 in care for 12 months or more with an SDQ score in the last 12 months. */
export function compute(input: MeasureInput, monthEnd: Day): MeasureResult {
  const missing = unavailableUnless(input, definition.id, monthEnd, ['ssda903.episodes', 'ssd.sdq'])
    ?? unavailableBefore(input, definition.id, monthEnd, 'ssd.sdq', firstDayOfMonthsTo(monthEnd, 12));
  if (missing) return missing;
  // Reasons are worded only when read: every child in care is judged at every month end.
  const span = () => `the 12 months to ${formatUk(monthEnd)}`;
  return shareOfLookedAfter(input, monthEnd, definition.id, definition.decimals, (t) => {
    const c = sdqCohort(t, monthEnd);
    if (!c.inCohort) return c;
    const latest = c.latest;
    const latestOn = latest?.date ?? null;
    if (latest && latestOn !== null) return { inCohort: true, met: true, reason: () => `SDQ score ${String(latest.score)} on ${formatUk(latestOn)} at ${where(latest)}, within ${span()}` };
    const any = c.latestAny;
    const last = () => any?.date != null
      ? `latest record ${formatUk(any.date)} (${any.score === null ? `no score${any.reason ? `, reason ${any.reason}` : ''}` : `score ${String(any.score)}`}) at ${where(any)}`
      : 'none recorded';
    return { inCohort: true, met: false, reason: () => `No SDQ score within ${span()}: ${last()}` };
  });
}
