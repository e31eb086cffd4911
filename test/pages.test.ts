// The report page in a real headless Chromium: no axe-core violations of WCAG 2.2 AA, a chart with a text
// alternative and a data table, and security headers that the page's own inline script satisfies.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { main } from '../src/cli/main.ts';
import { startServer, type RunningServer } from '../src/web/server.ts';
import { browserUnavailable, launchBrowser } from './helpers/browser.ts';
import { fakeEffects } from './helpers/fake-effects.ts';
import { tempDir, TODAY } from './helpers/fixtures.ts';

const skip = browserUnavailable();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let server: RunningServer;
let browser: Browser | undefined;

before(async () => {
  const out = tempDir();
  const c = fakeEffects(TODAY);
  const code = await main(['start', '--data', tempDir(), '--out', out, '--no-serve'], c.fx);
  assert.equal(code, 0, c.err.join('\n'));
  server = await startServer(out, 0);
  if (!skip) browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server.close();
});

test('the overview page loads with no console errors under its Content-Security-Policy', { skip: skip ?? false }, async () => {
  const page = await browser!.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${server.url}/index.html`);
  assert.equal(await page.title(), 'Children looked after – Demoshire (synthetic demo council) – carestats');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the overview page has no axe-core violations of WCAG 2.2 A and AA', { skip: skip ?? false }, async () => {
  // axe is injected as a script, which the page's own CSP rightly forbids, so this context bypasses CSP.
  const context = await browser!.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${server.url}/index.html`);
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return result.violations.map((v) => `${v.id}: ${v.help} (${String(v.nodes.length)})`);
  });
  assert.deepEqual(violations, []);
  await context.close();
});

test('the chart has a text alternative and the same figures are in a table', { skip: skip ?? false }, async () => {
  const page = await browser!.newPage();
  await page.goto(`${server.url}/index.html`);
  const label = await page.getAttribute('figure.app-chart svg[role="img"]', 'aria-label');
  assert.match(label ?? '', /^Line chart of the number of children looked after at each month end from March 2025 to March 2026\. The lowest was \d+/);
  const rows = await page.locator('table.govuk-table tbody tr').count();
  assert.equal(rows, 13);
  // Keyboard users reach the skip link first.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Skip to main content');
  await page.close();
});

test('pages are served with security headers, and the CSP allows exactly GOV.UK’s inline script', async () => {
  const res = await fetch(`${server.url}/index.html`);
  assert.equal(res.headers.get('x-frame-options'), 'DENY');
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  const html = await res.text();
  const inline = /<script(?: [^>]*)?>([^<]+)<\/script>/.exec(html)?.[1] ?? '';
  const hash = createHash('sha256').update(inline).digest('base64');
  assert.match(res.headers.get('content-security-policy') ?? '', new RegExp(`'sha256-${hash.replace(/[+/=]/g, '\\$&')}'`));
});

test('the page uses Arial and no GOV.UK crest, which are for GOV.UK services only', async () => {
  const css = await (await fetch(`${server.url}/assets/carestats.css`)).text();
  assert.ok(css.length > 10_000, 'the GOV.UK Frontend styles are served');
  assert.doesNotMatch(css, /GDS Transport/);
  assert.match(css, /font-family:arial,sans-serif/);
  const html = await (await fetch(`${server.url}/index.html`)).text();
  assert.doesNotMatch(html, /govuk-header__logo|govuk-logo|crown/i);
});
