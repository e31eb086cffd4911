// Unit tests for the binary search over date-ordered records.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datedBetween, firstAfter } from './dated-range.ts';

const days = [null, 3, 5, 5, 9];
const id = (d: number | null) => d;

test('first record after a day skips every record on or before it', () => {
  assert.equal(firstAfter(days, 5, id), 4);
  assert.equal(firstAfter(days, 4, id), 2);
  assert.equal(firstAfter(days, 100, id), 5);
  assert.equal(firstAfter(days, -100, id), 1, 'undated records sort first');
});

test('records in a range include both ends and nothing outside', () => {
  assert.deepEqual(datedBetween(days, 5, 9, id), [5, 5, 9]);
  assert.deepEqual(datedBetween(days, 4, 4, id), []);
  assert.deepEqual(datedBetween(days, 3, 3, id), [3]);
});
