// Unit tests for the on-a-date look-ups: legal status, placement, age and postcode district.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exampleDay, exampleTimelines } from '../measures/example-kit.ts';
import { ageOnDay, legalStatusOn, placementDetailsOn, postcodeDistrict } from './status-on.ts';

const d = exampleDay;
const [t] = exampleTimelines([{
  child: 'S1', dob: '15/06/2012', episodes: [
    { start: '01/01/2024', end: '01/03/2024', rec: 'X1', ls: 'C1', place: 'U6', plPost: 'DM1 2AB' },
    { start: '01/03/2024', end: '01/09/2024', rne: 'B', ls: 'C2', place: 'K2', provider: 'PR4', plPost: 'ZX1 3CD', urn: 'SC123456', rec: 'E4A' },
  ],
}]);

test('legal status on a date is that of the episode in force at the end of the day', () => {
  assert.ok(t);
  assert.equal(legalStatusOn(t, d('29/02/2024')), 'C1');
  assert.equal(legalStatusOn(t, d('01/03/2024')), 'C2');
  assert.equal(legalStatusOn(t, d('01/09/2024')), null, 'care ended that day');
});

test('placement on a date gives type, provider, postcode and URN', () => {
  assert.ok(t);
  const p = placementDetailsOn(t, d('31/03/2024'));
  assert.deepEqual(p && { type: p.type, provider: p.provider, postcode: p.postcode, urn: p.urn }, { type: 'K2', provider: 'PR4', postcode: 'ZX1 3CD', urn: 'SC123456' });
  assert.equal(placementDetailsOn(t, d('31/12/2023')), null);
});

test('age is in completed years on the day', () => {
  assert.ok(t);
  assert.equal(ageOnDay(t, d('14/06/2024')), 11);
  assert.equal(ageOnDay(t, d('15/06/2024')), 12);
});

test('the postcode district is the outward code, with or without a space', () => {
  assert.equal(postcodeDistrict('dm3 4ab'), 'DM3');
  assert.equal(postcodeDistrict('SW1A1AA'), 'SW1A');
  assert.equal(postcodeDistrict('DM12AB'), 'DM1');
  assert.equal(postcodeDistrict('ZX1'), 'ZX1');
  assert.equal(postcodeDistrict(''), null);
  assert.equal(postcodeDistrict('UNKNOWN'), null);
});
