// Counts children whose care ended for given reasons in the 12 months to a month end (adoptions, special guardianship).
import { formatUk, type Day } from '../../core/civil-date.ts';
import { monthKeyOf } from '../../core/month.ts';
import type { Episode } from '../../timeline/record-views.ts';
import type { ChildTimeline } from '../../timeline/child-timeline.ts';
import { keptReason, type ChildOutcome, type MeasureInput, type MeasureResult } from '../measure.ts';
import { windowStart } from './adoptions.ts';
import { datedBetween } from './dated-range.ts';
import { memoFor } from './input-memo.ts';
import { unavailableUnless } from './unavailable.ts';

/**
 * Counts children with a period of care that ended with one of `reasons` (903 REC) on a day in the 12 months
 * ending with `monthEnd`; a child is counted once however many such endings they have.
 */
export function careEndingsIn12Months(input: MeasureInput, monthEnd: Day, id: string, reasons: ReadonlySet<string>, label: string): MeasureResult {
  const unavailable = unavailableUnless(input, id, monthEnd, ['ssda903.episodes']);
  if (unavailable) return unavailable;
  const from = windowStart(monthEnd, 12);
  const children: ChildOutcome[] = [];
  // Endings in the window, by child in timeline order, so a child with two is listed once with both.
  const byChild = new Map<number, { t: ChildTimeline; endings: Ending[] }>();
  for (const ending of datedBetween(closedPeriodEndings(input, reasons), from, monthEnd, (e) => e.dec)) {
    const entry = byChild.get(ending.position);
    if (entry) entry.endings.push(ending);
    else byChild.set(ending.position, { t: ending.t, endings: [ending] });
  }
  for (const [, { t, endings }] of [...byChild].sort((a, b) => a[0] - b[0])) {
    // A child's endings in the order of their periods of care (which overlapping episodes can make differ from the order of the days).
    const text = () => [...endings].sort((a, b) => a.period - b.period).map(({ last: e }) => `care ended ${formatUk(e.dec ?? 0)} with REC ${e.rec} (${e.file} row ${String(e.row)})`).join('; ');
    // Grouped in breakdowns as on the last day in care before the latest of these endings (endings are in day order).
    const latest = endings.at(-1)?.dec ?? monthEnd + 1;
    children.push({ child: t.child, inCohort: true, met: true, groupDay: latest - 1, reason: keptReason(input, () => `${label}: ${text()}, within ${formatUk(from)} to ${formatUk(monthEnd)}`) });
  }
  return { id, month: monthKeyOf(monthEnd), numerator: children.length, denominator: null, value: children.length, children };
}

/** The last episode of a closed period of care, with its child, the child's position in the input and the period's index in the child's timeline. */
interface Ending {
  t: ChildTimeline;
  position: number;
  period: number;
  last: Episode;
  dec: Day;
}

/**
 * The last episode of every period of care that ended with one of `reasons`, in order of the day care ended
 * (then timeline order), found once per input and set of reasons: each month end then reads only the endings
 * in its 12 months rather than every child's history. Only the endings with those reasons are kept (nationally,
 * every closed period would be about 1.5 million entries).
 */
function closedPeriodEndings(input: MeasureInput, reasons: ReadonlySet<string>): readonly Ending[] {
  return memoFor(input, `closed-period-endings|${[...reasons].sort().join(',')}`, () => {
    const out: Ending[] = [];
    // Index loops: entries() made two small arrays per step, a million or so nationally.
    for (let position = 0; position < input.timelines.length; position += 1) {
      const t = input.timelines[position];
      if (!t) continue;
      for (let period = 0; period < t.periods.length; period += 1) {
        const last = t.periods[period]?.episodes.at(-1);
        if (last && last.dec !== null && reasons.has(last.rec)) out.push({ t, position, period, last, dec: last.dec });
      }
    }
    return out.sort((a, b) => a.dec - b.dec || a.position - b.position);
  });
}
