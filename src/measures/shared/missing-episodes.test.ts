// Unit tests for reading missing and away episodes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exampleDay } from '../example-kit.ts';
import { monthStartOf } from '../../core/month.ts';
import { kindOf } from './missing-episodes.ts';

test('episode types read as missing or away, whichever way the council writes them', () => {
  for (const t of ['Missing', 'MISSING', 'm', 'Missing from placement']) assert.equal(kindOf(t), 'missing', t);
  for (const t of ['Absent', 'Away', 'A', 'away from placement without authorisation']) assert.equal(kindOf(t), 'away', t);
  for (const t of ['', 'Unknown']) assert.equal(kindOf(t), null, t);
});

test('a month runs from its first day', () => {
  assert.equal(monthStartOf(exampleDay('29/02/2024')), exampleDay('01/02/2024'));
  assert.equal(monthStartOf(exampleDay('31/12/2025')), exampleDay('01/12/2025'));
});
