// The overview page is for members, not specialists: every abbreviation or code it uses is explained on it
// (no unexplained acronyms), and it defines the measures it shows, not every measure carestats has.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../src/cli/main.ts';
import { GLOSSARY } from '../src/report/glossary.ts';
import { OVERVIEW_MEASURES } from '../src/report/render-overview.ts';
import { fakeEffects } from './helpers/fake-effects.ts';
import { tempDir, TODAY } from './helpers/fixtures.ts';

test('the overview explains every abbreviation it uses, and defines only the measures it shows', async () => {
  const out = tempDir();
  assert.equal(await main(['start', '--data', tempDir(), '--out', out, '--no-serve'], fakeEffects(TODAY).fx), 0);
  const html = readFileSync(join(out, 'index.html'), 'utf8');
  // What a reader meets: the text, and the chart's text alternative (styles and scripts are not read).
  const alt = [...html.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1]).join(' ');
  const text = `${html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<svg[\s\S]*?<\/svg>/g, ' ').replace(/<[^>]+>/g, ' ')} ${alt}`;
  // Words with two capitals, or a capital and a digit: DfE, SSDA903, V3 (not "March" or "I").
  const abbreviations = new Set(text.match(/\b[A-Za-z]*[A-Z][A-Za-z]*[A-Z0-9][A-Za-z0-9]*\b/g) ?? []);
  const unexplained = [...abbreviations].filter((a) => !(a in GLOSSARY));
  assert.deepEqual(unexplained, [], 'abbreviations with no entry in report/glossary.ts');
  for (const a of abbreviations) assert.ok(html.includes(`<dt class="govuk-summary-list__key">${a}</dt>`), `${a} is listed with its meaning on the page`);
  const defined = [...html.matchAll(/<h3 class="govuk-heading-m" id="([a-z0-9_]+)">/g)].map((m) => m[1]);
  assert.deepEqual(defined, [...OVERVIEW_MEASURES]);
});
