// The one rule for "looked after on a date" that every snapshot measure uses.
import { ageOn, type Day } from '../core/civil-date.ts';
import type { Episode } from './record-views.ts';
import type { ChildTimeline, PeriodOfCare } from './child-timeline.ts';
import { SHORT_BREAK_STATUSES } from '../ingest/code-lists.ts';

// The measures and the rest of the timeline find it here, beside the rule that uses it.
export { SHORT_BREAK_STATUSES };

/**
 * Whether a period of care began before the data do. A period begins with RNE S (903 rule 357), so one whose
 * first episode in the data has another reason (a move, a change of legal status) was already going on when the
 * earliest return supplied began: the day the child came into care is not in the data.
 */
export function beganBeforeData(period: PeriodOfCare): boolean {
  const first = period.episodes[0];
  return first !== undefined && first.rne !== 'S';
}

/**
 * The place in the child's periods of care of the one holding `episode` (-1 if none): looked for from the
 * latest period, where the episode in force at a month end mostly is.
 */
export function periodIndexHolding(t: ChildTimeline, episode: Episode): number {
  for (let i = t.periods.length - 1; i >= 0; i -= 1) if (t.periods[i]?.episodes.lastIndexOf(episode) !== -1) return i;
  return -1;
}

/** The period of care holding `episode`, if any (periodIndexHolding). */
export function periodHolding(t: ChildTimeline, episode: Episode): PeriodOfCare | undefined {
  return t.periods[periodIndexHolding(t, episode)];
}

/** The first episode of a period of care other than a short break (V3, V4); undefined for short breaks only. */
export function firstOrdinaryEpisode(episodes: readonly Episode[]): Episode | undefined {
  return episodes.find((e) => !SHORT_BREAK_STATUSES.has(e.ls));
}

/**
 * The last episode other than a short break in a period of care that goes on, after it, with short breaks
 * (V3, V4) only: the day it ended (its DEC, X1 into the short breaks) is when the child stopped being looked
 * after in the figures. Undefined for a period that ends in ordinary care, or has short breaks only.
 */
export function ordinaryEpisodeBeforeBreaks(episodes: readonly Episode[]): Episode | undefined {
  const last = episodes.at(-1);
  if (!last || !SHORT_BREAK_STATUSES.has(last.ls)) return undefined;
  return episodes.findLast((e) => !SHORT_BREAK_STATUSES.has(e.ls));
}

/** Whether and why a child counts as looked after on a date. */
export type LookedAfterStatus =
  | { kind: 'looked-after'; episode: Episode }
  | { kind: 'not-looked-after' }
  | { kind: 'short-break'; episode: Episode }
  | { kind: 'aged-18-or-over'; episode: Episode; age: number };

/**
 * Tells whether a child is looked after at the end of `day`, the way the DfE counts children looked after at
 * 31 March: an episode has started on or before the day (DECOM ≤ day) and has not ended on or before it
 * (DEC blank or DEC > day). A child who leaves on the day is not counted; one who starts on the day is.
 * Short breaks (V3/V4) are excluded. Looked-after status ends at 18, so an episode still open on or after the
 * 18th birthday is a recording lag and the child is not counted.
 */
export function lookedAfterOn(timeline: ChildTimeline, day: Day): LookedAfterStatus {
  const episode = episodeOpenAt(timeline.episodes, day);
  if (!episode) return { kind: 'not-looked-after' };
  if (SHORT_BREAK_STATUSES.has(episode.ls)) return { kind: 'short-break', episode };
  const age = ageOn(timeline.dob, day);
  if (age >= 18) return { kind: 'aged-18-or-over', episode, age };
  return { kind: 'looked-after', episode };
}

/** Returns the episode in force at the end of `day`, if any. Episodes must be in start-date order. */
export function episodeOpenAt(episodes: readonly Episode[], day: Day): Episode | undefined {
  for (let i = episodes.length - 1; i >= 0; i -= 1) {
    const e = episodes[i];
    if (!e) continue;
    if (e.decom > day) continue;
    return e.dec === null || e.dec > day ? e : undefined;
  }
  return undefined;
}
