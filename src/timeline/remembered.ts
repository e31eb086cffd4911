// Remembering answers about a child's timeline: once per timeline, or per timeline for the day being asked about.
// The answers live on the timeline itself (`ChildTimeline.remembered`), each remembered function at fixed
// places in that list. They used to live in a WeakMap per function: a look-up there was 6% of a national
// series, and every garbage collection had to trace the maps' half a million entries as ephemerons.
import type { Day } from '../core/civil-date.ts';
import type { ChildTimeline } from './child-timeline.ts';

/** Marks a place in a timeline's list whose answer has not been worked out (a hole, or never written). */
const UNKNOWN = undefined;
/** Stands for an answer of `undefined`, so it is told apart from one not worked out. */
const NOTHING = Symbol('nothing');

/** The list a timeline starts with: no answers. Shared and frozen; a timeline gets a list of its own when first given an answer. */
export const NOTHING_REMEMBERED: readonly unknown[] = Object.freeze([]);

let placesTaken = 0;

/** Reserves `count` places in every timeline's list for one remembered function. */
function reserve(count: number): number {
  const first = placesTaken;
  placesTaken += count;
  return first;
}

/** Writes `value` at `place` of the timeline's list, giving the timeline a list of its own, with room for every place, if it has none. */
function write(timeline: ChildTimeline, place: number, value: unknown): void {
  let list = timeline.remembered as unknown[];
  if (list.length <= place) {
    const own = new Array<unknown>(placesTaken).fill(UNKNOWN);
    for (let i = 0; i < list.length; i += 1) own[i] = list[i];
    timeline.remembered = list = own;
  }
  list[place] = value;
}

/**
 * Wraps a pure function of a timeline and a day so that each child's answer for the latest day asked about is
 * worked out once. A series computes all the measures of one month end before the next, and several measures
 * ask the same question of every child in care (the placement in force, the start of continuous care): each
 * answer reads through the child's episodes, which in a large history are spread across memory. Asking about
 * another day works the answer out afresh and keeps that one instead, so the answers are always those of
 * `compute` (timelines are never changed once built, apart from this list of answers).
 */
export function rememberedPerDay<V>(compute: (timeline: ChildTimeline, day: Day) => V): (timeline: ChildTimeline, day: Day) => V {
  const place = reserve(2);
  return (timeline, day) => {
    const list = timeline.remembered;
    if (list[place] === day) {
      const known = list[place + 1];
      return (known === NOTHING ? undefined : known) as V;
    }
    const answer = compute(timeline, day);
    write(timeline, place, day);
    write(timeline, place + 1, answer === undefined ? NOTHING : answer);
    return answer;
  };
}

/**
 * Wraps a pure function of a timeline so each timeline's answer is worked out once and kept while the timeline
 * lives: for what every month end of a series asks again, such as a child's placements or reviews held.
 */
export function rememberedPerTimeline<V>(compute: (timeline: ChildTimeline) => V): (timeline: ChildTimeline) => V {
  const place = reserve(1);
  return (timeline) => {
    const known = timeline.remembered[place];
    if (known !== UNKNOWN) return (known === NOTHING ? undefined : known) as V;
    const answer = compute(timeline);
    write(timeline, place, answer === undefined ? NOTHING : answer);
    return answer;
  };
}
