// The percentage of children looked after at a month end who meet a test, with every child's outcome.
import { formatUk, type Day } from '../../core/civil-date.ts';
import { monthKeyOf } from '../../core/month.ts';
import type { Episode } from '../../timeline/record-views.ts';
import type { ChildTimeline } from '../../timeline/child-timeline.ts';
import { inCareAt } from './looked-after-index.ts';
import { keptReason, type ChildOutcome, type MeasureInput, type MeasureResult, type Reason, valueFromParts } from '../measure.ts';

/** What a measure's test says about one child looked after at the month end. */
export type ShareVerdict = { inCohort: true; met: boolean; reason: Reason } | { inCohort: false; reason: Reason };

/** Tests one child looked after at the month end, given the episode in force then. */
export type ShareTest = (timeline: ChildTimeline, episode: Episode, monthEnd: Day) => ShareVerdict;

/**
 * Computes a percentage of children looked after at the end of `monthEnd` (short breaks and 18+ excluded, as
 * "Children looked after"). The test may also leave a child out of the cohort (unknown postcode, wrong age);
 * such children are listed with the reason. An empty cohort gives 0 / 0 and no value.
 */
export function shareOfLookedAfter(input: MeasureInput, monthEnd: Day, id: string, decimals: number, test: ShareTest): MeasureResult {
  const children: ChildOutcome[] = [];
  let numerator = 0;
  let denominator = 0;
  for (const { timeline: t, status } of inCareAt(input, monthEnd)) {
    if (status.kind === 'short-break') {
      children.push({ child: t.child, inCohort: false, met: null, reason: keptReason(input, () => `Not counted: short break (legal status ${status.episode.ls}), ${describeEpisode(status.episode)}`) });
      continue;
    }
    if (status.kind === 'aged-18-or-over') {
      children.push({ child: t.child, inCohort: false, met: null, reason: keptReason(input, () => `Not counted: aged ${String(status.age)} on ${formatUk(monthEnd)}; looked-after status ends at 18`) });
      continue;
    }
    const verdict = test(t, status.episode, monthEnd);
    if (!verdict.inCohort) {
      children.push({ child: t.child, inCohort: false, met: null, reason: keptReason(input, verdict.reason) });
      continue;
    }
    denominator += 1;
    if (verdict.met) numerator += 1;
    children.push({ child: t.child, inCohort: true, met: verdict.met, reason: keptReason(input, verdict.reason) });
  }
  const value = valueFromParts('percent', decimals, numerator, denominator);
  return { id, month: monthKeyOf(monthEnd), numerator, denominator, value, children };
}

/** Describes an episode for a child's reason: its start, legal status, placement and where it was recorded. */
export function describeEpisode(e: Episode): string {
  return `episode from ${formatUk(e.decom)} (legal status ${e.ls}, placement ${e.place}) at ${e.file} row ${String(e.row)}`;
}
