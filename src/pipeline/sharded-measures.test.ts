// A folder measured in shares of its children on several threads gives exactly the rows one thread gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayFromYmd } from '../core/civil-date.ts';
import { trailingMonthEnds } from '../core/month.ts';
import { loadMeasureInput } from '../cli/load-source.ts';
import { MEASURES } from '../measures/registry.ts';
import { seriesRows } from '../results/compute-series.ts';
import { dimensionById } from '../results/dimensions/dimensions.ts';
import { generateCouncilTo } from '../synthetic/write-council.ts';
import { fakeEffects } from '../../test/helpers/fake-effects.ts';
import { tempDir } from '../../test/helpers/temp-dir.ts';
import { measureInShares } from './sharded-measures.ts';
import type { MergedShares } from './merge-shards.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { shardOfCell } from '../ingest/shard.ts';
import { openSqliteStore } from '../store/sqlite/sqlite-store.ts';
import { checkFolderForImport } from './sharded-check.ts';

const dir = tempDir('carestats-measure-shares-');
generateCouncilTo(dir, { seed: 8, size: 'small', end: dayFromYmd(2026, 3, 31), years: 4 });
const monthEnds = trailingMonthEnds(dayFromYmd(2026, 3, 31), 3);

for (const by of [[], ['team'], ['placement_type_group'], ['sex', 'team', 'age_band']]) {
  test(`every measure computed in 2 shares is what one thread computes${by.length > 0 ? `, by ${by.join(' and ')}` : ''}`, async () => {
    const dimensions = by.map((id) => dimensionById(id) ?? assert.fail(id));
    const loaded = await loadMeasureInput({ dir }, fakeEffects(dayFromYmd(2026, 4, 1)).fx);
    assert.ok(loaded);
    const expected = seriesRows(MEASURES, loaded.input, monthEnds, dimensions);
    let asked: number | null = null;
    const measured = await measureInShares({ dir }, 2, (latest) => {
      asked = latest;
      return { measures: MEASURES, monthEnds, dimensions };
    });
    assert.equal(measured.checked.ok, true);
    // The latest month covered is worked out over both shares' episodes, as one read does.
    assert.equal(asked, loaded.latest);
    assert.equal(JSON.stringify(measured.rows), JSON.stringify(expected));
  });
}

test('a snapshot of files computed in 2 shares, each reading the database itself, is what one thread computes from it', async () => {
  const db = join(tempDir('carestats-measure-shares-db-'), 'store.sqlite');
  const { toStore, checked } = await checkFolderForImport(dir);
  assert.ok(toStore);
  const store = openSqliteStore(db);
  const { snapshot } = store.importSnapshot(toStore, checked.config, { extractDate: '2026-04-01', source: dir, importedAt: '2026-04-01T00:00:00Z' });
  store.close();
  const loaded = await loadMeasureInput({ snapshot: snapshot.id, db }, fakeEffects(dayFromYmd(2026, 4, 1)).fx);
  assert.ok(loaded);
  const dimensions = [dimensionById('age_band') ?? assert.fail('age_band')];
  const expected = seriesRows(MEASURES, loaded.input, monthEnds, dimensions);
  const measured = await measureInShares({ db, snapshot: snapshot.id }, 2, () => ({ measures: MEASURES, monthEnds, dimensions }));
  assert.equal(measured.checked.ok, true);
  assert.ok(Array.isArray(measured.rows));
  assert.equal(JSON.stringify(measured.rows), JSON.stringify(expected));
});

test('a folder with an error is reported and nothing is computed', async () => {
  const bad = tempDir('carestats-measure-shares-bad-');
  generateCouncilTo(bad, { seed: 3, size: 'small', end: dayFromYmd(2026, 3, 31), years: 2, messy: true });
  let asked = false;
  let shown: MergedShares | null = null as MergedShares | null;
  const measured = await measureInShares({ dir: bad }, 2, () => {
    asked = true;
    return { measures: MEASURES, monthEnds, dimensions: [] };
  }, (c) => { shown = c; });
  assert.equal(measured.checked.ok, false);
  assert.ok(measured.checked.issues.some((i) => i.severity === 'error'));
  assert.equal(measured.rows, null);
  assert.equal(asked, false);
  // The findings are handed over to be shown, as one thread shows them.
  assert.equal(shown?.ok, false);
});

test('a CLA episode id two shares’ children both have is left for one thread, its findings not yet shown', async () => {
  const reused = tempDir('carestats-measure-shares-cla-');
  generateCouncilTo(reused, { seed: 8, size: 'small', end: dayFromYmd(2026, 3, 31), years: 2 });
  const path = join(reused, 'ssd/ssd_cla_episodes.csv');
  const [head = '', ...lines] = readFileSync(path, 'utf8').trimEnd().split('\n');
  const names = head.split(',');
  const person = names.indexOf('clae_person_id');
  const cla = names.indexOf('clae_cla_id');
  const cells = lines.map((l) => l.split(','));
  const shareOf = (row: string[]) => { const id = row[person] ?? ''; return shardOfCell(id, 0, id.length, 2); };
  const a = cells.find((r) => shareOf(r) === 0);
  const b = cells.find((r) => shareOf(r) === 1);
  assert.ok(a && b);
  b[cla] = a[cla] ?? '';
  writeFileSync(path, `${[head, ...cells.map((r) => r.join(','))].join('\n')}\n`);
  let shown = false;
  const measured = await measureInShares({ dir: reused }, 2, () => ({ measures: MEASURES, monthEnds, dimensions: [] }), () => { shown = true; });
  assert.equal(measured.rows, 'use-one-thread');
  assert.equal(shown, false);
});

test('no plan, no computation: the threads still end', async () => {
  const measured = await measureInShares({ dir }, 2, () => null);
  assert.equal(measured.checked.ok, true);
  assert.equal(measured.rows, null);
});

test('teams and districts la-config does not list are named from ssd_department, alike on one thread and in 2 shares', async () => {
  const bare = tempDir('carestats-measure-shares-departments-');
  generateCouncilTo(bare, { seed: 8, size: 'small', end: dayFromYmd(2026, 3, 31), years: 2 });
  const configPath = join(bare, 'la-config.json');
  writeFileSync(configPath, JSON.stringify({ ...(JSON.parse(readFileSync(configPath, 'utf8')) as object), districts: [] }));
  const dimensions = [dimensionById('team') ?? assert.fail('team'), dimensionById('district') ?? assert.fail('district')];
  const loaded = await loadMeasureInput({ dir: bare }, fakeEffects(dayFromYmd(2026, 4, 1)).fx);
  assert.ok(loaded);
  const one = seriesRows(MEASURES.filter((m) => m.definition.id === 'cla_count'), loaded.input, monthEnds, dimensions);
  const groups = (dimension: string) => new Set(one.flatMap((r) => (r.breakdown?.dimension === dimension ? r.breakdown.groups.map((g) => g.group) : [])));
  // The generator's involvements record team ids (N-CIC1), which ssd_department names.
  assert.ok(groups('team').has('North Children in Care Team 1'), [...groups('team')].join(', '));
  assert.ok(![...groups('team')].some((g) => /^[NSW]-/.test(g)));
  assert.ok(groups('district').has('North District'), [...groups('district')].join(', '));
  const measured = await measureInShares({ dir: bare }, 2, () => ({ measures: MEASURES.filter((m) => m.definition.id === 'cla_count'), monthEnds, dimensions }));
  assert.equal(JSON.stringify(measured.rows), JSON.stringify(one));
});
