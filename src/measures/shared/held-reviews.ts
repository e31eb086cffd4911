// The statutory reviews a child's records show as held, from whichever source the council supplied: read by
// reviews_in_time_pct, and by visits_in_time_pct for the first review (regulation 28(4) visits weekly until it).
import type { Day } from '../../core/civil-date.ts';
import type { SourceRow } from '../../ingest/records.ts';
import type { ChildTimeline } from '../../timeline/child-timeline.ts';
import { rememberedPerTimeline } from '../../timeline/remembered.ts';
import type { DatedTable, MeasureInput } from '../measure.ts';
import { unlinkedOf } from './unavailable.ts';
import { tookPlace, wholeData } from './whole-data.ts';

/** A review that took place, from either source, with the due date the council's system recorded (SSD only). */
export interface HeldReview {
  day: Day;
  source: SourceRow;
  recordedDue: Day | null;
}

/** Where review dates come from: the SSD when the council supplied it (with the episodes that link reviews to children), else the 903. */
export type ReviewSource = 'ssd' | 'ssda903';

/** The table of each source, whose first review that took place is where the data's review history begins. */
export const REVIEW_TABLES: Readonly<Record<ReviewSource, DatedTable>> = { ssd: 'ssd.reviews', ssda903: 'ssda903.reviews' };

/**
 * Chooses the review source: ssd_cla_reviews (linked through ssd_cla_episodes) when it holds a review of a
 * child that took place, else the SSDA903 Reviews table when supplied; an SSD table supplied with no such
 * review (none linked to a child, or none held) is used only when there is no 903 table.
 */
export function reviewSource(input: MeasureInput): ReviewSource | null {
  // Reviews joined to no child of the 903, or to the wrong ones, are no source (checks/ssd-children.ts).
  const ssd = input.supplied.has('ssd.reviews') && input.supplied.has('ssd.claEpisodes') && unlinkedOf(input, ['ssd.reviews', 'ssd.claEpisodes']) === undefined;
  if (ssd && wholeData(input).firstRecord['ssd.reviews'] !== undefined) return 'ssd';
  if (input.supplied.has('ssda903.reviews')) return 'ssda903';
  return ssd ? 'ssd' : null;
}

// Every month of a series asks for the same children's reviews, so each list is built once per timeline.
const HELD: Readonly<Record<ReviewSource, (t: ChildTimeline) => readonly HeldReview[]>> = {
  ssd: rememberedPerTimeline((t) => byDay(t.ssd.reviews.flatMap((r) => (r.held !== null && tookPlace(r) ? [{ day: r.held, source: r, recordedDue: r.due }] : [])))),
  ssda903: rememberedPerTimeline((t) => byDay(t.ssda903.reviews.map((r) => ({ day: r.review, source: r, recordedDue: null })))),
};

/** The reviews a child's records in `source` show as held, in date order. */
export function heldReviews(t: ChildTimeline, source: ReviewSource): readonly HeldReview[] {
  return HELD[source](t);
}

/**
 * A child's reviews in date order, one a day: two rows held on one day record one review (an extract that joins
 * a table twice repeats each row). Counted twice, the copy was the next review on the timetable, 0 days after,
 * and the real next one was then judged against a longer interval: every SSD row doubled put the small council's
 * reviews on time at 81% in March 2025, against 77%.
 */
function byDay(held: HeldReview[]): readonly HeldReview[] {
  held.sort((a, b) => a.day - b.day);
  return held.filter((r, i) => i === 0 || r.day !== held[i - 1]?.day);
}
