// Every measure's breakdown adds up to the measure: on a synthetic council (no real child data), for every
// registered measure at several month ends, the groups of every dimension sum to the overall figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayFromYmd } from '../src/core/civil-date.ts';
import { trailingMonthEnds } from '../src/core/month.ts';
import { ingestFiles } from '../src/ingest/ingest.ts';
import { MEASURES } from '../src/measures/registry.ts';
import { breakdownContext, breakdownOf } from '../src/results/breakdown.ts';
import { mapSeries } from '../src/results/compute-series.ts';
import { DIMENSIONS } from '../src/results/dimensions/dimensions.ts';
import { generateCouncil } from '../src/synthetic/generate.ts';
import { buildTimelines, suppliedTables } from '../src/timeline/build-timelines.ts';

test('for every measure, month and dimension, the groups add up to the measure’s numerator and denominator', () => {
  const council = generateCouncil({ seed: 5, size: 'medium', end: dayFromYmd(2026, 3, 31), years: 5 });
  const { data, ssd, supplied } = ingestFiles(council.files.filter((f) => f.name.endsWith('.csv')));
  const input = { timelines: buildTimelines(data, ssd), config: council.config, supplied: suppliedTables(data, ssd, supplied) };
  const contexts = DIMENSIONS.map((d) => breakdownContext(d, input));
  let checked = 0;
  mapSeries(MEASURES, input, trailingMonthEnds(dayFromYmd(2026, 3, 31), 3), (r, m) => {
    if (r.unavailable !== undefined) return;
    for (const ctx of contexts) {
      const b = breakdownOf(r, m.definition, ctx);
      if (b.unavailable !== undefined) continue;
      const where = `${r.id} ${r.month} by ${b.dimension}`;
      const sum = (pick: (g: (typeof b.groups)[number]) => number | null) => b.groups.reduce((n, g) => n + (pick(g) ?? 0), 0);
      assert.equal(sum((g) => g.numerator), r.numerator, `${where}: numerators`);
      // A rate's denominator is the population, which groups do not have (they carry counts only).
      if (r.denominator !== null && m.definition.unit !== 'rate-per-10000') assert.equal(sum((g) => g.denominator), r.denominator, `${where}: denominators`);
      checked += 1;
    }
  });
  // Most measures are available on the synthetic council, so this checked thousands of breakdowns.
  assert.ok(checked > MEASURES.length * 3 * 5, `only ${String(checked)} breakdowns checked`);
});
