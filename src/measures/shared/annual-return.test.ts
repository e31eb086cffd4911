// Unit tests for choosing the collection year the annual DfE measures read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exampleDay } from '../example-kit.ts';
import { latestCollectionYear, oc3Suitable } from './annual-return.ts';

test('a March month end reads the year that ends that day', () => {
  assert.deepEqual(latestCollectionYear(exampleDay('31/03/2025')), { march31: exampleDay('31/03/2025'), year: 2025 });
});

test('any other month reads the year that ended on the previous 31 March', () => {
  assert.equal(latestCollectionYear(exampleDay('30/04/2025')).year, 2025);
  assert.equal(latestCollectionYear(exampleDay('28/02/2026')).year, 2025);
  assert.equal(latestCollectionYear(exampleDay('31/01/2025')).year, 2024);
});

test('OC3 suitable accommodation is a letter then 1, never no fixed abode (S1) or custody (X1), which the 903 rejects', () => {
  const row = (accom: string) => ({ child: 'A', dob: 0, inTouch: 'YES', activ: 'F2', accom, file: 'oc3.csv', row: 2, year: 2025 });
  assert.deepEqual(['U1', 'D1', 'Z1', 'U2', 'S1', 'X1', 'S2', '0', ''].map((a) => oc3Suitable(row(a)).met), [true, true, true, false, false, false, false, false, false]);
});
