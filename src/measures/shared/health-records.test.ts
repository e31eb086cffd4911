// Unit tests for reading check types and statuses in the SSD health table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exampleDay } from '../example-kit.ts';
import { healthCheck } from './example-records.ts';
import { isDentalCheck, isHealthAssessment, latestCheck, tookPlace } from './health-records.ts';

test('health assessments are recognised however the council words the type', () => {
  for (const t of ['Health Assessment', 'Review Health Assessment', 'INITIAL HEALTH ASSESSMENT', 'RHA', 'iha']) assert.ok(isHealthAssessment(t), t);
  for (const t of ['Dental Check', 'Health surveillance check', 'Optician']) assert.ok(!isHealthAssessment(t), t);
});

test('dental checks are recognised and are not health assessments', () => {
  for (const t of ['Dental Check', 'dental', 'Teeth check', 'Dentist']) assert.ok(isDentalCheck(t), t);
  assert.ok(!isDentalCheck('Health Assessment'));
});

test('only completed or undated-status checks took place', () => {
  assert.ok(tookPlace('Completed'));
  assert.ok(tookPlace(''));
  for (const s of ['Planned', 'Refused', 'Cancelled']) assert.ok(!tookPlace(s), s);
});

test('the latest check in the range is found, ignoring other kinds, other dates and refusals', () => {
  const records = [
    healthCheck('Health Assessment', '01/01/2025'), healthCheck('Health Assessment', '01/06/2025'),
    healthCheck('Dental Check', '01/07/2025'), healthCheck('Health Assessment', '01/08/2025', 'Refused'), healthCheck('Health Assessment', '01/05/2026'),
  ];
  const found = latestCheck(records, isHealthAssessment, exampleDay('31/03/2025'), exampleDay('31/03/2026'));
  assert.equal(found?.date, exampleDay('01/06/2025'));
  assert.equal(latestCheck(records, isHealthAssessment, exampleDay('01/06/2025'), exampleDay('31/03/2026')), undefined);
});
