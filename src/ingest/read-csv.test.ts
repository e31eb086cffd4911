// Unit tests for reading CSV text: byte-order marks, blank lines and Excel row numbers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readCsv } from './read-csv.ts';

test('a byte-order mark and surrounding spaces are removed', () => {
  const { table, issues } = readCsv('h.csv', '\uFEFFCHILD, SEX \n 1 ,M\n');
  assert.deepEqual(issues, []);
  assert.deepEqual(table?.headings, ['CHILD', 'SEX']);
  assert.deepEqual(table?.rows, [{ row: 2, values: ['1', 'M'] }]);
});

test('row numbers match Excel even when the file has blank lines', () => {
  const { table } = readCsv('h.csv', 'A,B\n1,2\n\n3,4\n');
  assert.deepEqual(table?.rows.map((r) => r.row), [2, 4]);
});

test('an empty file is reported, not thrown', () => {
  const { table, issues } = readCsv('e.csv', '');
  assert.equal(table, null);
  assert.deepEqual(issues.map((i) => i.id), ['file-empty']);
});

test('a row with too many values is reported with its row number', () => {
  const { table, issues } = readCsv('x.csv', 'A,B\n1,2,3\n4,5\n');
  assert.equal(table?.rows.length, 1);
  assert.equal(issues[0]?.id, 'row-wrong-length');
  assert.equal(issues[0]?.row, 2);
});

test('text that is not CSV (an unclosed quote) is reported, not thrown', () => {
  const { table, issues } = readCsv('q.csv', 'A,B\n"1,2\n');
  assert.equal(table, null);
  assert.equal(issues[0]?.id, 'file-unreadable');
});
