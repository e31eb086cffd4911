// Computation of cla_starts for a month.
import { formatUk, type Day } from '../../core/civil-date.ts';
import { monthKeyOf, monthStartOf } from '../../core/month.ts';
import type { Episode } from '../../timeline/record-views.ts';
import { beganBeforeData, firstOrdinaryEpisode } from '../../timeline/looked-after-on.ts';
import { keptReason, type ChildOutcome, type MeasureInput, type MeasureResult } from '../measure.ts';
import { childrenWithPeriodsDuring } from '../shared/month-bounds.ts';
import { describeEpisode } from '../shared/share-of-looked-after.ts';

/** Counts children whose care (other than short breaks) began in the month ending `monthEnd`. */
export function compute(input: MeasureInput, monthEnd: Day): MeasureResult {
  const first = monthStartOf(monthEnd);
  const children: ChildOutcome[] = [];
  let count = 0;
  // Most children of a long history were in care only before or after the month: only the others are read.
  for (const t of childrenWithPeriodsDuring(input, first, monthEnd)) {
    const starts: Episode[] = [];
    const breaks: Episode[] = [];
    const earlier: Episode[] = [];
    for (const period of t.periods) {
      // Periods are in date order: skip those over before the month and stop at those after it.
      if (period.start > monthEnd) break;
      if (period.end !== null && period.end < first) continue;
      // A period that opens in the data with a reason other than S began before the data does, so its first
      // episode in the data is not a start.
      const opening = period.episodes[0];
      if (opening && beganBeforeData(period)) {
        if (opening.decom >= first && opening.decom <= monthEnd) earlier.push(opening);
        continue;
      }
      // The first episode that is not a short break: where care counted in children-looked-after figures begins.
      const start = firstOrdinaryEpisode(period.episodes);
      if (start && start.decom >= first && start.decom <= monthEnd) starts.push(start);
      if (!start && opening && opening.decom >= first && opening.decom <= monthEnd) breaks.push(opening);
    }
    if (starts.length > 0) {
      count += 1;
      const list = () => starts.map((e) => `${formatUk(e.decom)} (${describeEpisode(e)})`).join(' and ');
      const reason = starts.length === 1 ? () => `Came into care on ${list()}` : () => `Came into care ${String(starts.length)} times in the month, counted once: ${list()}`;
      // Grouped in breakdowns as on the day the child came into care (the latest such day in the month).
      children.push({ child: t.child, inCohort: true, met: true, groupDay: Math.max(...starts.map((e) => e.decom)), reason: keptReason(input, reason) });
    } else if (breaks.length > 0) {
      const list = breaks.map((e) => `${formatUk(e.decom)} (${describeEpisode(e)})`).join(' and ');
      children.push({ child: t.child, inCohort: false, met: null, reason: keptReason(input, () => `Not counted: short breaks only (legal status V3 or V4), starting ${list}`) });
    } else if (earlier.length > 0) {
      const list = earlier.map((e) => `${formatUk(e.decom)} with reason for new episode ${e.rne || 'blank'} (${describeEpisode(e)})`).join(' and ');
      children.push({ child: t.child, inCohort: false, met: null, reason: keptReason(input, () => `Not counted: already in care before the data begins; the first episode in the data starts ${list}, not S`) });
    }
  }
  return { id: 'cla_starts', month: monthKeyOf(monthEnd), numerator: count, denominator: null, value: count, children };
}
