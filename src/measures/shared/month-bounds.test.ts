import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claCeased } from '../cla-ceased/index.ts';
import { exampleDay, exampleInput, type ExampleChild } from '../example-kit.ts';
import { childrenInCareDuring } from './month-bounds.ts';

const children: ExampleChild[] = [
  { child: 'LEFT_BEFORE', dob: '01/01/2010', episodes: [{ start: '01/01/2020', end: '31/12/2025', rec: 'E13' }] },
  { child: 'OPEN', dob: '01/01/2010', episodes: [{ start: '01/01/2019' }] },
  { child: 'STARTS_AFTER', dob: '01/01/2010', episodes: [{ start: '01/04/2026' }] },
  { child: 'LEFT_ON_FIRST_DAY', dob: '01/01/2010', episodes: [{ start: '01/01/2021', end: '01/03/2026', rec: 'E13' }] },
  { child: 'NEVER', dob: '01/01/2010', episodes: [] },
  { child: 'BACK_LATER', dob: '01/01/2010', episodes: [{ start: '01/01/2018', end: '01/01/2019', rec: 'E13' }, { start: '15/03/2026', rne: 'S' }] },
  { child: 'STARTS_ON_LAST_DAY', dob: '01/01/2010', episodes: [{ start: '31/03/2026' }] },
];
const input = exampleInput({ name: '', explanation: '', children, month: '2026-03', expected: { numerator: null, denominator: null, value: null } });

test('the children whose care overlaps a stretch of days are listed in input order, and no others', () => {
  const ids = childrenInCareDuring(input, exampleDay('01/03/2026'), exampleDay('31/03/2026')).map((t) => t.child);
  assert.deepEqual(ids, ['OPEN', 'LEFT_ON_FIRST_DAY', 'BACK_LATER', 'STARTS_ON_LAST_DAY']);
  assert.deepEqual(childrenInCareDuring(input, exampleDay('01/06/2018'), exampleDay('01/06/2018')).map((t) => t.child), ['BACK_LATER']);
});

test('episodes out of order or overlapping still place a child by their earliest start and latest end', () => {
  const odd: ExampleChild[] = [
    // Listed out of order, and the first-listed episode is not the earliest.
    { child: 'OUT_OF_ORDER', dob: '01/01/2010', episodes: [{ start: '01/03/2026' }, { start: '01/01/2019', end: '01/02/2019', rec: 'E13' }] },
    // The earlier episode ends after the later one (an overlap the checks reject).
    { child: 'OVERLAP', dob: '01/01/2010', episodes: [{ start: '01/01/2025', end: '15/03/2026', rec: 'E13' }, { start: '01/06/2025', end: '01/12/2025', rec: 'E13', rne: 'S' }] },
  ];
  const oddInput = exampleInput({ name: '', explanation: '', children: odd, month: '2026-03', expected: { numerator: null, denominator: null, value: null } });
  assert.deepEqual(childrenInCareDuring(oddInput, exampleDay('15/01/2019'), exampleDay('15/01/2019')).map((t) => t.child), ['OUT_OF_ORDER']);
  assert.deepEqual(childrenInCareDuring(oddInput, exampleDay('01/03/2026'), exampleDay('31/03/2026')).map((t) => t.child), ['OUT_OF_ORDER', 'OVERLAP']);
  // The flow measures still skip a child whose last period ended before the month, as they did before the spans
  // were kept: OVERLAP's last period of care ended on 1 December 2025, so it did not end in March 2026.
  assert.equal(claCeased.compute(oddInput, exampleDay('31/03/2026')).numerator, 0);
});
