// Golden-file tests: the overview page and the measures JSON for a fixed synthetic council must not change
// unnoticed. Synthetic data only (seed 3, to 31 March 2026).
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../src/cli/main.ts';
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

test('the measures JSON for 13 months matches its golden file', async () => {
  const c = fakeEffects(TODAY);
  assert.equal(await main(['measures', demoFolder(), '--month', '2026-03', '--months', '13'], c.fx), 0);
  assertGolden('measures-2026-03.json', `${c.out.join('\n')}\n`);
});
