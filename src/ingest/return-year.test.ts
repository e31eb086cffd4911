// Unit tests for a return's collection year: from its folder's name, or from its dates, with mistyped dates set aside.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayFromYmd } from '../core/civil-date.ts';
import type { RawTable } from './raw-table.ts';
import { collectionYearOf, createDateYearCount } from './return-year.ts';

/** A raw Episodes table of (DECOM, DEC) pairs, one row each from row 2 (synthetic; no real child data). */
function episodes(pairs: readonly (readonly [string, string])[]): RawTable {
  return {
    file: 'r/episodes.csv',
    format: 'csv',
    headings: ['CHILD', 'DECOM', 'DEC'],
    rows: pairs.map(([decom, dec], i) => ({ row: i + 2, values: [String(1000 + i), decom, dec] })),
  };
}

test('a folder named for its year gives that year, whatever its dates', () => {
  assert.deepEqual(collectionYearOf('903/2024-25', episodes([['01/05/2024', '01/01/2052']])), { year: 2025, yearFrom: 'folder-name', setAside: [] });
});

test('a return not named for its year takes the year of its latest date when nothing stands apart', () => {
  const got = collectionYearOf('last', episodes([['01/03/2025', '02/04/2025']]));
  assert.deepEqual(got, { year: 2026, yearFrom: 'latest-date', setAside: [] });
});

test('one mistyped date far beyond the rest of the return does not make it a later year, and is set aside', () => {
  // 30 episodes in 2024/25, one of which ends "2052" instead of 2025.
  const pairs: [string, string][] = Array.from({ length: 30 }, (_, i) => [`${String(1 + (i % 28)).padStart(2, '0')}/06/2024`, '']);
  pairs[7] = ['03/06/2024', '03/01/2052'];
  const got = collectionYearOf('last', episodes(pairs));
  assert.equal(got.year, 2025);
  assert.deepEqual(got.setAside, [{ row: 9, column: 'DEC', columnIndex: 2, value: '03/01/2052', why: 'beyond-the-rest' }]);
});

test('a date after the day the files were extracted is set aside, however few the dates', () => {
  const pairs: [string, string][] = [['01/05/2024', ''], ['01/06/2024', '03/01/2052']];
  assert.equal(collectionYearOf('last', episodes(pairs)).year, 2052);
  const got = collectionYearOf('last', episodes(pairs), dayFromYmd(2025, 4, 20));
  assert.equal(got.year, 2025);
  assert.deepEqual(got.setAside, [{ row: 3, column: 'DEC', columnIndex: 2, value: '03/01/2052', why: 'after-extract' }]);
});

test('when every date is after the extract date, the extract date is taken as wrong and the dates decide', () => {
  const got = collectionYearOf('last', episodes([['01/05/2024', '']]), dayFromYmd(2020, 1, 1));
  assert.deepEqual(got, { year: 2025, yearFrom: 'latest-date', setAside: [] });
});

test('createDateYearCount counts as month first only the cells typing reports as date-month-first', () => {
  // Synthetic dates. 05/17/2025 is 17 May written month first; 13/13/2025 and 02/30/2025 are no date either way
  // (typing reports each as date-invalid), so they must not stop the checks as dates written month first.
  const count = createDateYearCount(['CHILD', 'DECOM', 'DEC']);
  count.values(['1', '05/17/2025', '']);
  count.values(['2', '13/13/2025', '02/30/2025']);
  assert.equal(count.monthFirst, 1);
});

test('dates standing for no date (31/12/9999 for an open episode, 01/01/1900) say nothing of the year, as typing reads them blank', () => {
  const pairs: [string, string][] = Array.from({ length: 30 }, (_, i) => [`${String(1 + (i % 28)).padStart(2, '0')}/06/2024`, i % 2 === 0 ? '31/12/9999' : '01/01/1900']);
  assert.deepEqual(collectionYearOf('last', episodes(pairs)), { year: 2025, yearFrom: 'latest-date', setAside: [] });
  // Counted as a named folder's dates are, too.
  const count = createDateYearCount(['CHILD', 'DECOM', 'DEC']);
  count.values(['1', '01/06/2024', '31/12/9999']);
  count.values(['2', '01/06/2024', '9999-12-31 00:00:00']);
  assert.deepEqual([...count.counts], [[2025, 2]]);
});
