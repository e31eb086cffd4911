// Golden-file tests: the overview page and the measures JSON for a fixed synthetic council must not change
// unnoticed. Synthetic data only (seed 3, to 31 March 2026). UPDATE_GOLDEN=1 rewrites them (CONTRIBUTING.md).
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../src/cli/main.ts';
import { claCount } from '../src/measures/cla-count/index.ts';
import { claRate } from '../src/measures/cla-rate/index.ts';
import { definitionsMarkdown } from '../src/results/definitions-doc.ts';
import { fakeEffects } from './helpers/fake-effects.ts';
import { demoFolder, tempDir, TODAY } from './helpers/fixtures.ts';
import { assertGolden } from './helpers/golden.ts';
import assert from 'node:assert/strict';

test('the overview page matches its golden file', async () => {
  const out = tempDir();
  const c = fakeEffects(TODAY);
  assert.equal(await main(['start', '--data', tempDir(), '--out', out, '--no-serve'], c.fx), 0);
  const html = readFileSync(join(out, 'index.html'), 'utf8');
  assertGolden('overview.html', html);
});

// cla_count and cla_rate only, so adding a measure does not change this file; a new measure's figures are
// proven by its worked examples.
test('the measures JSON for 13 months matches its golden file', async () => {
  const c = fakeEffects(TODAY);
  assert.equal(await main(['measures', demoFolder(), '--month', '2026-03', '--months', '13', '--measure', 'cla_count', '--measure', 'cla_rate'], c.fx), 0);
  assertGolden('measures-2026-03.json', `${c.out.join('\n')}\n`);
});

// A fixed pair of measures, so the golden file shows the document's layout and changes only when the layout,
// or these two definitions, change (not every time a measure is added).
test('the definitions document for cla_count and cla_rate matches its golden file', () => {
  assertGolden('definitions-cla.md', definitionsMarkdown([claCount, claRate]));
});

test('the CSV breakdown of cla_count and cla_rate by placement type matches its golden file', async () => {
  const c = fakeEffects(TODAY);
  const args = ['measures', demoFolder(), '--month', '2026-03', '--months', '3', '--measure', 'cla_count', '--measure', 'cla_rate', '--by', 'placement_type_group', '--format', 'csv'];
  assert.equal(await main(args, c.fx), 0);
  assertGolden('breakdown-placement-2026-03.csv', `${c.out.join('\n')}\n`);
});
