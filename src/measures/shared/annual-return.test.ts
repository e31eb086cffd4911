// Unit tests for choosing the collection year the annual DfE measures read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exampleDay } from '../example-kit.ts';
import { latestCollectionYear } from './annual-return.ts';

test('a March month end reads the year that ends that day', () => {
  assert.deepEqual(latestCollectionYear(exampleDay('31/03/2025')), { march31: exampleDay('31/03/2025'), year: 2025 });
});

test('any other month reads the year that ended on the previous 31 March', () => {
  assert.equal(latestCollectionYear(exampleDay('30/04/2025')).year, 2025);
  assert.equal(latestCollectionYear(exampleDay('28/02/2026')).year, 2025);
  assert.equal(latestCollectionYear(exampleDay('31/01/2025')).year, 2024);
});
