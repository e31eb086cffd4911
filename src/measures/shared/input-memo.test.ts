import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MeasureInput } from '../measure.ts';
import { memoFor } from './input-memo.ts';

const input = (): MeasureInput => ({ timelines: [], config: null, supplied: new Set() });

test('a value is computed once per input and key, and separately for another input or key', () => {
  const a = input();
  const b = input();
  let calls = 0;
  const compute = () => (calls += 1);
  assert.equal(memoFor(a, 'k', compute), 1);
  assert.equal(memoFor(a, 'k', compute), 1);
  assert.equal(memoFor(a, 'other', compute), 2);
  assert.equal(memoFor(b, 'k', compute), 3);
  assert.equal(calls, 3);
});
