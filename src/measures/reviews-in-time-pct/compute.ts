// Computation of reviews_in_time_pct at a month end.
import { heldReviews, REVIEW_TABLES, reviewSource, type HeldReview, type ReviewSource } from '../shared/held-reviews.ts';
import { wholeData } from '../shared/whole-data.ts';
import { firstDayOfMonthsTo, formatUk, type Day } from '../../core/civil-date.ts';
import { addWorkingDays } from '../../core/working-days.ts';
import { monthKeyOf } from '../../core/month.ts';
import { beganBeforeData, firstOrdinaryEpisode, ordinaryEpisodeBeforeBreaks, periodIndexHolding } from '../../timeline/looked-after-on.ts';
import type { ChildTimeline, PeriodOfCare } from '../../timeline/child-timeline.ts';
import { rememberedPerDay } from '../../timeline/remembered.ts';
import { keptReason, type ChildOutcome, type MeasureInput, type MeasureResult, type Reason, valueFromParts } from '../measure.ts';
import { firstAfter } from '../shared/dated-range.ts';
import { inCareAt, type InCareEntry } from '../shared/looked-after-index.ts';
import { unavailableBefore, unavailableResult, unavailableUnless } from '../shared/unavailable.ts';
import { definition } from './definition.ts';
import { periodTimetable, scheduleUpTo, type PeriodTimetable, type ReviewCheck } from './review-schedule.ts';

const ID = 'reviews_in_time_pct';

/** A review required within the 12 months, with the last day in care it could have been held by. */
type Counted = ReviewCheck & { until: Day };

