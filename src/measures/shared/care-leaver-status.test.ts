// Unit tests for the care-leaver status rules shared by the monthly care-leaver measures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { careLeaversInTouchPct1921 } from '../care-leavers-in-touch-pct-19-21/index.ts';
import { exampleDay, exampleInput, exampleTimelines } from '../example-kit.ts';
import { reasonText } from '../measure.ts';
import { isRelevant } from '../../ingest/ssd-values.ts';
import { accommodationSuitable, careLeaverStatus, contactWindowStart } from './care-leaver-status.ts';
import { careLeaver, leaverRecord } from './care-leaver-examples.ts';

test('the contact window is the three calendar months ending with the month', () => {
  assert.equal(contactWindowStart(exampleDay('31/03/2026')), exampleDay('01/01/2026'));
  assert.equal(contactWindowStart(exampleDay('30/06/2026')), exampleDay('01/04/2026'));
  assert.equal(contactWindowStart(exampleDay('31/05/2026')), exampleDay('01/03/2026'));
});

test('relevant and former relevant are care leavers however they are spelt; other categories are not', () => {
  for (const e of ['Relevant', 'Former Relevant', 'FORMER_RELEVANT', 'former-relevant']) assert.equal(isRelevant(e), true, e);
  for (const e of ['Eligible', 'Qualifying', 'No Current Eligibility', '']) assert.equal(isRelevant(e), false, e);
});

test('suitability comes from the suitability field first, then from a 903-style accommodation code', () => {
  const r = (accommodation: string, suitable: string) => leaverRecord('S', { contact: '01/01/2026', accommodation, suitable });
  assert.equal(accommodationSuitable(r('U', 'Suitable')), true);
  assert.equal(accommodationSuitable(r('U1', 'Unsuitable')), false);
  assert.equal(accommodationSuitable(r('W2', '')), false);
  assert.equal(accommodationSuitable(r('D1', '')), true);
  assert.equal(accommodationSuitable(r('U', '')), null);
});

test('the latest dated contact on or before the month end is used, and later ones are ignored', () => {
  const [t] = exampleTimelines([careLeaver('L1', '01/05/2006', '01/05/2024', [{ contact: '10/01/2026' }, { contact: '15/04/2026' }, { contact: null, inTouch: 'NO' }])]);
  assert.ok(t);
  const s = careLeaverStatus(t, exampleDay('31/03/2026'), 19, 21);
  assert.equal(s.kind, 'care-leaver');
  assert.equal(s.kind === 'care-leaver' && s.latest?.latestContact, exampleDay('10/01/2026'));
  assert.equal(s.kind === 'care-leaver' && s.inWindow, true);
});

test('before they leave care a young person is not a care leaver at all', () => {
  const [t] = exampleTimelines([careLeaver('L2', '01/05/2006', '01/05/2024', [{ contact: '10/06/2024' }])]);
  assert.ok(t);
  assert.equal(careLeaverStatus(t, exampleDay('31/03/2024'), 17, 18).kind, 'excluded');
  assert.equal(careLeaverStatus(t, exampleDay('31/05/2024'), 17, 18).kind, 'care-leaver');
});

test('a young person whose care was taken over by another council (REC E3) is left out, as DfE care-leaver figures exclude them', () => {
  const [t] = exampleTimelines([careLeaver('L3', '01/05/2006', '01/05/2024', [{ contact: '10/01/2026' }], 'E3')]);
  assert.ok(t);
  const s = careLeaverStatus(t, exampleDay('31/03/2026'), 19, 21);
  assert.equal(s.kind, 'excluded');
});

test('a care leaver whose only contact is after the month end is counted as not in touch, and their record says why', () => {
  // One row, the current status: contacted on 10/11/2026, so nothing is recorded as at 31/03/2026.
  const child = careLeaver('Y1', '01/06/2006', '01/06/2024', [{ contact: '10/11/2026' }]);
  const input = exampleInput({ name: '', explanation: '', children: [child], month: '2026-03', expected: { numerator: null, denominator: null, value: null } });
  const [outcome] = careLeaversInTouchPct1921.compute(input, exampleDay('31/03/2026')).children;
  assert.equal(outcome?.met, false);
  assert.match(reasonText(outcome?.reason ?? ''), /the only contacts recorded are dated after the month end/);
});
