// The one rule every measure's value follows from its numerator and denominator.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { valueFromParts } from './measure.ts';

test('a percentage is scaled before dividing, so a half rounds up as published figures do', () => {
  // (23 / 40) * 100 is 57.49999999999999 in floating point and would round to 57.
  assert.equal(valueFromParts('percent', 0, 23, 40), 58);
  assert.equal(valueFromParts('percent', 0, 46, 80), 58);
  assert.equal(valueFromParts('percent', 1, 1, 3), 33.3);
});

test('a count is its numerator; nothing over a denominator of 0 or none has a value', () => {
  assert.equal(valueFromParts('count', 0, 7, null), 7);
  assert.equal(valueFromParts('percent', 0, 0, 0), null);
  assert.equal(valueFromParts('days', 0, 10, 0), null);
  assert.equal(valueFromParts('rate-per-10000', 1, 5, null), null);
});

test('a rate is per 10,000 and an average is the total over the children with a figure', () => {
  assert.equal(valueFromParts('rate-per-10000', 1, 141, 213_000), 6.6);
  assert.equal(valueFromParts('days', 0, 901, 2), 451);
  assert.equal(valueFromParts('score', 1, 27, 2), 13.5);
});
