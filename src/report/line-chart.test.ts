// Tests of the line chart: each month label stands under its own month end's dot.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayFromYmd, formatMonthShort } from '../core/civil-date.ts';
import { trailingMonthEnds } from '../core/month.ts';
import { lineChartSvg } from './line-chart.ts';

test('every month label stands under the dot of that month end, and the latest month is labelled', () => {
  for (const count of [13, 7, 3, 1]) {
    const ends = trailingMonthEnds(dayFromYmd(2026, 3, 31), count);
    const svg = lineChartSvg({ points: ends.map((monthEnd, i) => ({ monthEnd, value: 100 + i })), yLabel: 'Children', altText: 'A test chart' });
    const dots = [...svg.matchAll(/<circle[^>]*cx="([\d.]+)"/g)].map((m) => Number(m[1]));
    assert.equal(dots.length, count);
    const labels = [...svg.matchAll(/<text transform="translate\(([\d.]+),280\)"[^>]*>([A-Z][a-z]{2} \d{4})<\/text>/g)].map((m) => [Number(m[1]), m[2]] as const);
    assert.ok(labels.length >= 1 && labels.length <= 7, `${String(count)} points: ${String(labels.length)} labels`);
    for (const [x, text] of labels) {
      const at = dots.findIndex((cx) => Math.abs(cx - x) < 0.01);
      assert.ok(at >= 0, `label ${text} at x=${String(x)} is under no dot`);
      assert.equal(text, formatMonthShort(ends[at] ?? 0), `the dot above ${text}`);
    }
    assert.equal(labels.at(-1)?.[1], formatMonthShort(ends.at(-1) ?? 0));
  }
});
