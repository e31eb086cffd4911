// Unit tests for the regulation 33 review timetable of one period of care.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatUk } from '../../core/civil-date.ts';
import { exampleDay } from '../example-kit.ts';
import { reviewSchedule, type HeldReview } from './review-schedule.ts';

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
