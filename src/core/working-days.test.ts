// Unit tests for the working-day calendar: known timescales, every one-off holiday and weekend substitutes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayFromYmd, formatIso, parseIso, ymdFromDay } from './civil-date.ts';
import { easterSunday, standardBankHolidays, weekday } from './bank-holiday-rules.ts';
import { BANK_HOLIDAYS, SHIPPED_FROM, SHIPPED_TO } from './bank-holidays.ts';
import { addWorkingDays, isBankHoliday, isWorkingDay, workingDaysBetween } from './working-days.ts';

const iso = (text: string) => {
  const d = parseIso(text);
  assert.ok(d !== null, text);
  return d;
};

test('20 working days after 31 March 2026 is 30 April 2026, because Good Friday and Easter Monday fall between', () => {
  assert.equal(formatIso(addWorkingDays(iso('2026-03-31'), 20)), '2026-04-30');
  assert.equal(workingDaysBetween(iso('2026-03-31'), iso('2026-04-30')), 20);
  assert.equal(workingDaysBetween(iso('2026-03-31'), iso('2026-04-29')), 19);
});

test('20 working days after 1 December 2025 lands after the Christmas and New Year holidays', () => {
  // December 2025: 22 weekdays from 2nd to 31st less Christmas Day and Boxing Day; the 20th is 31 December.
  assert.equal(formatIso(addWorkingDays(iso('2025-12-01'), 20)), '2025-12-31');
  assert.equal(formatIso(addWorkingDays(iso('2025-12-01'), 21)), '2026-01-02');
});

test('starting on a weekend counts from the next working day, and zero working days is the same day', () => {
  assert.equal(formatIso(addWorkingDays(iso('2026-03-28'), 1)), '2026-03-30');
  assert.equal(formatIso(addWorkingDays(iso('2026-03-28'), 0)), '2026-03-28');
  assert.equal(formatIso(addWorkingDays(iso('2026-04-07'), -1)), '2026-04-02');
  assert.equal(workingDaysBetween(iso('2026-04-30'), iso('2026-03-31')), -20);
});

test('every one-off holiday is a bank holiday, and the moved holidays are working days', () => {
  for (const d of ['2011-04-29', '2012-06-04', '2012-06-05', '2020-05-08', '2022-06-02', '2022-06-03', '2022-09-19', '2023-05-08']) {
    assert.ok(isBankHoliday(iso(d)), d);
    assert.ok(!isWorkingDay(iso(d)), d);
  }
  // The spring holiday moved from 28 May 2012 and 30 May 2022, and early May from 4 May 2020.
  for (const d of ['2012-05-28', '2020-05-04', '2022-05-30']) assert.ok(isWorkingDay(iso(d)), d);
});

test('weekend holidays are observed on substitute weekdays', () => {
  // Christmas 2021 fell on a Saturday: 27 and 28 December were the holidays. New Year 2022 (Saturday): 3 January.
  for (const d of ['2021-12-27', '2021-12-28', '2022-01-03', '2022-12-26', '2022-12-27', '2023-01-02', '2015-12-28', '2027-12-27', '2027-12-28', '2028-01-03']) {
    assert.ok(isBankHoliday(iso(d)), d);
  }
  assert.ok(!isBankHoliday(iso('2021-12-25')));
  assert.ok(isWorkingDay(iso('2021-12-29')));
});

test('the shipped list differs from the standing rules only by the documented one-off and moved holidays', () => {
  const oneOff = new Set(['2011-04-29', '2012-06-04', '2012-06-05', '2020-05-08', '2022-06-02', '2022-06-03', '2022-09-19', '2023-05-08']);
  const moved = new Set(['2012-05-28', '2020-05-04', '2022-05-30']);
  const shipped = new Set(BANK_HOLIDAYS.map(([d]) => d));
  const rules = new Set<string>();
  for (let y = SHIPPED_FROM; y <= SHIPPED_TO; y += 1) for (const d of standardBankHolidays(y)) rules.add(formatIso(d));
  assert.deepEqual([...shipped].filter((d) => !rules.has(d)).sort(), [...oneOff].sort());
  assert.deepEqual([...rules].filter((d) => !shipped.has(d)).sort(), [...moved].sort());
  assert.equal(shipped.size, BANK_HOLIDAYS.length, 'no date listed twice');
});

test('every shipped holiday is a weekday, in date order, eight or more a year', () => {
  let previous = '';
  const perYear = new Map<number, number>();
  for (const [d] of BANK_HOLIDAYS) {
    const day = iso(d);
    assert.ok(weekday(day) >= 1 && weekday(day) <= 5, `${d} is at a weekend`);
    assert.ok(d > previous, `${d} out of order`);
    previous = d;
    const { year } = ymdFromDay(day);
    perYear.set(year, (perYear.get(year) ?? 0) + 1);
  }
  for (let y = SHIPPED_FROM; y <= SHIPPED_TO; y += 1) assert.ok((perYear.get(y) ?? 0) >= 8, String(y));
});

test('Easter Sunday is right for known years', () => {
  const known: [number, string][] = [[2011, '2011-04-24'], [2019, '2019-04-21'], [2024, '2024-03-31'], [2025, '2025-04-20'], [2026, '2026-04-05'], [2030, '2030-04-21']];
  for (const [y, d] of known) assert.equal(formatIso(easterSunday(y)), d);
});

test('years outside the shipped list use the standing rules', () => {
  assert.ok(isBankHoliday(dayFromYmd(2031, 12, 25)));
  assert.ok(isBankHoliday(dayFromYmd(2009, 4, 10)), 'Good Friday 2009');
  assert.ok(isWorkingDay(dayFromYmd(2009, 4, 14)));
});
