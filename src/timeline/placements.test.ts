// Unit tests for counting placements the DfE way, one rule per test, with hand-made episode lists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatUk } from '../core/civil-date.ts';
import { exampleDay, exampleTimelines, type ExampleEpisode } from '../measures/example-kit.ts';
import { isSameCarer, placementOn, placementsBetween, placementsOf, usualEpisodeOn } from './placements.ts';

const d = exampleDay;

function timeline(episodes: ExampleEpisode[]) {
  const [t] = exampleTimelines([{ child: 'X', dob: '01/01/2012', episodes }]);
  if (!t) throw new Error('no timeline');
  return t;
}

/** Start dates of the child's placements, as dd/mm/yyyy, for readable assertions. */
function starts(episodes: ExampleEpisode[]): string[] {
  return placementsOf(timeline(episodes)).map((p) => formatUk(p.start));
}

const home = { provider: 'PR1', plPost: 'DM1 2AB', urn: '' };

test('a change of legal status only (RNE L) is not a new placement', () => {
  assert.deepEqual(starts([
    { start: '01/01/2020', end: '01/02/2020', rec: 'X1', ls: 'C1', ...home },
    { start: '01/02/2020', rne: 'L', ls: 'C2', ...home },
  ]), ['01/01/2020']);
});

test('a change of placement with the same carer (RNE T) is not a new placement', () => {
  assert.deepEqual(starts([
    { start: '01/01/2020', end: '01/02/2020', rec: 'X1', place: 'U6', ...home },
    { start: '01/02/2020', rne: 'T', place: 'U4', ...home },
  ]), ['01/01/2020']);
});

test('a change of legal status and placement with the same carer (RNE U) is not a new placement', () => {
  assert.deepEqual(starts([
    { start: '01/01/2020', end: '01/02/2020', rec: 'X1', ls: 'C2', place: 'U4', ...home },
    { start: '01/02/2020', rne: 'U', ls: 'E1', place: 'A5', ...home },
  ]), ['01/01/2020']);
});

test('a change of placement and carer (RNE P) is a new placement', () => {
  assert.deepEqual(starts([
    { start: '01/01/2020', end: '01/02/2020', rec: 'X1', ...home },
    { start: '01/02/2020', rne: 'P', plPost: 'DM5 1XY' },
  ]), ['01/01/2020', '01/02/2020']);
});

test('a change of legal status, placement and carer (RNE B) is a new placement', () => {
  assert.deepEqual(starts([
    { start: '01/01/2020', end: '01/02/2020', rec: 'X1', ls: 'C1', ...home },
    { start: '01/02/2020', rne: 'B', ls: 'C2', place: 'K2', plPost: 'ZX1 1AA' },
  ]), ['01/01/2020', '01/02/2020']);
});

test('a new period of care (RNE S) starts a new placement, even with the same carer as before', () => {
  assert.deepEqual(starts([
    { start: '01/01/2020', end: '01/02/2020', rec: 'E4A', ...home },
    { start: '01/03/2020', rne: 'S', ...home },
  ]), ['01/01/2020', '01/03/2020']);
});

test('a temporary placement and the return to the same carer are not new placements', () => {
  const eps: ExampleEpisode[] = [
    { start: '01/01/2020', end: '01/02/2020', rec: 'X1', place: 'U4', ...home },
    { start: '01/02/2020', end: '01/03/2020', rec: 'X1', rne: 'P', place: 'T1', provider: '', plPost: '' },
    { start: '01/03/2020', rne: 'P', place: 'U4', ...home },
  ];
  assert.deepEqual(starts(eps), ['01/01/2020']);
  assert.equal(placementsOf(timeline(eps))[0]?.episodes.length, 3, 'the temporary episode and the return belong to the placement');
});

test('two temporary placements in a row, then back to the same carer, are still one placement', () => {
  assert.deepEqual(starts([
    { start: '01/01/2020', end: '01/02/2020', rec: 'X1', place: 'U6', ...home },
    { start: '01/02/2020', end: '01/03/2020', rec: 'X1', rne: 'P', place: 'T1', provider: '' },
    { start: '01/03/2020', end: '01/04/2020', rec: 'X1', rne: 'P', place: 'T4', provider: '' },
    { start: '01/04/2020', rne: 'P', place: 'U6', ...home },
  ]), ['01/01/2020']);
});

test('after a temporary placement, going to a different carer is a new placement; the temporary one is not', () => {
  assert.deepEqual(starts([
    { start: '01/01/2020', end: '01/02/2020', rec: 'X1', place: 'U6', ...home },
    { start: '01/02/2020', end: '01/03/2020', rec: 'X1', rne: 'P', place: 'T3', provider: '' },
    { start: '01/03/2020', rne: 'P', place: 'U6', provider: 'PR4', plPost: 'ZX2 3CD' },
  ]), ['01/01/2020', '01/03/2020']);
});

