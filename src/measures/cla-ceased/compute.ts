// Computation of cla_ceased for a month.
import { formatUk, type Day } from '../../core/civil-date.ts';
import { monthKeyOf, monthStartOf } from '../../core/month.ts';
import type { Episode } from '../../timeline/record-views.ts';
import { REC_ENDED_UNRECORDED } from '../../ingest/stack-years.ts';
import { firstOrdinaryEpisode, ordinaryEpisodeBeforeBreaks } from '../../timeline/looked-after-on.ts';
import { keptReason, type ChildOutcome, type MeasureInput, type MeasureResult } from '../measure.ts';
import { childrenWithPeriodsDuring } from '../shared/month-bounds.ts';

/** Counts children whose period of care (other than short breaks only) ended in the month ending `monthEnd`. */
export function compute(input: MeasureInput, monthEnd: Day): MeasureResult {
  const first = monthStartOf(monthEnd);
  const children: ChildOutcome[] = [];
  let count = 0;
  // Most children of a long history were in care only before or after the month: only the others are read.
  for (const t of childrenWithPeriodsDuring(input, first, monthEnd)) {
    const endings: Episode[] = [];
    const breaks: Episode[] = [];
    const unfinished: Episode[] = [];
    const unrecorded: Episode[] = [];
    const toBreaks: Episode[] = [];
    for (const period of t.periods) {
      if (period.start > monthEnd) break;
      // Ordinary care that went on as short breaks only (an X1 into V3 or V4, and no ordinary episode after):
      // the child stopped being counted as looked after the day the ordinary care ended, so they left care
      // then, as cla_starts counts a child whose short breaks became ordinary care from the day that began.
      const ordinary = ordinaryEpisodeBeforeBreaks(period.episodes);
      if (ordinary) {
        if (ordinary.dec !== null && ordinary.dec >= first && ordinary.dec <= monthEnd) toBreaks.push(ordinary);
        continue;
      }
      const last = period.episodes.at(-1);
      if (!last || period.end === null || period.end < first || period.end > monthEnd) continue;
      // REC X1 says care continued in a new episode; with that episode missing the data is incomplete, not a leaving.
      if (last.rec === 'X1') {
        unfinished.push(last);
        continue;
      }
      // E99: no return records how or when this period ended; carestats closed it the day after its return's
      // year (stack-years.ts rule 5b), so the month the child left is not known.
      if (last.rec === REC_ENDED_UNRECORDED) {
        unrecorded.push(last);
        continue;
      }
      const shortBreaksOnly = !firstOrdinaryEpisode(period.episodes);
      (shortBreaksOnly ? breaks : endings).push(last);
    }
    if (endings.length + toBreaks.length > 0) {
      count += 1;
      const list = () => [...endings.map(describeEnding), ...toBreaks.map(describeGoingOnToBreaks)].join(' and ');
      const times = endings.length + toBreaks.length;
      const reason = times === 1 ? () => `Left care on ${list()}` : () => `Left care ${String(times)} times in the month, counted once: ${list()}`;
      // Grouped in breakdowns as on the last day in care before the latest leaving in the month.
      const left = Math.max(...[...endings, ...toBreaks].map((e) => e.dec ?? monthEnd));
      children.push({ child: t.child, inCohort: true, met: true, groupDay: left - 1, reason: keptReason(input, reason) });
    } else if (breaks.length > 0) {
      children.push({ child: t.child, inCohort: false, met: null, reason: keptReason(input, () => `Not counted: short breaks only (legal status V3 or V4), ending ${breaks.map(describeEnding).join(' and ')}`) });
    } else if (unrecorded.length > 0) {
      children.push({ child: t.child, inCohort: false, met: null, reason: keptReason(input, () => `Not counted: left care at a date no return records; carestats closed the episode on ${unrecorded.map(describeEnding).join(' and ')} so the history stays consistent (warning episode-end-not-recorded), but the month the child left is not known`) });
    } else if (unfinished.length > 0) {
      children.push({ child: t.child, inCohort: false, met: null, reason: keptReason(input, () => `Not counted: the last episode in the data ended with X1 (care continues in a new episode) but no episode follows, so the data is incomplete: ${unfinished.map(describeEnding).join(' and ')}`) });
    }
  }
  return { id: 'cla_ceased', month: monthKeyOf(monthEnd), numerator: count, denominator: null, value: count, children };
}

function describeGoingOnToBreaks(e: Episode): string {
  return `${formatUk(e.dec ?? e.decom)}, going on to short breaks only (legal status V3 or V4), so no longer counted as looked after (episode from ${formatUk(e.decom)} at ${e.file} row ${String(e.row)})`;
}

function describeEnding(e: Episode): string {
  return `${formatUk(e.dec ?? e.decom)} (reason ${e.rec || 'blank'}; episode from ${formatUk(e.decom)} at ${e.file} row ${String(e.row)})`;
}
