// Unit tests for what the SSD's free-text wording means (synthetic values; no real child data).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isYes, KNOWN, yesNoOf } from './ssd-values.ts';

test('a return-interview flag from a bit column (1 or 0) or Excel (TRUE, FALSE) is read as the Y/N flags typing reads so, not as not offered with a warning', () => {
  // The same extract writes every flag one way: the visits' 1 was read as Y, and the missing episode's 1 as no interview.
  for (const yes of ['Y', 'yes', '1', 'TRUE', ' 1 ']) assert.equal(isYes(yes), true, yes);
  for (const no of ['N', 'No', '0', 'false', 'NA', '', null]) assert.equal(isYes(no), false, String(no));
  for (const v of ['1', '0', 'True', 'FALSE', 'N/A', 'NA', 'Y']) assert.equal(KNOWN.rhiFlag.test(v), true, v);
  assert.equal(KNOWN.rhiFlag.test('Offered'), false);
  assert.deepEqual(['1', '0', 'y', 'Maybe'].map(yesNoOf), ['Y', 'N', 'Y', null]);
});
