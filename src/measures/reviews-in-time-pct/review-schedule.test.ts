// Unit tests for the regulation 33 review timetable of one period of care.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatUk, type Day } from '../../core/civil-date.ts';
import { exampleDay } from '../example-kit.ts';
import type { HeldReview } from '../shared/held-reviews.ts';
import { periodTimetable, scheduleUpTo, type ReviewCheck } from './review-schedule.ts';

/** A period's timetable checked against its reviews held, none after `lastDay`, with the review due next if it fell due by then. */
const reviewSchedule = (careStart: Day, lastDay: Day, reviews: readonly HeldReview[], historyStart: Day): ReviewCheck[] =>
  scheduleUpTo(periodTimetable(careStart, reviews, historyStart), lastDay, Infinity);

const held = (d: string): HeldReview => ({ day: exampleDay(d), source: { file: 'x', row: 1 }, recordedDue: null });
const dues = (checks: ReturnType<typeof reviewSchedule>) => checks.map((c) => `${formatUk(c.due)}${c.onTime ? '' : ' late'}${c.review ? '' : ' not held'}`);

test('the timetable runs 20 working days, then 3 months, then 6 months, each from the review actually held', () => {
  const checks = reviewSchedule(exampleDay('01/04/2025'), exampleDay('31/03/2026'), [held('25/04/2025'), held('01/08/2025'), held('01/01/2026')], exampleDay('01/01/2020'));
  assert.deepEqual(dues(checks), ['01/05/2025', '25/07/2025 late', '01/02/2026']);
  assert.equal(checks[2]?.dueFrom.kind, 'review');
});

test('a review not yet held is listed only once it has fallen due', () => {
  const start = exampleDay('01/04/2025');
  assert.deepEqual(dues(reviewSchedule(start, exampleDay('30/04/2025'), [], exampleDay('01/01/2020'))), []);
  assert.deepEqual(dues(reviewSchedule(start, exampleDay('01/05/2025'), [], exampleDay('01/01/2020'))), ['01/05/2025 late not held']);
});

test('a period that began before the review records counts 6 months from where they begin', () => {
  const checks = reviewSchedule(exampleDay('01/06/2020'), exampleDay('31/03/2026'), [held('01/09/2024'), held('20/03/2025')], exampleDay('01/09/2024'));
  assert.equal(checks[0]?.dueFrom.kind, 'history-start');
  assert.deepEqual(dues(checks), ['01/03/2025', '01/03/2025 late', '20/09/2025 late not held']);
});

test('the part of a period’s whole timetable up to any day is the timetable of only the reviews held by then', () => {
  // What lets the measure walk each period once: every due date depends only on the reviews before it.
  const base = exampleDay('01/01/2015');
  const days = (n: number) => fc.integer({ min: 0, max: n });
  fc.assert(
    fc.property(days(3000), fc.array(days(4000), { maxLength: 25 }), days(4000), days(4000), fc.integer({ min: -40, max: 40 }), (start, offsets, history, last, byShift) => {
      const careStart = base + start;
      // Two reviews on one day stay in: the data can hold them.
      const reviews = offsets.map((o) => careStart + o).sort((a, b) => a - b).map((day) => ({ day, source: { file: 'x', row: day }, recordedDue: null }));
      const historyStart = base + history;
      const lastDay = careStart + last;
      const heldBy = lastDay + byShift;
      const timetable = periodTimetable(careStart, reviews, historyStart);
      assert.deepEqual(scheduleUpTo(timetable, lastDay, heldBy), reviewSchedule(careStart, lastDay, reviews.filter((r) => r.day <= heldBy), historyStart));
    }),
    { numRuns: 2000, seed: 33 },
  );
});
