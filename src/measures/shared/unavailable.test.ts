import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayFromYmd } from '../../core/civil-date.ts';
import { unavailableUnless } from './unavailable.ts';

const input = (supplied: string[]) => ({ timelines: [], config: null, supplied: new Set(supplied) }) as Parameters<typeof unavailableUnless>[0];

test('a measure whose tables were all supplied is available', () => {
  assert.equal(unavailableUnless(input(['ssd.visits', 'ssda903.episodes']), 'x', dayFromYmd(2026, 3, 31), ['ssd.visits']), null);
});

test('a measure missing tables names every one in plain words and shows no figure', () => {
  const r = unavailableUnless(input(['ssda903.episodes']), 'visits_in_time_pct', dayFromYmd(2026, 3, 31), ['ssd.visits', 'ssd.claEpisodes']);
  assert.ok(r);
  assert.equal(r.value, null);
  assert.equal(r.numerator, null);
  assert.equal(r.month, '2026-03');
  assert.equal(r.unavailable, 'Needs the SSD ssd_cla_visits table and the SSD ssd_cla_episodes table, which the data does not include.');
});
