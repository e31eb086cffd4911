// Facts about the whole data that measures need beside each child's own timeline: taken from the input's
// timelines on one thread, and put together from every share's when the children are computed in shares.
import type { Day } from '../../core/civil-date.ts';
import type { ChildTimeline } from '../../timeline/child-timeline.ts';
import type { MeasureInput, WholeData } from '../measure.ts';
import { memoFor } from './input-memo.ts';

/** The input's whole-data facts: as given (a share's, merged over every share), or worked out from its timelines. */
export function wholeData(input: MeasureInput): WholeData {
  return input.whole ?? memoFor(input, 'whole-data', () => wholeDataOf(input.timelines));
}

/** Works the facts out from timelines. */
export function wholeDataOf(timelines: readonly ChildTimeline[]): WholeData {
  let ssd: Day | null = null;
  let ssda903: Day | null = null;
  const oc2 = new Set<number>();
  const oc3 = new Set<number>();
  for (const t of timelines) {
    for (const r of t.ssd.reviews) if (r.held !== null && tookPlace(r)) ssd = earlier(ssd, r.held);
    for (const r of t.ssda903.reviews) ssda903 = earlier(ssda903, r.review);
    for (const r of t.ssda903.oc2) oc2.add(r.year);
    for (const r of t.ssda903.oc3) oc3.add(r.year);
  }
  return { earliestReview: { ssd, ssda903 }, oc2Years: sorted(oc2), oc3Years: sorted(oc3) };
}

/** Whether an SSD review took place: a cancelled review, or one with no held date (only due), did not. */
export function tookPlace(r: { held: Day | null; cancelled: string }): boolean {
  return r.held !== null && r.cancelled !== 'Y';
}

/** The facts of several shares' children as the facts of them all. */
export function mergeWholeData(parts: readonly WholeData[]): WholeData {
  return {
    earliestReview: {
      ssd: parts.reduce<Day | null>((d, p) => earlier(d, p.earliestReview.ssd), null),
      ssda903: parts.reduce<Day | null>((d, p) => earlier(d, p.earliestReview.ssda903), null),
    },
    oc2Years: sorted(new Set(parts.flatMap((p) => p.oc2Years))),
    oc3Years: sorted(new Set(parts.flatMap((p) => p.oc3Years))),
  };
}

function earlier(a: Day | null, b: Day | null): Day | null {
  return a === null ? b : b === null ? a : Math.min(a, b);
}

function sorted(years: ReadonlySet<number>): number[] {
  return [...years].sort((a, b) => a - b);
}
