// The overview page quotes the council's own text (its name and the sources of its population estimates, from
// la-config.json, and a measure's reason for being unavailable): each must reach the page as text, whatever it holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayFromYmd } from '../core/civil-date.ts';
import type { MeasureResult } from '../measures/measure.ts';
import { renderOverview } from './render-overview.ts';

test('a council name or population source holding markup is shown as text on the page, never run', () => {
  const hostile = '<script>alert(1)</script>"><img src=x onerror=alert(2)>';
  const end = dayFromYmd(2026, 3, 31);
  const result = (id: string, value: number | null, unavailable?: string) =>
    ({ id, month: '2026-03', numerator: value, denominator: null, value, children: [], ...(unavailable === undefined ? {} : { unavailable }) }) as unknown as MeasureResult;
  const html = renderOverview({
    councilName: hostile, synthetic: false, monthEnds: [end], results: [result('cla_count', 12), result('cla_rate', null, hostile)],
    definitions: [], generatedOn: end, snapshot: { id: 1, extractDate: hostile }, populationSources: [hostile],
  });
  assert.doesNotMatch(html, /<script>alert|<img src=x/);
  const shown = '&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;';
  for (const place of [
    `<title>Children looked after – ${shown} – carestats</title>`,
    `<span class="govuk-caption-l">${shown}</span>`,
    `The rate per 10,000 children is not shown. ${shown}`,
    `Population estimates used for rates: ${shown}.`,
    `extracted on ${shown} (carestats snapshot 1)`,
  ]) assert.ok(html.includes(place), place);
});
