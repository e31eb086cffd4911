// Computation of reviews_in_time_pct at a month end.
import { tookPlace, wholeData } from '../shared/whole-data.ts';
import { addMonths, formatUk, type Day } from '../../core/civil-date.ts';
import { addWorkingDays } from '../../core/working-days.ts';
import { monthKeyOf } from '../../core/month.ts';
import { SHORT_BREAK_STATUSES } from '../../timeline/looked-after-on.ts';
import type { ChildTimeline, PeriodOfCare } from '../../timeline/child-timeline.ts';
import { rememberedPerTimeline } from '../../timeline/remembered.ts';
import { keptReason, type ChildOutcome, type MeasureInput, type MeasureResult, type Reason, valueFromParts } from '../measure.ts';
import { firstAfter } from '../shared/dated-range.ts';
import { inCareAt, type InCareEntry } from '../shared/looked-after-index.ts';
import { unavailableUnless } from '../shared/unavailable.ts';
import { definition } from './definition.ts';
import { reviewSchedule, type HeldReview, type ReviewCheck } from './review-schedule.ts';

const ID = 'reviews_in_time_pct';

/** A review required within the 12 months, with the last day in care it could have been held by. */
type Counted = ReviewCheck & { until: Day };

/** Where review dates come from: the SSD when the council supplied it (with the episodes that link reviews to children), else the 903. */
export type ReviewSource = 'ssd' | 'ssda903';

/** Chooses the review source: ssd_cla_reviews (linked through ssd_cla_episodes) first, the SSDA903 Reviews table otherwise. */
export function reviewSource(input: MeasureInput): ReviewSource | null {
  if (input.supplied.has('ssd.reviews') && input.supplied.has('ssd.claEpisodes')) return 'ssd';
  if (input.supplied.has('ssda903.reviews')) return 'ssda903';
  return null;
}

/** Computes the percentage of children looked after for 20 working days or more whose reviews in the last 12 months were all on time. */
export function compute(input: MeasureInput, monthEnd: Day): MeasureResult {
  const missing = unavailableUnless(input, ID, monthEnd, ['ssda903.episodes']);
  if (missing) return missing;
  const source = reviewSource(input);
  if (source === null) {
    return {
      id: ID, month: monthKeyOf(monthEnd), numerator: null, denominator: null, value: null, children: [],
      unavailable: 'Needs the SSD ssd_cla_reviews table (with ssd_cla_episodes, which links each review to the child) or the SSDA903 Reviews table, which the data does not include.',
    };
  }
  const historyStart = earliestReview(input, source);
  if (historyStart === null || historyStart > monthEnd) {
    const from = historyStart === null ? 'hold no review that took place' : `begin on ${formatUk(historyStart)}`;
    return {
      id: ID, month: monthKeyOf(monthEnd), numerator: null, denominator: null, value: null, children: [],
      unavailable: `The review records supplied (${SOURCE_NAMES[source]}) ${from}, so there is no review history for this month.`,
    };
  }
  const children: ChildOutcome[] = [];
  let numerator = 0;
  let denominator = 0;
  for (const { timeline: t, status } of inCareAt(input, monthEnd)) {
    const outcome = childOutcome(t, status, monthEnd, source, historyStart);
    if (!outcome) continue;
    outcome.reason = keptReason(input, outcome.reason);
    children.push(outcome);
    if (outcome.inCohort) {
      denominator += 1;
      if (outcome.met) numerator += 1;
    }
  }
  const value = denominator === 0 ? null : valueFromParts('percent', definition.decimals, numerator, denominator);
  return { id: ID, month: monthKeyOf(monthEnd), numerator, denominator, value, children };
}

