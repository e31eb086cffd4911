// Unit tests for the percentage-of-children-looked-after helper and the placement-type verdict.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exampleDay, exampleTimelines, type ExampleChild } from '../example-kit.ts';
import type { MeasureInput } from '../measure.ts';
import { monthStartOf } from '../../core/month.ts';
import { placementTypeVerdict } from './placement-type-share.ts';
import { shareOfLookedAfter } from './share-of-looked-after.ts';

const input = (children: ExampleChild[]): MeasureInput => ({ timelines: exampleTimelines(children), config: null, supplied: new Set() });
const end = exampleDay('31/03/2026');
const fostered = placementTypeVerdict(new Set(['U4']), 'Fostered');

test('children not looked after are left out; short breaks and 18-year-olds are listed as excluded', () => {
  const r = shareOfLookedAfter(input([
    { child: 'A', dob: '01/01/2015', episodes: [{ start: '01/01/2026', place: 'U4' }] },
    { child: 'B', dob: '01/01/2015', episodes: [{ start: '30/03/2026', end: '02/04/2026', ls: 'V3', place: 'K2', rec: 'E13' }] },
    { child: 'C', dob: '01/01/2008', episodes: [{ start: '01/01/2020', place: 'U4' }] },
    { child: 'D', dob: '01/01/2015', episodes: [{ start: '01/01/2020', end: '01/01/2021', rec: 'E4A' }] },
  ]), end, 'x', 0, fostered);
  assert.deepEqual([r.numerator, r.denominator, r.value], [1, 1, 100]);
  assert.deepEqual(r.children.map((c) => [c.child, c.inCohort, c.met]), [['A', true, true], ['B', false, null], ['C', false, null]]);
});

test('the value is rounded to the decimals asked for, half away from zero', () => {
  const kids: ExampleChild[] = ['A', 'B', 'C'].map((child, i) => ({ child, dob: '01/01/2015', episodes: [{ start: '01/01/2026', place: i === 0 ? 'U4' : 'K2' }] }));
  assert.equal(shareOfLookedAfter(input(kids), end, 'x', 0, fostered).value, 33);
  assert.equal(shareOfLookedAfter(input(kids), end, 'x', 1, fostered).value, 33.3);
});

test('an empty cohort gives 0 of 0 and no value', () => {
  const r = shareOfLookedAfter(input([]), end, 'x', 0, fostered);
  assert.deepEqual([r.numerator, r.denominator, r.value, r.unavailable], [0, 0, null, undefined]);
});

test('a verdict can leave a child out of the cohort with its reason', () => {
  const r = shareOfLookedAfter(input([{ child: 'A', dob: '01/01/2015', episodes: [{ start: '01/01/2026' }] }]), end, 'x', 0, () => ({ inCohort: false, reason: 'too young' }));
  assert.deepEqual([r.numerator, r.denominator, r.value], [0, 0, null]);
  assert.deepEqual(r.children[0], { child: 'A', inCohort: false, met: null, reason: 'too young' });
});

test('the month starts on its first day', () => {
  assert.equal(monthStartOf(end), exampleDay('01/03/2026'));
  assert.equal(monthStartOf(exampleDay('29/02/2024')), exampleDay('01/02/2024'));
});
