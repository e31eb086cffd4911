// Unit tests for continuous care: the start of the current spell and the DfE "12 months to 31 March" rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exampleDay, exampleTimelines, type ExampleEpisode } from '../measures/example-kit.ts';
import { continuouslyLookedAfterSince, latestQualifyingStart, lookedAfterContinuously } from './continuous-care.ts';

const d = exampleDay;

function timeline(episodes: ExampleEpisode[], dob = '01/01/2012') {
  const [t] = exampleTimelines([{ child: 'C', dob, episodes }]);
  if (!t) throw new Error('no timeline');
  return t;
}

test('the spell starts with the period of care, across X1 changes', () => {
  const t = timeline([
    { start: '10/01/2024', end: '15/03/2024', rec: 'X1' },
    { start: '15/03/2024', rne: 'P' },
  ]);
  assert.equal(continuouslyLookedAfterSince(t, d('31/03/2026')), d('10/01/2024'));
});

test('a new period of care after going home starts a new spell', () => {
  const t = timeline([
    { start: '10/01/2020', end: '01/06/2023', rec: 'E4A' },
    { start: '01/02/2024', rne: 'S' },
  ]);
  assert.equal(continuouslyLookedAfterSince(t, d('31/03/2026')), d('01/02/2024'));
  assert.equal(continuouslyLookedAfterSince(t, d('31/12/2023')), null, 'not in care between the periods');
});

test('short breaks have no continuous care, and a spell starts after the last short break in the period', () => {
  const t = timeline([
    { start: '01/01/2024', end: '01/06/2024', rec: 'X1', ls: 'V3', place: 'K2' },
    { start: '01/06/2024', rne: 'L', ls: 'V2', place: 'K2' },
  ]);
  assert.equal(continuouslyLookedAfterSince(t, d('31/03/2024')), null);
  assert.equal(continuouslyLookedAfterSince(t, d('31/03/2026')), d('01/06/2024'));
});

test('12 months to 31 March means in care since 1 April the year before or earlier', () => {
  assert.equal(latestQualifyingStart(d('31/03/2026'), 12), d('01/04/2025'));
  assert.equal(lookedAfterContinuously(timeline([{ start: '01/04/2025' }]), d('31/03/2026'), 12), true);
  assert.equal(lookedAfterContinuously(timeline([{ start: '02/04/2025' }]), d('31/03/2026'), 12), false);
});

test('the months to a month end are whole calendar months, whatever the months’ lengths', () => {
  assert.equal(latestQualifyingStart(d('28/02/2026'), 12), d('01/03/2025'));
  // Not 29/02/2024 (the day after 28/02/2024, "the same date" a year before) after a leap year.
  assert.equal(latestQualifyingStart(d('28/02/2025'), 12), d('01/03/2024'));
  // Not 31/10/2025 (the day after 30/10/2025): in care from 1 November is 6 whole months at 30 April.
  assert.equal(latestQualifyingStart(d('30/04/2026'), 6), d('01/11/2025'));
  assert.equal(latestQualifyingStart(d('31/08/2026'), 6), d('01/03/2026'));
  assert.equal(latestQualifyingStart(d('29/02/2024'), 12), d('01/03/2023'));
});

test('a child who left care on the day is not looked after continuously at its end', () => {
  assert.equal(lookedAfterContinuously(timeline([{ start: '01/01/2020', end: '31/03/2026', rec: 'E4A' }]), d('31/03/2026'), 12), false);
});

test('a young person aged 18 at the day is not counted, even with an open episode', () => {
  assert.equal(lookedAfterContinuously(timeline([{ start: '01/01/2020' }], '15/03/2008'), d('31/03/2026'), 12), false);
  assert.equal(lookedAfterContinuously(timeline([{ start: '01/01/2020' }], '15/03/2008'), d('28/02/2026'), 12), true);
});
