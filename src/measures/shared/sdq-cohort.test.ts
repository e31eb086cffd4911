// Unit tests for the SDQ cohort (ages 4 to 16, 12 months in care) and the latest score in the 12 months.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exampleDay, exampleTimelines } from '../example-kit.ts';
import { sdqScore } from './example-records.ts';
import { sdqCohort } from './sdq-cohort.ts';

const monthEnd = exampleDay('31/03/2026');

test('ages 4 to 16 at the month end are in; 3 and 17 are out', () => {
  const ts = exampleTimelines(['31/03/2022', '01/04/2022', '01/04/2009', '31/03/2009'].map((dob, i) => ({ child: String(i), dob, episodes: [{ start: '01/01/2024' }] })));
  assert.deepEqual(ts.map((t) => sdqCohort(t, monthEnd).inCohort), [true, false, true, false]);
});

test('the latest score in the 12 months is kept, and the latest record of any kind is reported', () => {
  const [t] = exampleTimelines([
    { child: 'S', dob: '01/01/2014', episodes: [{ start: '01/01/2024' }], ssd: { sdq: [sdqScore('01/05/2025', 20), sdqScore('01/02/2026', 15), sdqScore('01/03/2026', null, 'SDQ5'), sdqScore('01/04/2026', 9)] } },
  ]);
  assert.ok(t);
  const c = sdqCohort(t, monthEnd);
  assert.ok(c.inCohort);
  assert.equal(c.latest?.score, 15);
  assert.equal(c.latestAny?.reason, 'SDQ5');
});
