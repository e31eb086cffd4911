// The children in care (or on a short break, or recorded in care past 18) at a month end, found once and
// shared by every measure computed for that month end.
import type { Day } from '../../core/civil-date.ts';
import type { ChildTimeline } from '../../timeline/child-timeline.ts';
import { lookedAfterOn, type LookedAfterStatus } from '../../timeline/looked-after-on.ts';
import type { MeasureInput } from '../measure.ts';
import { memoForDay } from './input-memo.ts';
import { childrenInCareDuring } from './month-bounds.ts';

/** A child with an episode in force at the end of the day, and what that means for "looked after". */
export interface InCareEntry {
  timeline: ChildTimeline;
  status: Exclude<LookedAfterStatus, { kind: 'not-looked-after' }>;
}

/**
 * Lists, in timeline order, every child with an episode in force at the end of `day`: looked after, on a
 * short break (V3/V4) or aged 18 or over with the episode still open. Children not in care are left out,
 * which is most children in a history of many years. Worked out once per input and day (input-memo.ts).
 */
export function inCareAt(input: MeasureInput, day: Day): readonly InCareEntry[] {
  return memoForDay(input, day, 'in-care', () => {
    const entries: InCareEntry[] = [];
    for (const timeline of childrenInCareDuring(input, day, day)) {
      const status = lookedAfterOn(timeline, day);
      if (status.kind !== 'not-looked-after') entries.push({ timeline, status });
    }
    return entries;
  });
}
