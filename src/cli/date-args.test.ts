// Unit tests of reading months and dates from the command line, and of naming the one meant.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayFromYmd } from '../core/civil-date.ts';
import { extractDateArg, monthArg } from './date-args.ts';
import { UsageError } from './effects.ts';

const refused = (fn: () => unknown, message: RegExp) => {
  assert.throws(fn, (e: unknown) => e instanceof UsageError && message.test(e.message));
};

test('a month written YYYY-MM is its month end; not given, null', () => {
  assert.equal(monthArg('2026-03'), dayFromYmd(2026, 3, 31));
  assert.equal(monthArg(undefined), null);
});

test('a month written another way names the YYYY-MM meant', () => {
  for (const [typed, meant] of [['2025-3', '2025-03'], ['2025/03', '2025-03'], ['03/2025', '2025-03'], ['3-2025', '2025-03'], ['2026-03-31', '2026-03'], ['31/03/2026', '2026-03'], ['March 2026', '2026-03'], ['Mar-26', '2026-03'], ['sept 2025', '2025-09']]) {
    refused(() => monthArg(typed), new RegExp(`^--month must be a month written YYYY-MM, such as 2026-03, not "${typed}"\\. Did you mean ${meant}\\?$`));
  }
  refused(() => monthArg('March'), /not "March"\. Give the year too: YYYY-03\.$/);
  refused(() => monthArg('2025-13'), /not "2025-13"\. There is no month 13\.$/);
  refused(() => monthArg('soon'), /not "soon"\.$/);
  refused(() => monthArg('2026-3', '--end'), /^--end must be a month written YYYY-MM/);
});

const TODAY = dayFromYmd(2026, 4, 10);

test('the extract date is today when not given, and a date written YYYY-MM-DD up to today', () => {
  assert.equal(extractDateArg(undefined, TODAY), TODAY);
  assert.equal(extractDateArg('2026-04-05', TODAY), dayFromYmd(2026, 4, 5));
  assert.equal(extractDateArg('2026-04-10', TODAY), TODAY);
});

test('an extract date written day first names the date meant; one after today or not a real date is refused', () => {
  refused(() => extractDateArg('05/04/2026', TODAY), /^--extract-date must be a date written YYYY-MM-DD, such as 2026-04-10, not "05\/04\/2026"\. Did you mean 2026-04-05 \(5 April 2026\)\?$/);
  refused(() => extractDateArg('5-4-2026', TODAY), /Did you mean 2026-04-05 \(5 April 2026\)\?$/);
  refused(() => extractDateArg('2026-12-01', TODAY), /^--extract-date 2026-12-01 is after today \(10 April 2026\): give the day the files were extracted\.$/);
  refused(() => extractDateArg('2026-02-30', TODAY), /^--extract-date 2026-02-30 is not a real date\.$/);
  refused(() => extractDateArg('31/02/2026', TODAY), /not "31\/02\/2026"\.$/);
});
