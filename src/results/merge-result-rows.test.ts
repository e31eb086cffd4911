// Results computed in shares of the children and merged are the results computed over every child: on a
// synthetic council (no real child data), for every measure, two month ends and every breakdown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayFromYmd } from '../core/civil-date.ts';
import { trailingMonthEnds } from '../core/month.ts';
import { ingestFiles } from '../ingest/ingest.ts';
import { valueFromParts, type MeasureInput } from '../measures/measure.ts';
import { MEASURES } from '../measures/registry.ts';
import { mergeWholeData, wholeDataOf } from '../measures/shared/whole-data.ts';
import { generateCouncil } from '../synthetic/generate.ts';
import { buildTimelines, suppliedTables } from '../timeline/build-timelines.ts';
import { seriesRows } from './compute-series.ts';
import { DIMENSIONS, type Dimension } from './dimensions/dimensions.ts';
import { listedGroupsOf, mergeResultRows } from './merge-result-rows.ts';
import type { ResultJson } from './result-json.ts';

const council = generateCouncil({ seed: 11, size: 'medium', end: dayFromYmd(2026, 3, 31), years: 5 });
const { data, ssd, supplied } = ingestFiles(council.files.filter((f) => f.name.endsWith('.csv')));
const whole: MeasureInput = { timelines: buildTimelines(data, ssd), config: council.config, supplied: suppliedTables(data, ssd, supplied) };
const monthEnds = trailingMonthEnds(dayFromYmd(2026, 3, 31), 2);
const definitions = new Map(MEASURES.map((m) => [m.definition.id, m.definition]));

/** The input's children dealt into `count` shares in turn, each share with the whole input's tables and configuration. */
function shares(count: number): MeasureInput[] {
  const parts = Array.from({ length: count }, (_, k) => whole.timelines.filter((_t, i) => i % count === k));
  // As the shares' threads are given them: the facts of every share put together (pipeline/sharded-measures.ts).
  const facts = mergeWholeData(parts.map(wholeDataOf));
  return parts.map((timelines) => ({ ...whole, timelines, whole: facts }));
}

/** Each dimension's groups always listed, by its id, as sharded-measures.ts gives them to the merge. */
const listedOf = (dimensions: readonly Dimension[]) => listedGroupsOf(dimensions, { ...whole, timelines: [] });

for (const dimensions of [[], ...DIMENSIONS.map((d) => [d]), DIMENSIONS]) {
  test(`merged shares give every measure as one computation does${dimensions.length === 1 ? `, by ${dimensions[0]?.id ?? ''}` : dimensions.length > 1 ? ', by every dimension at once' : ''}`, () => {
    const expected = seriesRows(MEASURES, whole, monthEnds, dimensions);
    for (const count of [2, 3]) {
      const merged = mergeResultRows(shares(count).map((input) => seriesRows(MEASURES, input, monthEnds, dimensions)), definitions, listedOf(dimensions));
      // As printed: the same numbers, fields in the same order.
      assert.equal(JSON.stringify(merged), JSON.stringify(expected), `${String(count)} shares`);
    }
  });
}

test('every measure’s value follows from its numerator and denominator, so shares can be added up', () => {
  const rows: ResultJson[] = seriesRows(MEASURES, whole, trailingMonthEnds(dayFromYmd(2026, 3, 31), 13), []);
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

test('the whole-data facts of the shares put together are those of every child', () => {
  for (const count of [2, 3]) {
    const parts = Array.from({ length: count }, (_, k) => whole.timelines.filter((_t, i) => i % count === k));
    assert.deepEqual(mergeWholeData(parts.map(wholeDataOf)), wholeDataOf(whole.timelines));
  }
  const facts = wholeDataOf(whole.timelines);
  assert.ok(facts.firstRecord['ssd.reviews'] !== undefined && facts.firstRecord['ssda903.reviews'] !== undefined && facts.oc2Years.length > 0 && facts.oc3Years.length > 0);
});

test('facts about the whole data reach every share: a stray early review and a year’s OC2 rows held by one share’s children', () => {
  const i = whole.timelines.findIndex((t, k) => k % 2 === 0 && t.ssd.reviews.length > 0);
  const t = whole.timelines[i];
  const first = t?.ssd.reviews[0];
  assert.ok(t && first);
  // Share 0's child has a review four years before anyone else's, where the data's review history then begins;
  // and only share 0's children keep OC2 rows for 2024.
  const stray = { ...t, ssd: { ...t.ssd, reviews: [{ ...first, held: dayFromYmd(2019, 5, 1), due: dayFromYmd(2019, 5, 1) }, ...t.ssd.reviews] } };
  const timelines = whole.timelines.map((x, k) => (k === i ? stray : k % 2 === 1 ? { ...x, ssda903: { ...x.ssda903, oc2: x.ssda903.oc2.filter((r) => r.year !== 2024) } } : x));
  const edited: MeasureInput = { ...whole, timelines };
  const parts = [0, 1].map((k) => timelines.filter((_x, n) => n % 2 === k));
  const facts = mergeWholeData(parts.map(wholeDataOf));
  const measures = MEASURES.filter((m) => ['reviews_in_time_pct', 'oc2_health_assessment_pct'].includes(m.definition.id));
  const months = trailingMonthEnds(dayFromYmd(2026, 3, 31), 60);
  const expected = JSON.stringify(seriesRows(measures, edited, months, []));
  const rowsOf = (given: boolean) => parts.map((p) => seriesRows(measures, { ...edited, timelines: p, ...(given ? { whole: facts } : {}) }, months, []));
  assert.equal(JSON.stringify(mergeResultRows(rowsOf(true), definitions, new Map())), expected);
  // Each share working the facts out from its own children would not be one computation.
  assert.throws(() => mergeResultRows(rowsOf(false), definitions, new Map()), /do not match/);
});

test('a dimension’s listed groups never depend on the children, so the merge can prepare it without them', () => {
  const groups = (p: ReturnType<(typeof DIMENSIONS)[number]['prepare']>) => ('groups' in p ? p.groups : p.unavailable);
  for (const d of DIMENSIONS) assert.deepEqual(groups(d.prepare({ ...whole, timelines: [] })), groups(d.prepare(whole)), d.id);
});

test('shares that disagree are a programmer error, not a wrong figure', () => {
  const rows = seriesRows(MEASURES.slice(0, 2), whole, monthEnds, []);
  assert.throws(() => mergeResultRows([rows, rows.slice(1)], definitions, new Map()), /different numbers of results/);
  assert.throws(() => mergeResultRows([rows, [...rows].reverse()], definitions, new Map()), /do not match/);
  // Rows of one measure and month broken down by different dimensions are not one result either.
  const [sex, team] = [DIMENSIONS.find((d) => d.id === 'sex'), DIMENSIONS.find((d) => d.id === 'team')];
  assert.ok(sex && team);
  const bySex = seriesRows(MEASURES.slice(0, 2), whole, monthEnds, [sex]);
  const byTeam = seriesRows(MEASURES.slice(0, 2), whole, monthEnds, [team]);
  assert.throws(() => mergeResultRows([bySex, byTeam], definitions, listedOf([sex, team])), /do not match/);
  // A dimension the merge has no listed groups for would lose its empty groups without a word.
  assert.throws(() => mergeResultRows([bySex, bySex], definitions, listedOf([team])), /no listed groups for dimension sex/);
});
