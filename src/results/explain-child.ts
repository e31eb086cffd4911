// One child's place in one measure for one month, in plain text: the audit trail behind a figure.
import { formatLong, type Day } from '../core/civil-date.ts';
import { reasonText, type Measure, type MeasureInput, type MeasureResult } from '../measures/measure.ts';
import type { ChildTimeline } from '../timeline/child-timeline.ts';
import { DIMENSIONS } from './dimensions/dimensions.ts';

/** The reminder printed before any child-level output. */
export const PERSONAL_DATA_REMINDER = 'Personal data: this is about one child. Keep it secure and share it only with people who need to see it.';

/**
 * Explains whether a child is in a measure's cohort at a month end and whether they are counted, with the
 * reason the measure recorded, the child's own value if any, and their group in each breakdown.
 */
export function explainChild(measure: Measure, result: MeasureResult, child: ChildTimeline, input: MeasureInput, monthEnd: Day): string[] {
  const d = measure.definition;
  const head = [`Measure: ${d.title} (${d.id}), month ending ${formatLong(monthEnd)}`, `Child: ${child.child}`];
  if (result.unavailable !== undefined) return [...head, `The measure is unavailable for this month, so no child is in it. ${result.unavailable}`];
  const outcome = result.children.find((c) => c.child === child.child);
  if (!outcome) {
    return [
      ...head,
      'In the cohort: no',
      `Why: the measure did not consider this child on ${formatLong(monthEnd)}, so they are outside its cohort, which is: ${d.cohort}`,
    ];
  }
  const lines = [...head, `In the cohort: ${outcome.inCohort ? 'yes' : 'no'}`];
  // A percentage of events (missing episodes) counts some of a child's events: say how many, as yes or no would mislead.
  const counted = outcome.events ? `${String(outcome.events.met)} of the child’s ${String(outcome.events.of)}` : outcome.met === true ? 'yes' : 'no';
  if (outcome.inCohort) lines.push(`Counted in the numerator (${d.numerator}): ${counted}`);
  lines.push(`Why: ${reasonText(outcome.reason)}`);
  if (outcome.value !== undefined) lines.push(`The child’s own figure: ${String(outcome.value)}`);
  // The day the breakdowns group this child on: the month end, or the measure's own (an event, an annual cohort).
  const day = outcome.groupDay ?? monthEnd;
  const groups = DIMENSIONS.flatMap((dim) => {
    const prepared = dim.prepare(input);
    if ('unavailable' in prepared) return [];
    // A measure of care leavers groups them by their care-leaver record where the dimension says how (breakdown.ts).
    const group = d.breakdownCohort === 'care-leavers' && prepared.careLeaverGroupOf ? prepared.careLeaverGroupOf(child, day) : prepared.groupOf(child, day);
    return [`${dim.title.toLowerCase()}: ${group}`];
  });
  const why = day === monthEnd ? '' : ' (the day this measure groups the child on, rather than the month end)';
  if (groups.length) lines.push(`Breakdown groups on ${formatLong(day)}${why}: ${groups.join('; ')}`);
  return lines;
}
