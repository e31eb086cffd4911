// Unit tests for calendar-date arithmetic, including leap years and the 29 February birthday rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, ageOn, birthday, dayFromYmd, firstDayOfMonthsTo, formatIso, formatLong, formatUk, monthEnd, validDay, ymdFromDay } from './civil-date.ts';

const d = (y: number, m: number, day: number) => dayFromYmd(y, m, day);

test('day numbers round-trip through year, month and day for every day from 1990 to 2040', () => {
  for (let n = d(1990, 1, 1); n <= d(2040, 12, 31); n += 1) {
    const { year, month, day } = ymdFromDay(n);
    assert.equal(dayFromYmd(year, month, day), n);
  }
});

test('1 January 1970 is day zero and the Unix epoch agrees for a later date', () => {
  assert.equal(d(1970, 1, 1), 0);
  assert.equal(d(2026, 3, 31), Date.UTC(2026, 2, 31) / 86_400_000);
});

test('impossible dates are rejected and real ones accepted', () => {
  assert.equal(validDay(2021, 2, 29), null);
  assert.equal(validDay(2020, 2, 29), d(2020, 2, 29));
  assert.equal(validDay(2021, 4, 31), null);
  assert.equal(validDay(2021, 13, 1), null);
  assert.equal(validDay(2021, 0, 1), null);
});

test('adding months clamps to the end of a shorter month', () => {
  assert.equal(formatIso(addMonths(d(2021, 1, 31), 1)), '2021-02-28');
  assert.equal(formatIso(addMonths(d(2020, 1, 31), 1)), '2020-02-29');
  assert.equal(formatIso(addMonths(d(2021, 3, 31), -1)), '2021-02-28');
  assert.equal(formatIso(addMonths(d(2021, 11, 15), 3)), '2022-02-15');
});

test('adding months agrees with counting months on the calendar, for every day from 1995 to 2035 and -40 to 40 months', () => {
  for (let day = d(1995, 1, 1); day <= d(2035, 12, 31); day += 1) {
    const { year, month, day: dom } = ymdFromDay(day);
    for (const months of [-40, -36, -13, -12, -6, -3, -1, 0, 1, 2, 3, 6, 12, 14, 30, 40]) {
      const y = year + Math.floor((month - 1 + months) / 12);
      const m = ((((month - 1 + months) % 12) + 12) % 12) + 1;
      const lastDay = ymdFromDay(d(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - 1).day;
      const expected = d(y, m, Math.min(dom, lastDay));
      assert.equal(addMonths(day, months), expected, `${formatIso(day)} + ${String(months)} months`);
    }
  }
});

test('the months to a month end are whole calendar months, however long the months at either end', () => {
  // The cases the clamping of "the same date, N months earlier" got a day wrong: a leap day, a 30-day month end.
  assert.equal(formatIso(firstDayOfMonthsTo(d(2025, 2, 28), 12)), '2024-03-01');
  assert.equal(formatIso(firstDayOfMonthsTo(d(2027, 2, 28), 36)), '2024-03-01');
  assert.equal(formatIso(firstDayOfMonthsTo(d(2026, 4, 30), 6)), '2025-11-01');
  assert.equal(formatIso(firstDayOfMonthsTo(d(2026, 4, 30), 30)), '2023-11-01');
  assert.equal(formatIso(firstDayOfMonthsTo(d(2024, 2, 29), 12)), '2023-03-01');
  assert.equal(formatIso(firstDayOfMonthsTo(d(2026, 3, 31), 12)), '2025-04-01');
  // Every month end from 1995 to 2035: the window starts on the first day of the month N − 1 months before.
  for (let y = 1995; y <= 2035; y += 1) {
    for (let m = 1; m <= 12; m += 1) {
      for (const months of [1, 3, 6, 12, 24, 30, 36]) {
        const index = y * 12 + (m - 1) - months + 1;
        assert.equal(firstDayOfMonthsTo(monthEnd(y, m), months), d(Math.floor(index / 12), (index % 12) + 1, 1), `${String(months)} months to ${String(m)}/${String(y)}`);
      }
    }
  }
  // Another day: the day after the same date N months before.
  assert.equal(formatIso(firstDayOfMonthsTo(d(2026, 3, 15), 12)), '2025-03-16');
});

test('someone born on 29 February turns 18 on 1 March in a common year', () => {
  assert.equal(formatIso(birthday(d(2008, 2, 29), 18)), '2026-03-01');
  assert.equal(ageOn(d(2008, 2, 29), d(2026, 2, 28)), 17);
  assert.equal(ageOn(d(2008, 2, 29), d(2026, 3, 1)), 18);
});

test('age is in completed years and changes on the birthday itself', () => {
  assert.equal(ageOn(d(2010, 6, 15), d(2028, 6, 14)), 17);
  assert.equal(ageOn(d(2010, 6, 15), d(2028, 6, 15)), 18);
});

test('age is the number of birthdays reached, for every birth date in four years and ages 0 to 25 around each birthday', () => {
  // Against the definition itself: the age is the largest n whose nth birthday (with the 29 February rule) is on or before the day.
  for (let dob = d(2004, 1, 1); dob <= d(2007, 12, 31); dob += 1) {
    for (let years = 0; years <= 25; years += 1) {
      const b = birthday(dob, years);
      for (const on of [b - 1, b, b + 1]) {
        let expected = 0;
        while (birthday(dob, expected + 1) <= on) expected += 1;
        if (on < dob) expected = -1;
        assert.equal(ageOn(dob, on), expected, `born ${formatIso(dob)}, on ${formatIso(on)}`);
      }
    }
  }
});

test('dates format in UK and long GOV.UK styles', () => {
  assert.equal(formatUk(d(2026, 3, 1)), '01/03/2026');
  assert.equal(formatLong(d(2026, 3, 1)), '1 March 2026');
});

test('every day from 1890 to 2110 converts as Date reckons it, both ways, inside and outside the look-up tables', () => {
  const first = Date.UTC(1890, 0, 1) / 86_400_000;
  const last = Date.UTC(2110, 11, 31) / 86_400_000;
  for (let n = first; n <= last; n += 1) {
    const date = new Date(n * 86_400_000);
    const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    assert.deepEqual(ymdFromDay(n), { year, month, day });
    assert.equal(dayFromYmd(year, month, day), n);
  }
  // A day of month past the month's end counts on into the next month, as the arithmetic always has.
  assert.equal(dayFromYmd(2026, 2, 31), d(2026, 3, 3));
  assert.equal(dayFromYmd(1850, 2, 31), Date.UTC(1850, 2, 3) / 86_400_000);
  // A fractional year, which no date has, still goes by the arithmetic, as before the tables.
  assert.equal(dayFromYmd(1900.5, 1, 1), -25384.5);
});
