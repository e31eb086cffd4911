// Month bounds for flow measures counted "in the month", and the children whose care can touch a stretch of days.
import type { Day } from '../../core/civil-date.ts';
import type { ChildTimeline } from '../../timeline/child-timeline.ts';
import type { MeasureInput } from '../measure.ts';
import { firstWhere } from './dated-range.ts';
import { memoFor } from './input-memo.ts';

/**
 * Lists, in input order, the children with a period of care that may start or end between `first` and `last`
 * (both included): of those whose care touches the stretch (`childrenInCareDuring`), the ones whose first
 * period starts by `last` and whose last period had not ended before `first`. Periods are in date order, so
 * only the two ends are read; callers still test each period. The flow measures (starts and endings of care)
 * read these. With overlapping episodes, which the checks reject, a child can be in care in the stretch after
 * their last period ended, so this is narrower than `childrenInCareDuring`.
 */
export function childrenWithPeriodsDuring(input: MeasureInput, first: Day, last: Day): readonly ChildTimeline[] {
  return childrenInCareDuring(input, first, last).filter((t) => {
    const earliest = t.periods[0];
    const latest = t.periods.at(-1);
    return earliest !== undefined && latest !== undefined && earliest.start <= last && (latest.end === null || latest.end >= first);
  });
}

/** A child's care from the first episode's start to the last episode's end (null while one is open), and their place in the input. */
interface CareSpan {
  timeline: ChildTimeline;
  position: number;
  start: Day;
  end: Day | null;
}

/**
 * Lists, in input order, the children whose care (from their first episode's start to their last episode's
 * end) overlaps `first` to `last`, both days included: the only children who can start, leave or be in care
 * then. A long history holds many more children who left years before; with the spans in order of end, those
 * are skipped by binary search instead of being read one by one at every month end. A child with no episodes
 * is never listed. Callers still test each child's own episodes.
 */
export function childrenInCareDuring(input: MeasureInput, first: Day, last: Day): readonly ChildTimeline[] {
  const spans = careSpansByEnd(input);
  const open = firstWhere(spans, (s) => s.end === null || s.end >= first);
  const touching: CareSpan[] = [];
  for (let i = open; i < spans.length; i += 1) {
    const s = spans[i];
    if (s && s.start <= last) touching.push(s);
  }
  return touching.sort((a, b) => a.position - b.position).map((s) => s.timeline);
}

/** Every child's care span, in order of end (open spans last), found once per input. */
function careSpansByEnd(input: MeasureInput): readonly CareSpan[] {
  return memoFor(input, 'care-spans-by-end', () => {
    const spans: CareSpan[] = [];
    for (let position = 0; position < input.timelines.length; position += 1) {
      const timeline = input.timelines[position];
      const firstEpisode = timeline?.episodes[0];
      if (!timeline || !firstEpisode) continue;
      // Earliest start and latest end of any episode, without relying on their order.
      let start = firstEpisode.decom;
      let end: Day | null = firstEpisode.dec;
      for (const e of timeline.episodes) {
        if (e.decom < start) start = e.decom;
        if (end !== null && (e.dec === null || e.dec > end)) end = e.dec;
      }
      spans.push({ timeline, position, start, end });
    }
    return spans.sort((a, b) => (a.end ?? Infinity) - (b.end ?? Infinity));
  });
}
