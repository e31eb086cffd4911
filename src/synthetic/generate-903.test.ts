// Tests that synthetic councils are deterministic, pass every data-quality check, and have a realistic stock.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stringify } from 'csv-stringify/sync';
import { dayFromYmd } from '../core/civil-date.ts';
import { trailingMonthEnds } from '../core/month.ts';
import { runChecks } from '../checks/run-checks.ts';
import { ingest903 } from '../ingest/ingest-903.ts';
import { claCount } from '../measures/cla-count/index.ts';
import { buildTimelines } from '../timeline/build-timelines.ts';
import { generateCouncil } from './generate-903.ts';
import { councilFiles } from './write-council.ts';

const end = dayFromYmd(2026, 3, 31);

test('the same seed gives identical files and a different seed different ones', () => {
  const a = generateCouncil({ seed: 11, size: 'small', end, years: 3 });
  const b = generateCouncil({ seed: 11, size: 'small', end, years: 3 });
  const c = generateCouncil({ seed: 12, size: 'small', end, years: 3 });
  assert.equal(stringify(a.episodes), stringify(b.episodes));
  assert.equal(stringify(a.header), stringify(b.header));
  assert.notEqual(stringify(a.episodes), stringify(c.episodes));
});

for (const seed of [1, 2, 3]) {
  test(`seed ${String(seed)}: the files read cleanly and pass every data-quality check`, () => {
    const council = generateCouncil({ seed, size: 'small', end, years: 6 });
    const ingest = ingest903(councilFiles(council).filter((f) => f.name.endsWith('.csv')));
    assert.deepEqual(ingest.issues, []);
    const issues = runChecks({ data: ingest.data, headings: ingest.headings });
    assert.deepEqual(issues.map((i) => `${i.id} row ${String(i.row)}`), []);

    // "small" means about 150 looked after at a time: every month end of the last year stays within 100 to 220.
    const timelines = buildTimelines(ingest.data);
    for (const monthEnd of trailingMonthEnds(end, 12)) {
      const count = claCount.compute({ timelines, config: null }, monthEnd).value ?? 0;
      assert.ok(count >= 100 && count <= 220, `looked after at month end: ${String(count)}`);
    }
    // Every child in care is under 18, and some children have short breaks (V3) to exercise the exclusion.
    assert.ok(ingest.data.episodes.some((e) => e.ls === 'V3'));
  });
}
