// How long a child has been looked after without a break: the start of the current period of care and the
// DfE "looked after continuously for N months" test (the OC2 cohort rule) that health and stability measures use.
import { firstDayOfMonthsTo, type Day } from '../core/civil-date.ts';
import type { ChildTimeline } from './child-timeline.ts';
import { rememberedPerDay } from './remembered.ts';
import { episodeOpenAt, lookedAfterOn, periodHolding, SHORT_BREAK_STATUSES } from './looked-after-on.ts';

/**
 * Returns the day the child's current spell of care began, for the care in force at the end of `day`, or null
 * when no episode is in force or it is a short break (V3, V4). The spell is the period of care (episodes joined
 * by REC X1), but starts after the last short-break episode in it: short breaks do not count towards being
 * "continuously looked after" (903 guide; DfE validator, CONTINUOUSLY_LOOKED_AFTER).
 */
export const continuouslyLookedAfterSince: (timeline: ChildTimeline, day: Day) => Day | null = rememberedPerDay((timeline, day) => {
  const episode = episodeOpenAt(timeline.episodes, day);
  if (!episode || SHORT_BREAK_STATUSES.has(episode.ls)) return null;
  const period = periodHolding(timeline, episode);
  if (!period) return null;
  let since = period.start;
  for (const e of period.episodes) {
    if (e.decom > day) break;
    if (SHORT_BREAK_STATUSES.has(e.ls) && e.dec !== null) since = e.dec;
  }
  return since;
});

/**
 * Returns the latest start of care that still gives `months` months of continuous care at the end of `day`:
 * the first day of the `months` months to it (core/civil-date.ts firstDayOfMonthsTo). For 12 months to 31 March
 * 2026 that is 1 April 2025, so a child who entered care on 1 April 2025 qualifies (as in the DfE validator's
 * OC2 cohort, where a start exactly on the first day of the collection year still counts) and one who entered
 * on 2 April does not; to 28 February 2025 it is 1 March 2024.
 */
export function latestQualifyingStart(day: Day, months: number): Day {
  return firstDayOfMonthsTo(day, months);
}

/**
 * Tells whether a child is looked after at the end of `day` (short breaks and 18+ excluded, as `lookedAfterOn`)
 * and has been continuously for at least `months` months: the DfE OC2 cohort, "looked after at 31 March and
 * continuously for at least the previous 12 months" (ssda903.md §4; DfE validator CONTINUOUSLY_LOOKED_AFTER).
 * Unlike the validator, a child whose care ended on `day` itself is not included: they are not looked after at
 * the end of that day, which is how DfE counts children looked after at 31 March.
 */
export function lookedAfterContinuously(timeline: ChildTimeline, day: Day, months: number): boolean {
  if (lookedAfterOn(timeline, day).kind !== 'looked-after') return false;
  const since = continuouslyLookedAfterSince(timeline, day);
  return since !== null && since <= latestQualifyingStart(day, months);
}
