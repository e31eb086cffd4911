// Remembering answers about a child's timeline: once per timeline, or per timeline for the day being asked about.
import type { Day } from '../core/civil-date.ts';
import type { ChildTimeline } from './child-timeline.ts';

const NOTHING = Symbol('nothing');

/**
 * Wraps a pure function of a timeline and a day so that, while it is asked about the same day, each child's
 * answer is worked out once. A series computes all the measures of one month end before the next, and several
 * measures ask the same question of every child in care (the placement in force, the start of continuous
 * care): each answer reads through the child's episodes, which in a large history are spread across memory,
 * while a remembered answer is one look-up in a table of a month's children. Asking about another day starts
 * afresh, so the answers are always those of `compute` (timelines are never changed once built). `compute`
 * must not call the function it is wrapped into for a different day: that would start the table afresh part
 * way, and its own answer would be kept under the other day. Callers that switch between days stay correct,
 * only slower.
 */
export function rememberedPerDay<V>(compute: (timeline: ChildTimeline, day: Day) => V): (timeline: ChildTimeline, day: Day) => V {
  let remembered: Day | null = null;
  let forDay: ((timeline: ChildTimeline) => V) | null = null;
  return (timeline, day) => {
    if (forDay === null || day !== remembered) {
      remembered = day;
      forDay = rememberedPerTimeline((t) => compute(t, day));
    }
    return forDay(timeline);
  };
}

/**
 * Wraps a pure function of a timeline so each timeline's answer is worked out once and kept while the timeline
 * lives (a WeakMap, so it goes with the timeline): for what every month end of a series asks again, such as a
 * child's placements or reviews held.
 */
export function rememberedPerTimeline<V>(compute: (timeline: ChildTimeline) => V): (timeline: ChildTimeline) => V {
  const answers = new WeakMap<ChildTimeline, V | typeof NOTHING>();
  return (timeline) => {
    const known = answers.get(timeline);
    if (known !== undefined) return known === NOTHING ? (undefined as V) : known;
    const answer = compute(timeline);
    answers.set(timeline, answer === undefined ? NOTHING : answer);
    return answer;
  };
}
