// Unit tests for reading missing and away episodes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exampleDay } from '../example-kit.ts';
import { monthStartOf } from '../../core/month.ts';
import { exampleTimelines } from '../example-kit.ts';
import { missingKind as kindOf } from '../../ingest/ssd-values.ts';
import { dayLookedAfterFor, groupDayFor } from './missing-episodes.ts';

test('episode types read as missing or away, whichever way the council writes them', () => {
  for (const t of ['Missing', 'MISSING', 'm', 'Missing from placement']) assert.equal(kindOf(t), 'missing', t);
  for (const t of ['Absent', 'Away', 'A', 'away from placement without authorisation']) assert.equal(kindOf(t), 'away', t);
  for (const t of ['', 'Unknown']) assert.equal(kindOf(t), null, t);
});

test('a month runs from its first day', () => {
  assert.equal(monthStartOf(exampleDay('29/02/2024')), exampleDay('01/02/2024'));
  assert.equal(monthStartOf(exampleDay('31/12/2025')), exampleDay('01/12/2025'));
});

test('a child is looked after for an episode that begins on the day their care ends, grouped on their last day in care', () => {
  const [left, adult] = exampleTimelines([
    { child: 'A', dob: '01/05/2010', episodes: [{ start: '01/01/2024', end: '10/03/2026', rec: 'E4A' }] },
    { child: 'B', dob: '12/03/2008', episodes: [{ start: '01/01/2024', end: '12/03/2026', rec: 'E17' }] },
  ]);
  assert.ok(left && adult);
  assert.equal(dayLookedAfterFor(left, exampleDay('09/03/2026')), exampleDay('09/03/2026'));
  assert.equal(dayLookedAfterFor(left, exampleDay('10/03/2026')), exampleDay('09/03/2026'));
  assert.equal(dayLookedAfterFor(left, exampleDay('11/03/2026')), null);
  assert.equal(groupDayFor(left, [{ start: exampleDay('02/03/2026') }, { start: exampleDay('10/03/2026') }]), exampleDay('09/03/2026'));
  // Looked-after status ends at the start of the 18th birthday, the day this episode ended.
  assert.equal(dayLookedAfterFor(adult, exampleDay('12/03/2026')), null);
  assert.equal(dayLookedAfterFor(adult, exampleDay('11/03/2026')), exampleDay('11/03/2026'));
});
