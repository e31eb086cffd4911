// The adoption scorecard's averages share one shape: children adopted in the 3 years to the month end, each with a number of days.
import type { Day } from '../../core/civil-date.ts';
import { monthKeyOf } from '../../core/month.ts';
import type { SuppliedTable } from '../../timeline/build-timelines.ts';
import type { ChildTimeline } from '../../timeline/child-timeline.ts';
import { keptReason, reasonText, type ChildOutcome, type MeasureInput, type MeasureResult, type Reason, valueFromParts } from '../measure.ts';
import { adoptionsBetween, describeAdoption, windowStart, type Adoption } from './adoptions.ts';
import { unavailableUnless } from './unavailable.ts';

/** One adopted child's figure, or why they are left out. */
export type AdoptionDays = { days: number; reason: Reason } | { excluded: string };

/** Finds one adopted child's number of days for a measure. */
export type AdoptionJudge = (adoption: Adoption, t: ChildTimeline) => AdoptionDays;

/** Months in the adoption scorecard's rolling window. */
export const SCORECARD_MONTHS = 36;

/**
 * Computes the mean days over children adopted in the 36 months to `monthEnd`: numerator the total days,
 * denominator the children with a figure, each child's own days in `value`.
 */
export function adoptionAverage(input: MeasureInput, monthEnd: Day, id: string, decimals: number, needs: readonly SuppliedTable[], judge: AdoptionJudge): MeasureResult {
  const unavailable = unavailableUnless(input, id, monthEnd, needs);
  if (unavailable) return unavailable;
  const from = windowStart(monthEnd, SCORECARD_MONTHS);
  const children: ChildOutcome[] = [];
  let total = 0;
  let count = 0;
  // The children adopted in the window are the same for every adoption measure at this month end.
  const adopted = adoptionsBetween(input, from, monthEnd);
  for (const { t, a } of adopted) {
    const r = judge(a, t);
    if ('excluded' in r) {
      children.push({ child: t.child, inCohort: false, met: null, reason: keptReason(input, () => `Not counted: ${describeAdoption(a)}; ${r.excluded}`) });
      continue;
    }
    total += r.days;
    count += 1;
    // Grouped in breakdowns as on the last day in care, the day before the adoption order.
    children.push({ child: t.child, inCohort: true, met: true, value: r.days, groupDay: a.adopted - 1, reason: keptReason(input, () => `${String(r.days)} days: ${describeAdoption(a)}; ${reasonText(r.reason)}`) });
  }
  return { id, month: monthKeyOf(monthEnd), numerator: total, denominator: count, value: valueFromParts('days', decimals, total, count), children };
}
