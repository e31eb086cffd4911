// Unit tests for finding a child's adoption and the dates the adoption scorecard measures between.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exampleDay, exampleTimelines } from '../example-kit.ts';
import { adoptionBetween, windowStart } from './adoptions.ts';

test('the rolling window starts the day after the same date 36 or 12 months earlier', () => {
  assert.equal(windowStart(exampleDay('31/03/2026'), 36), exampleDay('01/04/2023'));
  assert.equal(windowStart(exampleDay('28/02/2026'), 12), exampleDay('01/03/2025'));
  assert.equal(windowStart(exampleDay('29/02/2028'), 36), exampleDay('01/03/2025'));
});

test('an adoption by new adopters moves in on the placement for adoption; by foster carers, when the foster placement began', () => {
  const [byNew, byCarer] = exampleTimelines([
    { child: 'A', dob: '01/01/2022', episodes: [{ start: '01/01/2023', end: '01/06/2023', ls: 'E1', place: 'U6', rec: 'X1' }, { start: '01/06/2023', end: '01/01/2024', rne: 'P', ls: 'E1', place: 'A6', rec: 'E11' }] },
    { child: 'B', dob: '01/01/2022', episodes: [{ start: '01/01/2023', end: '01/06/2023', ls: 'E1', place: 'U4', rec: 'X1' }, { start: '01/06/2023', end: '01/01/2024', rne: 'T', ls: 'E1', place: 'A5', rec: 'E12' }] },
  ]);
  assert.ok(byNew && byCarer);
  const a = adoptionBetween(byNew, exampleDay('01/01/2023'), exampleDay('31/12/2024'));
  const b = adoptionBetween(byCarer, exampleDay('01/01/2023'), exampleDay('31/12/2024'));
  assert.equal(a?.placedEpisode?.decom, exampleDay('01/06/2023'));
  assert.equal(a.withAdoptersSince, exampleDay('01/06/2023'));
  assert.equal(b?.placedEpisode?.decom, exampleDay('01/06/2023'));
  assert.equal(b.withAdoptersSince, exampleDay('01/01/2023'));
});

test('care ending any other way, or an adoption outside the window, is not found', () => {
  const [t] = exampleTimelines([{ child: 'C', dob: '01/01/2022', episodes: [{ start: '01/01/2023', end: '01/06/2023', rec: 'E45' }] }]);
  assert.ok(t);
  assert.equal(adoptionBetween(t, exampleDay('01/01/2020'), exampleDay('31/12/2030')), null);
});
