import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayFromYmd } from '../../core/civil-date.ts';
import { MEASURES } from '../registry.ts';
import { unavailableBeforeReturns, unavailableNoChecks, unavailableUnless } from './unavailable.ts';
import { mergeWholeData } from './whole-data.ts';

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

test('a health figure is unavailable when no SSD health row is a check of its kind that took place, as carestats reads the wording', () => {
  const monthEnd = dayFromYmd(2026, 3, 31);
  const withKinds = (assessment: boolean, dental: boolean) => ({
    timelines: [], config: null, supplied: new Set(['ssda903.episodes', 'ssd.health']),
    whole: { firstRecord: {}, oc2Years: [], oc3Years: [], ssdHealthKinds: { assessment, dental } },
  }) as unknown as Parameters<typeof unavailableNoChecks>[0];
  // Health assessments worded "LAC Medical": none read, so no 0% figure.
  assert.match(unavailableNoChecks(withKinds(false, true), 'health_assessment_pct', monthEnd, 'assessment')?.unavailable ?? '', /^No row of the SSD ssd_cla_health table is a health assessment \(clah_health_check_type worded with "health assessment", or IHA or RHA\) that took place/);
  assert.equal(unavailableNoChecks(withKinds(false, true), 'dental_check_pct', monthEnd, 'dental'), null);
  assert.match(unavailableNoChecks(withKinds(true, false), 'dental_check_pct', monthEnd, 'dental')?.unavailable ?? '', /is a dental check/);
  // Shares' kinds put together: a kind any share saw is seen.
  const merged = mergeWholeData([
    { firstRecord: {}, oc2Years: [], oc3Years: [], ssdHealthKinds: { assessment: false, dental: true } },
    { firstRecord: {}, oc2Years: [], oc3Years: [], ssdHealthKinds: { assessment: true, dental: false } },
  ]);
  assert.deepEqual(merged.ssdHealthKinds, { assessment: true, dental: true });
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
