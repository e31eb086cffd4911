// Which SSDA903 UASC row speaks for a child: cla_uasc and the uasc breakdown must agree on it.
import type { ChildTimeline } from '../../timeline/child-timeline.ts';
import type { Uasc } from '../../timeline/record-views.ts';

/**
 * Returns the child's UASC row from the latest return that has one (rows are in collection-year order). Stacking
 * keeps one row per child (a UASC row is the child's alone), so this matters only where one return repeats a
 * child: the later row, as the newer return's replaces an older one's.
 */
export function latestUascRow(t: ChildTimeline): Uasc | undefined {
  return t.ssda903.uasc.at(-1);
}