/** Computes the percentage of children looked after for 20 working days or more whose reviews in the last 12 months were all on time. */
export function compute(input: MeasureInput, monthEnd: Day): MeasureResult {
  const missing = unavailableUnless(input, ID, monthEnd, ['ssda903.episodes']);
  if (missing) return missing;
  const source = reviewSource(input);
  if (source === null) {
    return unavailableResult(ID, monthEnd, 'Needs the SSD ssd_cla_reviews table (with ssd_cla_episodes, which links each review to the child) or the SSDA903 Reviews table, which the data does not include.');
  }
  const historyStart = wholeData(input).firstRecord[REVIEW_TABLES[source]] ?? null;
  if (historyStart === null) {
    return unavailableResult(ID, monthEnd, `The review records supplied (${SOURCE_NAMES[source]}) hold no review that took place, so there is no review history.`);
  }
  // The 12 months judged must lie inside the review history: a child with no review seen in a shorter history
  // would count as having none due, and the reviews before it could not be judged.
  const beyond = unavailableBefore(input, ID, monthEnd, REVIEW_TABLES[source], firstDayOfMonthsTo(monthEnd, 12));
  if (beyond) return beyond;
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
  const at = periodIndexHolding(t, status.episode);
  const current = t.periods[at];
  if (!current) throw new Error('Programmer error: the episode in force belongs to no period of care');
  const start = regulation33Start(current);
  const firstDue = addWorkingDays(start, 20);
  // A period that began before the data has been going on longer than its first episode in the data shows.
  if (firstDue > monthEnd && !beganBeforeData(current)) {
    const before = start === current.start ? '' : ` (before that, short breaks only, from ${formatUk(current.start)})`;
    return excluded(t, () => `Not in cohort: looked after since ${formatUk(start)}${before}, fewer than 20 working days by ${formatUk(monthEnd)} (first review due by ${formatUk(firstDue)})`);
  }
  // The day before the 12 months to the month end (core/civil-date.ts firstDayOfMonthsTo).
  const beforeWindow = firstDayOfMonthsTo(monthEnd, 12) - 1;
  const timetables = TIMETABLES[source](t, historyStart);
  const counted: Counted[] = [];
  for (let i = 0; i < t.periods.length; i += 1) {
    const period = t.periods[i];
    // A period of short breaks only has no regulation 33 timetable; the others' starts at their first ordinary episode.
    const ordinary = period ? firstOrdinaryEpisode(period.episodes) : undefined;
    if (!period || !ordinary || ordinary.decom > monthEnd) continue;
    // Regulation 33 runs to the end of the ordinary care: a period that went on as short breaks only came
    // under regulation 48 from then, so no review fell due under this timetable after it.
    const end = ordinaryEpisodeBeforeBreaks(period.episodes)?.dec ?? period.end;
    if (end !== null && end <= beforeWindow) continue;
    const isCurrent = i === at;
    const lastDay = isCurrent ? monthEnd : Math.min(monthEnd, (end ?? monthEnd + 1) - 1);
    // Reviews held by the month end count, and for an earlier period those up to the day after its last day
    // in care (the day it ended).
    const heldBy = isCurrent ? monthEnd : Math.min(monthEnd, lastDay + 1);
    const timetable = timetables[i];
    if (!timetable) throw new Error('Programmer error: a period of care without its review timetable');
    for (const c of scheduleUpTo(timetable, lastDay, heldBy)) {
      // A review counts in the 12 months if it was held in them; one never held counts if it fell due in
      // them, or at any time if it is still overdue at the month end.
      const inWindow = c.review ? c.review.day > beforeWindow : isCurrent || c.due > beforeWindow;
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
    reason: () => `In time: ${pluralReviews(counted.length)} in the 12 months to ${formatUk(monthEnd)} on time (${tail()})${historyNote(counted)}${dueDateNote(counted)}`,
  };
}

const SOURCE_NAMES: Readonly<Record<ReviewSource, string>> = { ssd: 'ssd_cla_reviews', ssda903: 'SSDA903 Reviews' };

// And each period's timetable is walked once per timeline (for the data's first review, which is the same at
// every month end: remembered as the "day" asked about), each month end taking the part it reaches.
const TIMETABLES: Readonly<Record<ReviewSource, (t: ChildTimeline, historyStart: Day) => readonly PeriodTimetable[]>> = {
  ssd: rememberedPerDay((t, historyStart) => timetablesOf(t, heldReviews(t, 'ssd'), historyStart)),
  ssda903: rememberedPerDay((t, historyStart) => timetablesOf(t, heldReviews(t, 'ssda903'), historyStart)),
};

/** Each period's timetable, of the reviews held from its regulation 33 start on (`held` in date order). */
function timetablesOf(t: ChildTimeline, held: readonly HeldReview[], historyStart: Day): PeriodTimetable[] {
  return t.periods.map((p, i) => {
    const start = regulation33Start(p);
    // A period that began before the data has no known start for its timetable: it is counted as one that
    // began before the review records (review-schedule.ts), and its reviews are those held after the previous
    // period in the data ended, before its first episode in the data too.
    const before = beganBeforeData(p);
    const from = before ? (t.periods[i - 1]?.end ?? -Infinity) : start;
    return periodTimetable(before ? null : start, held.slice(firstAfter(held, from - 1, (r) => r.day)), historyStart);
  });
}

/**
 * The day a period's regulation 33 timetable starts: the start of its first episode other than a short break
 * (V3 or V4). A period that began as a series of short breaks, reviewed under regulation 48, comes under
 * regulation 33 only when the child becomes looked after otherwise (in a later episode of the period), so
 * the first review is due 20 working days from then and the short-break reviews before it are not judged. A
 * period of short breaks only has no regulation 33 timetable: it is its own start (and is skipped as such).
 */
function regulation33Start(p: PeriodOfCare): Day {
  return firstOrdinaryEpisode(p.episodes)?.decom ?? p.start;
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

/** Says when a review was judged from the start of the review records, as the one before it is not in the data. */
function historyNote(checks: readonly ReviewCheck[]): string {
  const from = checks.find((c) => c.dueFrom.kind === 'history-start');
  if (!from) return '';
  return `. Care began before the review records do (${formatUk(from.dueFrom.day)}), so any review before then is not in the data, and the first one seen was allowed 6 months from that day, the longest interval the regulation allows`;
}

/** Says where the council's recorded due dates differ from the regulation's, which carestats uses. */
function dueDateNote(checks: readonly ReviewCheck[]): string {
  const differing = checks.filter((c) => c.review?.recordedDue != null && c.review.recordedDue !== c.due);
  const first = differing[0];
  if (!first?.review?.recordedDue) return '';
  return `. The recorded due date differs from the regulation's for ${String(differing.length)} review(s) (first: recorded ${formatUk(first.review.recordedDue)}, regulation ${formatUk(first.due)}); the regulation's date is used`;
}
