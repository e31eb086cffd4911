import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayFromYmd } from '../../core/civil-date.ts';
import { MEASURES } from '../registry.ts';
import { unavailableBeforeReturns, unavailableUnless } from './unavailable.ts';

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

test('the adoption averages need the returns from 3 years before their 36-month window, when their children came into care', () => {
  const at = (begins: ReturnType<typeof dayFromYmd>) => ({ timelines: [], config: null, supplied: new Set<string>(), returnsBegin: begins }) as unknown as Parameters<typeof unavailableBeforeReturns>[0];
  const monthEnd = dayFromYmd(2026, 3, 31);
  for (const id of ['adoption_a1_days', 'adoption_a2_days', 'adoption_a3_pct', 'adoption_a10_days']) {
    const definition = MEASURES.find((m) => m.definition.id === id)?.definition;
    assert.ok(definition, id);
    // Returns from the window's start only: those adopted after waiting longest are missing, so no figure.
    const short = unavailableBeforeReturns(at(dayFromYmd(2023, 4, 1)), definition, monthEnd);
    assert.match(short?.unavailable ?? '', /^The earliest SSDA903 return supplied begins on 1 April 2023, and this figure needs the episodes from 1 April 2020 \(the 36 months of adoptions to the month end, and the 3 years before, when nearly all/, id);
    assert.equal(unavailableBeforeReturns(at(dayFromYmd(2020, 4, 1)), definition, monthEnd), null, id);
  }
});

test('the monthly care-leaver measures need the returns of the 12 months to the month end, in which each young person had their latest birthday', () => {
  const at = (begins: ReturnType<typeof dayFromYmd>) => ({ timelines: [], config: null, supplied: new Set<string>(), returnsBegin: begins }) as unknown as Parameters<typeof unavailableBeforeReturns>[0];
  const ids = MEASURES.filter((m) => m.definition.breakdownCohort === 'care-leavers').map((m) => m.definition.id);
  assert.equal(ids.length, 7);
  for (const id of ids) {
    const definition = MEASURES.find((m) => m.definition.id === id)?.definition;
    assert.ok(definition, id);
    // A young person who left care before the returns is in them only through the OC3 of a birthday in a return's year.
    const short = unavailableBeforeReturns(at(dayFromYmd(2025, 4, 1)), definition, dayFromYmd(2026, 2, 28));
    assert.match(short?.unavailable ?? '', /^The earliest SSDA903 return supplied begins on 1 April 2025, and this figure needs the episodes from 1 March 2025 \(the 12 months to the month end, in which each young person in the age band had their latest birthday/, id);
    assert.equal(unavailableBeforeReturns(at(dayFromYmd(2025, 4, 1)), definition, dayFromYmd(2026, 3, 31)), null, id);
  }
});
