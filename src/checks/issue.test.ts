// Unit tests for issue construction: column letters and ordering.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { columnLetter, makeIssue, sortIssues } from './issue.ts';

test('column letters follow Excel: A to Z, then AA', () => {
  assert.deepEqual([0, 7, 25, 26, 27, 51, 52].map(columnLetter), ['A', 'H', 'Z', 'AA', 'AB', 'AZ', 'BA']);
});

test('issues sort by file, row and column', () => {
  const a = makeIssue('value-missing', { file: 'b.csv', row: 2, column: 'X', columnIndex: 0 });
  const b = makeIssue('value-missing', { file: 'a.csv', row: 9, column: 'X', columnIndex: 27 });
  const c = makeIssue('value-missing', { file: 'a.csv', row: 9, column: 'X', columnIndex: 3 });
  assert.deepEqual(sortIssues([a, b, c]), [c, b, a]);
});

test('issues at the same place sort errors first, then by id, so any order of finding them gives one report', () => {
  const at = { file: 'e.csv', row: 4, column: 'RNE', columnIndex: 2, value: 'p' };
  const note = makeIssue('code-lower-case', at, { more: '' });
  const error = makeIssue('code-invalid', at, { valid: 'S, P' });
  const trimmed = makeIssue('value-trimmed', at, { more: '' });
  const sorted = [error, note, trimmed];
  for (const order of [[note, trimmed, error], [trimmed, error, note], [error, note, trimmed]]) assert.deepEqual(sortIssues(order), sorted);
});
