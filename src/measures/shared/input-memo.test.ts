import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MeasureInput } from '../measure.ts';
import { memoFor, memoForDay, releaseDay } from './input-memo.ts';

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

test('work for a month end is remembered per day and key until the day is released', () => {
  const a = input();
  let calls = 0;
  const compute = () => (calls += 1);
  assert.equal(memoForDay(a, 100, 'k', compute), 1);
  assert.equal(memoForDay(a, 100, 'k', compute), 1);
  assert.equal(memoForDay(a, 131, 'k', compute), 2);
  releaseDay(a, 100);
  assert.equal(memoForDay(a, 100, 'k', compute), 3);
  assert.equal(memoForDay(a, 131, 'k', compute), 2, 'another day is kept');
});
