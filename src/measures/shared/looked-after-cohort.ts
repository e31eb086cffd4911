// The children looked after at a month end, with the reason for each child counted or left out.
import { formatUk, type Day } from '../../core/civil-date.ts';
import type { EpisodeRecord } from '../../ingest/records.ts';
import { inCareAt } from './looked-after-index.ts';
import type { ChildOutcome, MeasureInput } from '../measure.ts';

/** Returns the count of children looked after at `day` and an outcome for every child counted or excluded. */
export function lookedAfterCohort(input: MeasureInput, day: Day): { count: number; children: ChildOutcome[] } {
  const children: ChildOutcome[] = [];
  let count = 0;
  for (const { timeline: t, status } of inCareAt(input, day)) {
    switch (status.kind) {
      case 'looked-after':
        count += 1;
        children.push({ child: t.child, inCohort: true, met: true, reason: () => `Looked after: ${describe(status.episode)}` });
        break;
      case 'short-break':
        children.push({ child: t.child, inCohort: false, met: null, reason: () => `Not counted: short break (legal status ${status.episode.ls}), ${describe(status.episode)}` });
        break;
      case 'aged-18-or-over':
        children.push({
          child: t.child,
          inCohort: false,
          met: null,
          reason: () => `Not counted: aged ${String(status.age)} on ${formatUk(day)}, but ${describe(status.episode)} is still open; looked-after status ends at 18, so check DEC`,
        });
        break;
    }
  }
  return { count, children };
}

function describe(e: EpisodeRecord): string {
  return `episode from ${formatUk(e.decom)} (legal status ${e.ls}, placement ${e.place}) at ${e.file} row ${String(e.row)}`;
}
