import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayFromYmd, formatIso, type Day } from '../core/civil-date.ts';
import { financialYearToDate, marchSeries, monthSeries, periodMonthEnds } from './periods.ts';

const iso = (days: Day[]) => days.map(formatIso);

test('a month series is the last N month ends, oldest first', () => {
  assert.deepEqual(iso(monthSeries(dayFromYmd(2026, 3, 31), 3)), ['2026-01-31', '2026-02-28', '2026-03-31']);
});

test('the financial year to date runs from April to the month', () => {
  assert.deepEqual(iso(financialYearToDate(dayFromYmd(2025, 6, 30))), ['2025-04-30', '2025-05-31', '2025-06-30']);
  assert.deepEqual(iso(financialYearToDate(dayFromYmd(2025, 4, 30))), ['2025-04-30']);
  assert.equal(financialYearToDate(dayFromYmd(2026, 3, 31)).length, 12);
  assert.equal(iso(financialYearToDate(dayFromYmd(2026, 1, 31)))[0], '2025-04-30');
});

test('the March series ends with the latest 31 March on or before the month', () => {
  assert.deepEqual(iso(marchSeries(dayFromYmd(2026, 3, 31), 3)), ['2024-03-31', '2025-03-31', '2026-03-31']);
  assert.deepEqual(iso(marchSeries(dayFromYmd(2026, 2, 28), 2)), ['2024-03-31', '2025-03-31']);
  assert.equal(marchSeries(dayFromYmd(2026, 12, 31), 6).length, 6);
});

test('periodMonthEnds passes the count to months and march, and ignores it for the financial year', () => {
  const last = dayFromYmd(2025, 5, 31);
  assert.deepEqual(periodMonthEnds('months', last, 2), monthSeries(last, 2));
  assert.deepEqual(periodMonthEnds('fytd', last, 99), financialYearToDate(last));
  assert.deepEqual(periodMonthEnds('march', last, 6), marchSeries(last, 6));
});
