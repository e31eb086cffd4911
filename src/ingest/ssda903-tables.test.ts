// Unit tests for recognising SSDA903 tables by their headings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recogniseTable } from './ssda903-tables.ts';

test('a table is recognised by its headings in any order and case', () => {
  const r = recogniseTable(['dob', 'CHILD', 'SEX', 'ETHNIC', 'UPN', 'MOTHER', 'MC_DOB']);
  assert.equal(r.kind === 'recognised' && r.table.name, 'Header');
});

test('a near miss names the closest table, the missing column and the unexpected one', () => {
  const r = recogniseTable(['CHILD', 'DECOM', 'RNE', 'LS', 'CIN', 'PLACE', 'PLACE_PROVIDER', 'DATE_END', 'REC', 'REASON_PLACE_CHANGE', 'HOME_POST', 'PL_POST', 'URN']);
  assert.equal(r.kind, 'unrecognised');
  if (r.kind !== 'unrecognised') return;
  assert.equal(r.closest?.name, 'Episodes');
  assert.deepEqual(r.missing, ['DEC']);
  assert.deepEqual(r.unexpected, ['DATE_END']);
});

test('headings like no SSDA903 table have no closest match', () => {
  const r = recogniseTable(['Name', 'Address', 'Phone']);
  assert.deepEqual(r, { kind: 'unrecognised', closest: null, missing: [], unexpected: [] });
});
