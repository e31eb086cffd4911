// Computation of sdq_mean_score at a month end.
import { firstDayOfMonthsTo, formatUk, type Day } from '../../core/civil-date.ts';
import { monthKeyOf } from '../../core/month.ts';
import { inCareAt } from '../shared/looked-after-index.ts';
import { keptReason, type ChildOutcome, type MeasureInput, type MeasureResult, valueFromParts } from '../measure.ts';
import { where } from '../shared/health-records.ts';
import { sdqCohort } from '../shared/sdq-cohort.ts';
import { unavailableBefore, unavailableUnless } from '../shared/unavailable.ts';
import { definition } from './definition.ts';

/** Computes the mean of each cohort child's latest SDQ score in the last 12 months; the child's score is their `value`. */
export function compute(input: MeasureInput, monthEnd: Day): MeasureResult {
  const missing = unavailableUnless(input, definition.id, monthEnd, ['ssda903.episodes', 'ssd.sdq'])
    ?? unavailableBefore(input, definition.id, monthEnd, 'ssd.sdq', firstDayOfMonthsTo(monthEnd, 12));
  if (missing) return missing;
  const children: ChildOutcome[] = [];
  let sum = 0;
  let count = 0;
  for (const { timeline: t, status } of inCareAt(input, monthEnd)) {
    if (status.kind !== 'looked-after') {
      const why = status.kind === 'short-break' ? `short break (legal status ${status.episode.ls})` : `aged ${String(status.age)}; looked-after status ends at 18`;
      children.push({ child: t.child, inCohort: false, met: null, reason: keptReason(input, () => `Not in cohort: ${why}`) });
      continue;
    }
    const c = sdqCohort(t, monthEnd);
    if (!c.inCohort) {
      children.push({ child: t.child, inCohort: false, met: null, reason: keptReason(input, c.reason) });
      continue;
    }
    const latest = c.latest;
    const score = latest?.score ?? null;
    const latestOn = latest?.date ?? null;
    if (!latest || latestOn === null || score === null) {
      children.push({ child: t.child, inCohort: false, met: null, reason: keptReason(input, () => `Not in the average: no SDQ score in the 12 months to ${formatUk(monthEnd)}`) });
      continue;
    }
    sum += score;
    count += 1;
    children.push({ child: t.child, inCohort: true, met: true, value: score, reason: keptReason(input, () => `Latest SDQ score ${String(score)} on ${formatUk(latestOn)} at ${where(latest)}`) });
  }
  const value = valueFromParts('score', definition.decimals, sum, count);
  return { id: definition.id, month: monthKeyOf(monthEnd), numerator: sum, denominator: count, value, children };
}
