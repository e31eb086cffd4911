import { test } from 'node:test';
import assert from 'node:assert/strict';
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
