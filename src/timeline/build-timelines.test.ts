// Unit tests for periods of care and the looked-after-on-a-date rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exampleDay, exampleTimelines } from '../measures/example-kit.ts';
import { lookedAfterOn } from './looked-after-on.ts';

test('episodes joined by X1 form one period; any other reason ends it', () => {
  const [t] = exampleTimelines([
    {
      child: 'P1',
      dob: '01/01/2012',
      episodes: [
        { start: '01/01/2020', end: '01/02/2020', rec: 'X1' },
        { start: '01/02/2020', end: '01/03/2020', rne: 'P', rec: 'E4A' },
        { start: '01/06/2021', rne: 'S' },
      ],
    },
  ]);
  assert.equal(t?.periods.length, 2);
  assert.equal(t.periods[0]?.episodes.length, 2);
  assert.equal(t.periods[0]?.end, exampleDay('01/03/2020'));
  assert.equal(t.periods[1]?.end, null);
});

test('on an X1 change day the child is looked after under the new episode', () => {
  const [t] = exampleTimelines([
    { child: 'P2', dob: '01/01/2012', episodes: [{ start: '01/01/2020', end: '01/02/2020', rec: 'X1' }, { start: '01/02/2020', rne: 'P', place: 'U4' }] },
  ]);
  assert.ok(t);
  const status = lookedAfterOn(t, exampleDay('01/02/2020'));
  assert.equal(status.kind, 'looked-after');
  assert.equal(status.kind === 'looked-after' && status.episode.place, 'U4');
});

test('the day before care starts, the child is not looked after', () => {
  const [t] = exampleTimelines([{ child: 'P3', dob: '01/01/2012', episodes: [{ start: '01/01/2020' }] }]);
  assert.ok(t);
  assert.equal(lookedAfterOn(t, exampleDay('31/12/2019')).kind, 'not-looked-after');
});
