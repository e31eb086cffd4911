// The children looked after at a month end, with the reason for each child counted or left out.
import { formatUk, type Day } from '../../core/civil-date.ts';
import { inCareAt } from './looked-after-index.ts';
import { describeEpisode } from './share-of-looked-after.ts';
import { keptReason, type ChildOutcome, type MeasureInput } from '../measure.ts';

/** Returns the count of children looked after at `day` and an outcome for every child counted or excluded. */
export function lookedAfterCohort(input: MeasureInput, day: Day): { count: number; children: ChildOutcome[] } {
  const children: ChildOutcome[] = [];
  let count = 0;
  for (const { timeline: t, status } of inCareAt(input, day)) {
    switch (status.kind) {
      case 'looked-after':
        count += 1;
        children.push({ child: t.child, inCohort: true, met: true, reason: keptReason(input, () => `Looked after: ${describeEpisode(status.episode)}`) });
        break;
      case 'short-break':
        children.push({ child: t.child, inCohort: false, met: null, reason: keptReason(input, () => `Not counted: short break (legal status ${status.episode.ls}), ${describeEpisode(status.episode)}`) });
        break;
      case 'aged-18-or-over':
        children.push({
          child: t.child,
          inCohort: false,
          met: null,
          reason: keptReason(input, () => `Not counted: aged ${String(status.age)} on ${formatUk(day)}, but ${describeEpisode(status.episode)} is still open; looked-after status ends at 18, so check DEC`),
        });
        break;
    }
  }
  return { count, children };
}
