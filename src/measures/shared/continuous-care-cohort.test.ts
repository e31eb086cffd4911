// Unit tests for the 12-months-continuously-looked-after cohort test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exampleDay, exampleTimelines } from '../example-kit.ts';
import { reasonText } from '../measure.ts';
import { continuousCare } from './continuous-care-cohort.ts';

const monthEnd = exampleDay('31/03/2026');
const child = (start: string) => {
  const [t] = exampleTimelines([{ child: 'X', dob: '01/01/2012', episodes: [{ start }] }]);
  assert.ok(t);
  return t;
};

test('care that began 12 months before the end of the month end day qualifies, a day later does not', () => {
  assert.deepEqual(continuousCare(child('01/04/2025'), monthEnd, 12), { inCohort: true, since: exampleDay('01/04/2025') });
  const later = continuousCare(child('02/04/2025'), monthEnd, 12);
  assert.equal(later.inCohort, false);
  assert.match(later.inCohort ? '' : reasonText(later.reason), /since 02\/04\/2025/);
});

test('a change of episode within the period does not break continuity', () => {
  const [t] = exampleTimelines([{ child: 'Y', dob: '01/01/2012', episodes: [{ start: '01/01/2024', end: '01/02/2026', rec: 'X1' }, { start: '01/02/2026', rne: 'P' }] }]);
  assert.ok(t);
  assert.equal(continuousCare(t, monthEnd, 12).inCohort, true);
});
