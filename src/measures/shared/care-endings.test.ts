import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sgo12m } from '../sgo-12m/index.ts';
import { exampleDay, exampleInput, type ExampleChild } from '../example-kit.ts';
import { reasonText } from '../measure.ts';

test('a child with two endings in the 12 months is counted once, with the endings listed in the order of their periods of care', () => {
  // The periods overlap (which the checks reject), so their order differs from the order of the days care ended.
  const children: ExampleChild[] = [
    { child: 'TWO', dob: '01/01/2012', episodes: [{ start: '01/01/2025', end: '20/03/2026', rec: 'E45' }, { start: '01/02/2025', end: '01/09/2025', rec: 'E45', rne: 'S' }] },
    { child: 'ONE', dob: '01/01/2012', episodes: [{ start: '01/01/2024', end: '01/05/2025', rec: 'E46' }] },
  ];
  const input = exampleInput({ name: '', explanation: '', children, month: '2026-03', expected: { numerator: null, denominator: null, value: null } });
  const r = sgo12m.compute(input, exampleDay('31/03/2026'));
  assert.equal(r.numerator, 2);
  assert.deepEqual(r.children.map((o) => o.child), ['TWO', 'ONE']);
  assert.match(reasonText(r.children[0]?.reason ?? ''), /care ended 20\/03\/2026 .*; care ended 01\/09\/2025 /);
});