test('after a temporary placement, a different placement type at the same address is a new placement', () => {
  assert.deepEqual(starts([
    { start: '01/01/2020', end: '01/02/2020', rec: 'X1', place: 'U6', ...home },
    { start: '01/02/2020', end: '01/03/2020', rec: 'X1', rne: 'P', place: 'T3', provider: '' },
    { start: '01/03/2020', rne: 'P', place: 'K2', ...home },
  ]), ['01/01/2020', '01/03/2020']);
});

test('a child still in a temporary placement is counted in their usual placement', () => {
  const t = timeline([
    { start: '01/01/2020', end: '01/02/2020', rec: 'X1', place: 'U6', ...home },
    { start: '01/02/2020', rne: 'P', place: 'T1', provider: '' },
  ]);
  assert.equal(placementsOf(t).length, 1);
  assert.equal(placementOn(t, d('15/02/2020'))?.start, d('01/01/2020'));
});

test('short-break episodes (V3, V4) are never placements', () => {
  assert.deepEqual(starts([
    { start: '01/01/2020', end: '01/02/2020', rec: 'E13', ls: 'V3', place: 'K2' },
    { start: '01/03/2020', end: '01/04/2020', rec: 'E13', ls: 'V4', place: 'K2' },
    { start: '01/05/2020', rne: 'S', ls: 'V2' },
  ]), ['01/05/2020']);
});

test('the same carer means the same type, provider, postcode (ignoring spaces and case) and URN', () => {
  const [t] = exampleTimelines([{ child: 'Y', dob: '01/01/2012', episodes: [
    { start: '01/01/2020', end: '01/02/2020', rec: 'X1', place: 'K2', provider: 'PR4', plPost: 'DM1 2AB', urn: 'SC123456' },
    { start: '01/02/2020', end: '01/03/2020', rec: 'X1', place: 'K2', provider: 'PR4', plPost: 'dm12ab', urn: 'sc123456' },
    { start: '01/03/2020', end: '01/04/2020', rec: 'X1', place: 'K2', provider: 'PR4', plPost: 'DM1 2AB', urn: 'SC654321' },
    { start: '01/04/2020', end: '01/05/2020', rec: 'X1', place: 'K2', provider: 'PR1', plPost: 'DM1 2AB', urn: 'SC123456' },
  ] }]);
  const [a, b, c, e] = t?.episodes ?? [];
  assert.ok(a && b && c && e);
  assert.equal(isSameCarer(a, b), true);
  assert.equal(isSameCarer(a, c), false, 'different URN');
  assert.equal(isSameCarer(a, e), false, 'different provider');
});

test('placementsBetween counts placements in force at any time in the window, both ends included', () => {
  const t = timeline([
    { start: '01/01/2020', end: '01/02/2020', rec: 'X1', ...home },
    { start: '01/02/2020', end: '01/04/2020', rec: 'X1', rne: 'P', plPost: 'DM2 1AA' },
    { start: '01/04/2020', rne: 'P', plPost: 'DM3 1AA' },
  ]);
  // The first placement ended on 01/02/2020, the day the window opens: the move happened inside it.
  assert.equal(placementsBetween(t, d('01/02/2020'), d('31/03/2020')).length, 2);
  assert.equal(placementsBetween(t, d('02/02/2020'), d('31/03/2020')).length, 1);
  assert.equal(placementsBetween(t, d('02/02/2020'), d('01/04/2020')).length, 2);
  assert.equal(placementsBetween(t, d('01/01/2019'), d('31/12/2019')).length, 0);
});

test('placements in two periods of care within a window are all counted', () => {
  const t = timeline([
    { start: '01/01/2020', end: '01/02/2020', rec: 'E4A', ...home },
    { start: '01/03/2020', end: '01/04/2020', rec: 'X1', rne: 'S', ...home },
    { start: '01/04/2020', rne: 'P', plPost: 'DM9 9ZZ' },
  ]);
  assert.equal(placementsBetween(t, d('01/01/2020'), d('30/04/2020')).length, 3);
});

test('an unknown reason for a new episode is read as a move', () => {
  assert.deepEqual(starts([
    { start: '01/01/2020', end: '01/02/2020', rec: 'X1', ...home },
    { start: '01/02/2020', rne: '', ...home },
  ]), ['01/01/2020', '01/02/2020']);
});

test('during a temporary placement the usual episode is the one with the carer the child will return to', () => {
  const t = timeline([
    { start: '01/01/2020', end: '01/02/2020', rec: 'X1', place: 'U4', ...home },
    { start: '01/02/2020', rne: 'P', place: 'T1', provider: '', plPost: '' },
  ]);
  assert.equal(usualEpisodeOn(t, d('15/02/2020'))?.place, 'U4');
  assert.equal(usualEpisodeOn(t, d('15/01/2020'))?.place, 'U4');
  assert.equal(usualEpisodeOn(t, d('15/12/2019')), undefined);
});

test('a period of care that begins in a temporary placement (903 rule 380) does not make the temporary one a placement', () => {
  assert.deepEqual(starts([
    { start: '01/01/2020', end: '05/01/2020', rec: 'X1', place: 'T1', provider: '' },
    { start: '05/01/2020', rne: 'P', place: 'U6', ...home },
  ]), ['01/01/2020']);
});
