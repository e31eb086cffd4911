// Computation of immunisations_pct at a month end.
import { type Day, firstDayOfMonthsTo, formatUk } from '../../core/civil-date.ts';
import type { SsdImmunisation } from '../../timeline/record-views.ts';
import type { MeasureInput, MeasureResult } from '../measure.ts';
import { continuousCare } from '../shared/continuous-care-cohort.ts';
import { where } from '../shared/health-records.ts';
import { shareOfLookedAfter } from '../shared/share-of-looked-after.ts';
import { unavailableBefore, unavailableUnless } from '../shared/unavailable.ts';
import { definition } from './definition.ts';

/** Computes the share of children in care for 12 months or more whose immunisations were recorded up to date in the last 12 months. */
export function compute(input: MeasureInput, monthEnd: Day): MeasureResult {
  const missing = unavailableUnless(input, definition.id, monthEnd, ['ssda903.episodes', 'ssd.immunisations'])
    ?? unavailableBefore(input, definition.id, monthEnd, 'ssd.immunisations', firstDayOfMonthsTo(monthEnd, 12));
  if (missing) return missing;
  // The day before the 12 months to the month end (core/civil-date.ts firstDayOfMonthsTo).
  const after = firstDayOfMonthsTo(monthEnd, 12) - 1;
  return shareOfLookedAfter(input, monthEnd, definition.id, definition.decimals, (t) => {
    const cohort = continuousCare(t, monthEnd, 12);
    if (!cohort.inCohort) return cohort;
    const latest = latestStatus(t.ssd.immunisations, monthEnd);
    if (latest?.date == null) return { inCohort: true, met: false, reason: () => `No immunisation status recorded on or before ${formatUk(monthEnd)}` };
    const recorded = latest.date;
    // Worded only when read: every child in care is judged at every month end.
    const said = () => `immunisations ${latest.status === 'Y' ? 'up to date' : `not up to date (status ${latest.status || 'blank'})`} as recorded on ${formatUk(recorded)} at ${where(latest)}`;
    if (recorded <= after) return { inCohort: true, met: false, reason: () => `Latest status is more than 12 months old: ${said()}` };
    return { inCohort: true, met: latest.status === 'Y', reason: () => (latest.status === 'Y' ? `Up to date: ${said()}` : `Not up to date: ${said()}`) };
  });
}

/** Returns the latest dated status on or before the month end: the child's position then. */
function latestStatus(records: readonly SsdImmunisation[], monthEnd: Day): SsdImmunisation | undefined {
  let best: SsdImmunisation | undefined;
  for (const r of records) if (r.date !== null && r.date <= monthEnd && (!best || (best.date ?? 0) <= r.date)) best = r;
  return best;
}