function childOutcome(t: ChildTimeline, status: InCareEntry['status'], monthEnd: Day, source: ReviewSource, historyStart: Day): ChildOutcome | null {
  if (status.kind === 'short-break') return excluded(t, () => `Not in cohort: short break (legal status ${status.episode.ls}); reviews of short breaks follow reg 48, not this timetable`);
  if (status.kind === 'aged-18-or-over') return excluded(t, () => `Not in cohort: aged ${String(status.age)} on ${formatUk(monthEnd)}; looked-after status ends at 18`);
  const current = t.periods.find((p) => p.episodes.includes(status.episode));
  if (!current) throw new Error('Programmer error: the episode in force belongs to no period of care');
  const firstDue = addWorkingDays(current.start, 20);
  if (firstDue > monthEnd) {
    return excluded(t, () => `Not in cohort: looked after since ${formatUk(current.start)}, fewer than 20 working days by ${formatUk(monthEnd)} (first review due by ${formatUk(firstDue)})`);
  }
  const windowStart = addMonths(monthEnd, -12);
  const held = heldReviews(t, monthEnd, source);
  const counted: Counted[] = [];
  for (const period of t.periods) {
    if (period.start > monthEnd || (period.end !== null && period.end <= windowStart) || allShortBreaks(period)) continue;
    const isCurrent = period === current;
    const lastDay = isCurrent ? monthEnd : Math.min(monthEnd, (period.end ?? monthEnd + 1) - 1);
    const inPeriod = held.filter((r) => r.day >= period.start && r.day <= lastDay + (isCurrent ? 0 : 1));
    for (const c of reviewSchedule(period.start, lastDay, inPeriod, historyStart)) {
      // A review counts in the 12 months if it was held in them; one never held counts if it fell due in
      // them, or at any time if it is still overdue at the month end.
      const inWindow = c.review ? c.review.day > windowStart : isCurrent || c.due > windowStart;
      if (inWindow) counted.push({ ...c, until: lastDay });
    }
  }
  // Reasons are worded only when read (explain, child lists): a series judges every child at every month end.
  const late = counted.filter((c) => !c.onTime);
  if (late.length > 0) {
    const more = late.length > 2 ? `; and ${String(late.length - 2)} more` : '';
    return { child: t.child, inCohort: true, met: false, reason: () => `Not in time: ${late.slice(0, 2).map(describeFailure).join('; ')}${more}${dueDateNote(counted)}` };
  }
  const latest = counted.at(-1);
  const tail = () => (latest?.review ? `latest ${describeReview(latest.review)}` : 'none was due');
  return {
    child: t.child, inCohort: true, met: true,
    reason: () => `In time: ${pluralReviews(counted.length)} in the 12 months to ${formatUk(monthEnd)} on time (${tail()})${dueDateNote(counted)}`,
  };
}

const SOURCE_NAMES: Readonly<Record<ReviewSource, string>> = { ssd: 'ssd_cla_reviews', ssda903: 'SSDA903 Reviews' };

/** The first date any review took place in the chosen source, in the whole data: where its review history begins. */
function earliestReview(input: MeasureInput, source: ReviewSource): Day | null {
  return wholeData(input).earliestReview[source];
}

/** Returns the reviews that took place, in date order, up to the end of `monthEnd`. */
function heldReviews(t: ChildTimeline, monthEnd: Day, source: ReviewSource): readonly HeldReview[] {
  const all = HELD[source](t);
  return all.slice(0, firstAfter(all, monthEnd, (r) => r.day));
}

// Every month of a series asks for the same children's reviews, so each list is built once per timeline.
const HELD: Readonly<Record<ReviewSource, (t: ChildTimeline) => readonly HeldReview[]>> = {
  ssd: rememberedPerTimeline((t) => byDay(t.ssd.reviews.flatMap((r) => (r.held !== null && tookPlace(r) ? [{ day: r.held, source: r, recordedDue: r.due }] : [])))),
  ssda903: rememberedPerTimeline((t) => byDay(t.ssda903.reviews.map((r) => ({ day: r.review, source: r, recordedDue: null })))),
};

function byDay(held: HeldReview[]): readonly HeldReview[] {
  return held.sort((a, b) => a.day - b.day);
}

function allShortBreaks(p: PeriodOfCare): boolean {
  return p.episodes.every((e) => SHORT_BREAK_STATUSES.has(e.ls));
}

function excluded(t: ChildTimeline, reason: Reason): ChildOutcome {
  return { child: t.child, inCohort: false, met: null, reason };
}

function describeDue(c: ReviewCheck): string {
  const from = formatUk(c.dueFrom.day);
  switch (c.dueFrom.kind) {
    case 'care-start': return `due by ${formatUk(c.due)}, 20 working days after care began on ${from}`;
    case 'first-review': return `due by ${formatUk(c.due)}, 3 months after the first review on ${from}`;
    case 'review': return `due by ${formatUk(c.due)}, 6 months after the review on ${from}`;
    case 'history-start': return `due by ${formatUk(c.due)}, 6 months after the review records begin on ${from}`;
  }
}

function describeReview(r: HeldReview): string {
  return `review on ${formatUk(r.day)} at ${r.source.file} row ${String(r.source.row)}`;
}

function describeFailure(c: Counted): string {
  return c.review ? `${describeReview(c.review)} was late (${describeDue(c)})` : `review ${describeDue(c)} was not held by ${formatUk(c.until)}`;
}

function pluralReviews(n: number): string {
  return n === 1 ? 'the 1 review' : n === 2 ? 'both reviews' : `all ${String(n)} reviews`;
}

/** Says where the council's recorded due dates differ from the regulation's, which carestats uses. */
function dueDateNote(checks: readonly ReviewCheck[]): string {
  const differing = checks.filter((c) => c.review?.recordedDue != null && c.review.recordedDue !== c.due);
  const first = differing[0];
  if (!first?.review?.recordedDue) return '';
  return `. The recorded due date differs from the regulation's for ${String(differing.length)} review(s) (first: recorded ${formatUk(first.review.recordedDue)}, regulation ${formatUk(first.due)}); the regulation's date is used`;
}
