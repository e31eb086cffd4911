// Computation of visits_in_time_pct at a month end.
import { addMonths, formatUk, type Day } from '../../core/civil-date.ts';
import { addWorkingDays } from '../../core/working-days.ts';
import type { Episode, SsdVisit } from '../../timeline/record-views.ts';
import type { ChildTimeline } from '../../timeline/child-timeline.ts';
import { firstOrdinaryEpisode, periodHolding } from '../../timeline/looked-after-on.ts';
import { placementOn, usualEpisodeOn, type Placement } from '../../timeline/placements.ts';
import { heldReviews, reviewSource, type ReviewSource } from '../shared/held-reviews.ts';
import type { MeasureInput, MeasureResult } from '../measure.ts';
import { datedBetween } from '../shared/dated-range.ts';
import { where } from '../shared/health-records.ts';
import { shareOfLookedAfter, type ShareVerdict } from '../shared/share-of-looked-after.ts';
import { unavailableBefore, unavailableUnless } from '../shared/unavailable.ts';
import { definition } from './definition.ts';

/** Long-term foster placements (903 PLACE U1, U4): the only placements the data marks as meant to last until 18. */
export const LONG_TERM_FOSTERING: ReadonlySet<string> = new Set(['U1', 'U4']);

/** Computes the share of children looked after whose statutory visits are up to date at the month end. */
export function compute(input: MeasureInput, monthEnd: Day): MeasureResult {
  const missing = unavailableUnless(input, definition.id, monthEnd, ['ssda903.episodes', 'ssd.visits'])
    // The longest interval between visits is 3 months (long-term fostering after the first year).
    ?? unavailableBefore(input, definition.id, monthEnd, 'ssd.visits', addMonths(monthEnd, -3));
  if (missing) return missing;
  const reviews = reviewSource(input);
  return shareOfLookedAfter(input, monthEnd, definition.id, definition.decimals, (t, episode) => visitsUpToDate(t, episode, monthEnd, reviews));
}

/** Tells whether a visit counts as a statutory visit: the child was seen (a visit recorded "not seen" does not). */
function childSeen(v: SsdVisit): boolean {
  return v.seen.trim().toUpperCase() !== 'N';
}

/**
 * Judges one child at the month end against Care Planning Regulations 2010, reg 28. The general rule (28(2)):
 * a visit within 1 week of the start of the placement, then at intervals of not more than 6 weeks in the first
 * year of the placement, and after that not more than 3 months where the placement is meant to last until 18
 * (here: long-term foster placements, U1 and U4) or 6 weeks otherwise. For a child living with a parent (or
 * other person with parental responsibility, PLACE P1): under an interim care order (LS C1), a visit at least
 * weekly until the period's first review and every 4 weeks after it (28(4)); under a care order (LS C2), a
 * visit within 1 week of the order being made and every 6 weeks after it (28(5)). Placements are counted the
 * DfE way (placements.ts), so a change of legal status or a temporary move and return is not a new placement.
 * `episode` is the episode in force at the month end, whose legal status applies; `reviews` is where the
 * first review is read from (null: none supplied, so it is taken as held on the day it was due).
 */
export function visitsUpToDate(t: ChildTimeline, episode: Episode, monthEnd: Day, reviews: ReviewSource | null): ShareVerdict {
  const placement = placementOn(t, monthEnd);
  const usual = usualEpisodeOn(t, monthEnd);
  if (!placement || !usual) return { inCohort: false, reason: 'Not in cohort: no placement in force at the month end' };
  const rule = visitRule(t, episode, usual, placement, monthEnd, reviews);
  const about = () => `placement from ${formatUk(placement.start)} (type ${usual.place}, ${usual.file} row ${String(usual.row)})`;
  const since = datedBetween(t.ssd.visits, rule.from, monthEnd, (v) => v.date);
  let latest: SsdVisit | undefined;
  for (let i = since.length - 1; i >= 0; i -= 1) {
    const v = since[i];
    if (v && childSeen(v)) {
      latest = v;
      break;
    }
  }
  if (!latest) {
    const due = rule.from + 7;
    const met = monthEnd <= due;
    return { inCohort: true, met, reason: () => `${met ? 'Up to date' : 'Overdue'}: no visit since ${rule.fromWords()}; the first was due within 1 week, by ${formatUk(due)}; ${about()}` };
  }
  const { due, words } = rule.next(latest.date);
  const met = monthEnd <= due;
  return {
    inCohort: true, met,
    reason: () => `${met ? 'Up to date' : 'Overdue'}: last visit with the child seen on ${formatUk(latest.date)} at ${where(latest)}; next due within ${words()}, by ${formatUk(due)}; ${about()}`,
  };
}

