// Draws a month-end series as an accessible SVG line chart with Observable Plot (rendered server-side).
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { formatMonthShort, type Day } from '../core/civil-date.ts';

/** One point of a series; null values are gaps. */
export interface ChartPoint {
  monthEnd: Day;
  value: number | null;
}

/** What to draw and how to describe it to someone who cannot see it. */
export interface LineChartSpec {
  points: readonly ChartPoint[];
  yLabel: string;
  /** The text alternative: a sentence or two saying what the chart shows and its main features. */
  altText: string;
}

/** Returns the chart as an SVG string with role="img" and the text alternative as its accessible name. */
export function lineChartSvg(spec: LineChartSpec): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const data = spec.points
    .filter((p): p is { monthEnd: Day; value: number } => p.value !== null)
    .map((p) => ({ date: new Date(p.monthEnd * 86_400_000), value: p.value }));
  // Ticks at the points themselves, every `step`-th back from the latest (which is always labelled), at most 7:
  // a time axis's own ticks fall on the 1st of a month, so each label stood under the previous month end's dot.
  const step = Math.max(1, Math.ceil((data.length - 1) / 6));
  const ticks = data.filter((_, i) => (data.length - 1 - i) % step === 0).map((d) => d.date);
  const svg = Plot.plot({
    document,
    width: 720,
    height: 320,
    marginLeft: 56,
    // Room for the latest month's label, centred on the last point at the right edge.
    marginRight: 40,
    marginBottom: 40,
    style: { fontSize: '14px', fontFamily: 'arial, sans-serif', color: '#0b0c0c' },
    x: { type: 'utc', label: null, tickFormat: (d: Date) => formatMonthShort(Math.round(d.getTime() / 86_400_000)), ticks },
    y: { zero: true, grid: true, label: spec.yLabel, labelAnchor: 'top' },
    marks: [
      Plot.lineY(data, { x: 'date', y: 'value', stroke: '#1d70b8', strokeWidth: 3 }),
      // Dots as well as the line, so each month's value is visible without relying on colour.
      Plot.dot(data, { x: 'date', y: 'value', fill: '#1d70b8', stroke: '#ffffff', r: 4 }),
      Plot.ruleY([0]),
    ],
  });
  // Plot labels its inner groups ("y-axis tick"…); ARIA forbids aria-label on plain groups, and inside
  // role="img" they are presentational anyway: the one accessible name is the text alternative below.
  for (const el of svg.querySelectorAll('[aria-label]')) el.removeAttribute('aria-label');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', spec.altText);
  svg.removeAttribute('aria-description');
  return svg.outerHTML;
}
