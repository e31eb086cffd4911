// Results computed in shares of the children and merged are the results computed over every child: on a
// synthetic council (no real child data), for every measure, two month ends and every breakdown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayFromYmd } from '../core/civil-date.ts';
import { trailingMonthEnds } from '../core/month.ts';
import { ingestFiles } from '../ingest/ingest.ts';
import { valueFromParts, type MeasureInput } from '../measures/measure.ts';
import { MEASURES } from '../measures/registry.ts';
import { generateCouncil } from '../synthetic/generate.ts';
import { buildTimelines, suppliedTables } from '../timeline/build-timelines.ts';
import { seriesRows } from './compute-series.ts';
import { DIMENSIONS } from './dimensions/dimensions.ts';
import { mergeResultRows } from './merge-result-rows.ts';
import type { ResultJson } from './result-json.ts';

const council = generateCouncil({ seed: 11, size: 'medium', end: dayFromYmd(2026, 3, 31), years: 5 });
const { data, ssd, supplied } = ingestFiles(council.files.filter((f) => f.name.endsWith('.csv')));
const whole: MeasureInput = { timelines: buildTimelines(data, ssd), config: council.config, supplied: suppliedTables(data, ssd, supplied) };
const monthEnds = trailingMonthEnds(dayFromYmd(2026, 3, 31), 2);
const definitions = new Map(MEASURES.map((m) => [m.definition.id, m.definition]));

/** The input's children dealt into `count` shares in turn, each share with the whole input's tables and configuration. */
function shares(count: number): MeasureInput[] {
  return Array.from({ length: count }, (_, k) => ({ ...whole, timelines: whole.timelines.filter((_t, i) => i % count === k) }));
}

for (const dimension of [null, ...DIMENSIONS]) {
  test(`merged shares give every measure as one computation does${dimension ? `, by ${dimension.id}` : ''}`, () => {
    const expected = seriesRows(MEASURES, whole, monthEnds, dimension);
    const prepared = dimension?.prepare(whole);
    const listed = prepared && 'groups' in prepared ? prepared.groups : [];
    for (const count of [2, 3]) {
      const merged = mergeResultRows(shares(count).map((input) => seriesRows(MEASURES, input, monthEnds, dimension)), definitions, listed);
      // As printed: the same numbers, fields in the same order.
      assert.equal(JSON.stringify(merged), JSON.stringify(expected), `${String(count)} shares`);
    }
  });
}

test('every measure’s value follows from its numerator and denominator, so shares can be added up', () => {
  const rows: ResultJson[] = seriesRows(MEASURES, whole, trailingMonthEnds(dayFromYmd(2026, 3, 31), 13), null);
  let available = 0;
  for (const r of rows) {
    if (r.unavailable !== undefined) continue;
    available += 1;
    const d = definitions.get(r.id);
    assert.ok(d);
    assert.equal(r.value, valueFromParts(d.unit, d.decimals, r.numerator, r.denominator), `${r.id} ${r.month}`);
  }
  assert.ok(available > MEASURES.length * 10, `only ${String(available)} results available`);
});

test('a dimension’s listed groups never depend on the children, so the merge can prepare it without them', () => {
  const groups = (p: ReturnType<(typeof DIMENSIONS)[number]['prepare']>) => ('groups' in p ? p.groups : p.unavailable);
  for (const d of DIMENSIONS) assert.deepEqual(groups(d.prepare({ ...whole, timelines: [] })), groups(d.prepare(whole)), d.id);
});

test('shares that disagree are a programmer error, not a wrong figure', () => {
  const rows = seriesRows(MEASURES.slice(0, 2), whole, monthEnds, null);
  assert.throws(() => mergeResultRows([rows, rows.slice(1)], definitions, []), /different numbers of results/);
  assert.throws(() => mergeResultRows([rows, [...rows].reverse()], definitions, []), /do not match/);
});