/** The part of regulation 28 that applies at the month end: the day visits are counted from, and the interval after each. */
interface VisitRule {
  /** The day the first visit is due within a week of, and from which visits count. */
  from: Day;
  fromWords: () => string;
  next(visit: Day): { due: Day; words: () => string };
}

function visitRule(t: ChildTimeline, episode: Episode, usual: Episode, placement: Placement, monthEnd: Day, reviews: ReviewSource | null): VisitRule {
  const fromPlacement = { from: placement.start, fromWords: () => 'the placement began' };
  if (usual.place === 'P1' && episode.ls === 'C1') {
    // Reg 28(4): weekly until the first review of the period of care, then every 4 weeks.
    const review = firstReview(t, episode, monthEnd, reviews);
    const reviewed = review !== null && review.day <= monthEnd;
    const said = () => (review === null ? 'no first review held yet' : `first review ${review.taken ? 'due' : 'held'} on ${formatUk(review.day)}${review.taken ? ' (no review records supplied, so taken as held then)' : ''}`);
    return {
      ...fromPlacement,
      next: (visit) => (reviewed
        ? { due: visit + 28, words: () => `4 weeks (living with a parent under an interim care order, after the first review: ${said()})` }
        : { due: visit + 7, words: () => `1 week (living with a parent under an interim care order, until the first review: ${said()})` }),
    };
  }
  if (usual.place === 'P1' && episode.ls === 'C2') {
    // Reg 28(5): within a week of the care order being made while living at home, then every 6 weeks.
    const made = careOrderMade(t, episode);
    const sixWeeks = (visit: Day) => ({ due: visit + 42, words: () => '6 weeks (living with a parent under a care order)' });
    if (made > placement.start) return { from: made, fromWords: () => `the care order was made on ${formatUk(made)} (legal status C2 from then), while living with a parent`, next: sixWeeks };
    return { ...fromPlacement, next: sixWeeks };
  }
  return {
    ...fromPlacement,
    next: (visit) => {
      const firstYear = visit < addMonths(placement.start, 12);
      const longTerm = !firstYear && LONG_TERM_FOSTERING.has(usual.place);
      if (longTerm) return { due: addMonths(visit, 3), words: () => '3 months (long-term fostering, after the first year)' };
      return { due: visit + 42, words: () => (firstYear ? '6 weeks (first year of the placement)' : '6 weeks') };
    },
  };
}

/**
 * The first review of the period of care holding `episode` (reg 33: 20 working days from when the child became
 * looked after other than on short breaks): the first held from then on, or null if none is held by the month
 * end. With no review records supplied it is taken as held on the day it was due (`taken`).
 */
function firstReview(t: ChildTimeline, episode: Episode, monthEnd: Day, reviews: ReviewSource | null): { day: Day; taken: boolean } | null {
  const period = periodHolding(t, episode);
  const start = (period && firstOrdinaryEpisode(period.episodes)?.decom) ?? episode.decom;
  if (reviews === null) return { day: addWorkingDays(start, 20), taken: true };
  const held = heldReviews(t, reviews).find((r) => r.day >= start && r.day <= monthEnd);
  return held ? { day: held.day, taken: false } : null;
}

/** The day the care order in force was made: the start of the run of care-order (C2) episodes that holds `episode`. */
function careOrderMade(t: ChildTimeline, episode: Episode): Day {
  const at = t.episodes.indexOf(episode);
  let made = episode.decom;
  for (let i = at - 1; i >= 0; i -= 1) {
    const e = t.episodes[i];
    // Episodes of one period meet end to start (X1); a gap is a new period, so a new order.
    if (!e || e.ls !== 'C2' || e.dec !== made) break;
    made = e.decom;
  }
  return made;
}
