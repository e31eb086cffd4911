// The same-carer test and its description of what differs must always agree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isSameCarer, placementDifferences } from './same-carer.ts';

test('placementDifferences names a field exactly when isSameCarer says the carer differs', () => {
  const cell = fc.constantFrom('', 'U4', 'U6', 'PR1', 'PR4', 'AB1 2CD', 'ab12cd', 'AB12CD ', 'SC123', 'sc123');
  const fields = fc.record({ place: cell, placeProvider: cell, plPost: cell, urn: cell });
  fc.assert(fc.property(fields, fields, (a, b) => isSameCarer(a, b) === (placementDifferences(a, b).length === 0)), { seed: 383, numRuns: 2000 });
  assert.deepEqual(placementDifferences({ place: 'U6', placeProvider: 'PR1', plPost: 'AB1 2CD', urn: '' }, { place: 'U4', placeProvider: 'PR1', plPost: 'ab12cd', urn: 'SC1' }), [['PLACE', 'U6', 'U4'], ['URN', '', 'SC1']]);
});
