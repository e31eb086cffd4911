// The statutory review timetable for one period of care (Care Planning, Placement and Case Review (England)
// Regulations 2010, reg 33), checked against the reviews actually held.
import { addMonths, type Day } from '../../core/civil-date.ts';
import { addWorkingDays } from '../../core/working-days.ts';
import type { HeldReview } from '../shared/held-reviews.ts';

/** What a due date was counted from. */
export interface DueFrom {
  /** 'history-start': the period began before the review records do, so the count runs from their first date. */
  kind: 'care-start' | 'first-review' | 'review' | 'history-start';
  day: Day;
}

/** One statutory review the regulation required, and the review that met it (or null if none was held). */
export interface ReviewCheck {
  due: Day;
  dueFrom: DueFrom;
  review: HeldReview | null;
  onTime: boolean;
}

/**
 * A period's whole reg 33 timetable: a check for each review held from the period's start on, and the review
 * due after the last of them. The timetable to any day is a part of it (`scheduleUpTo`), since each review's
 * due date depends only on the reviews before it; a series asks for it at every month end, so the walk is made
 * once per period rather than once per month.
 */
export interface PeriodTimetable {
  /** Each review held from the period's start on, in date order, with the due date it met or missed. */
  checks: readonly ReviewCheck[];
  /** The review due after the last held (or the first, if none was held). */
  next: { due: Day; dueFrom: DueFrom };
}

/**
 * Walks the reg 33 timetable through a period of care: the first review within 20 working days of the child
 * becoming looked after (reg 33(1)), the second within 3 months of the first (reg 33(2)(a)), each later one
 * within 6 months of the one before (reg 33(2)(b)). Each review held restarts the clock from the day it was
 * held, so one late review is not also counted against the next. `reviews` are the reviews held from the
 * period's start on, in date order.
 *
 * `historyStart` is the first review date anywhere in the data. When the period began before it, its earlier
 * reviews may simply not be in the extract (a first review held before the history begins is not seen, even
 * when it fell due after): the count then runs 6 months from `historyStart` (the longest interval the
 * regulation allows), rather than judging the first review seen as if it were the period's first. A
 * `careStart` of null is a period that began before the data (its first episode in them is not RNE S), whose
 * start is unknown: it is counted in the same way.
 */
export function periodTimetable(careStart: Day | null, reviews: readonly HeldReview[], historyStart: Day): PeriodTimetable {
  const checks: ReviewCheck[] = [];
  const known = careStart !== null && careStart >= historyStart;
  let due = known ? addWorkingDays(careStart, 20) : addMonths(historyStart, 6);
  let dueFrom: DueFrom = known ? { kind: 'care-start', day: careStart } : { kind: 'history-start', day: historyStart };
  let isFirst = known;
  for (const review of reviews) {
    checks.push({ due, dueFrom, review, onTime: review.day <= due });
    dueFrom = { kind: isFirst ? 'first-review' : 'review', day: review.day };
    due = addMonths(review.day, isFirst ? 3 : 6);
    isFirst = false;
  }
  return { checks, next: { due, dueFrom } };
}

/**
 * The timetable as it stood with the reviews held up to `heldBy` (those after it not yet held): their checks,
 * and the next review if it fell due on or before `lastDay` (the last day in care within the reckoning), when
 * it is missed or overdue.
 */
export function scheduleUpTo(timetable: PeriodTimetable, lastDay: Day, heldBy: Day): ReviewCheck[] {
  const { checks, next } = timetable;
  let held = 0;
  while (held < checks.length && (checks[held]?.review?.day ?? Infinity) <= heldBy) held += 1;
  const upTo = checks.slice(0, held);
  const pending = checks[held] ?? next;
  if (pending.due <= lastDay) upTo.push({ due: pending.due, dueFrom: pending.dueFrom, review: null, onTime: false });
  return upTo;
}
