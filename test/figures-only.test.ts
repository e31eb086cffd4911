// Measures computed for figures only (MeasureInput.figuresOnly, as `carestats measures` computes them) give
// the same figures and the same children, met or not, as with reasons; only each reason is REASON_NOT_KEPT.
// Every outcome must say so: an outcome that kept its reason would still hold on to what it was worked out
// from, which is what figures-only computing is for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayFromYmd } from '../src/core/civil-date.ts';
import { monthEndFromKey, trailingMonthEnds } from '../src/core/month.ts';
import { loadMeasureInput } from '../src/cli/load-source.ts';
import { exampleInput } from '../src/measures/example-kit.ts';
import { REASON_NOT_KEPT, reasonText, type Measure, type MeasureInput, type MeasureResult } from '../src/measures/measure.ts';
import { MEASURES } from '../src/measures/registry.ts';
import { generateCouncilTo } from '../src/synthetic/write-council.ts';
import { fakeEffects } from './helpers/fake-effects.ts';
import { tempDir } from './helpers/temp-dir.ts';

/** Asserts `lean` is `full` with every reason not kept, and that `full` kept real reasons. */
function assertSameFigures(full: MeasureResult, lean: MeasureResult, what: string): void {
  const { children: fullChildren, ...fullFigures } = full;
  const { children: leanChildren, ...leanFigures } = lean;
  assert.deepEqual(leanFigures, fullFigures, `${what}: figures`);
  assert.equal(leanChildren.length, fullChildren.length, `${what}: children`);
  for (const [i, f] of fullChildren.entries()) {
    const l = leanChildren[i];
    assert.ok(l);
    assert.deepEqual({ ...l, reason: null }, { ...f, reason: null }, `${what}: child ${f.child}`);
    assert.equal(l.reason, REASON_NOT_KEPT, `${what}: child ${f.child} kept a reason`);
    assert.notEqual(reasonText(f.reason), REASON_NOT_KEPT, `${what}: child ${f.child}`);
  }
}

function both(measure: Measure, input: MeasureInput, monthEnd: number, what: string): number {
  const full = measure.compute(input, monthEnd);
  const lean = measure.compute({ ...input, figuresOnly: true }, monthEnd);
  assertSameFigures(full, lean, what);
  return full.children.length;
}

test('every measure’s worked examples, for figures only: the same figures and children, no reasons', () => {
  for (const measure of MEASURES) {
    for (const example of measure.examples) {
      const monthEnd = monthEndFromKey(example.month);
      assert.ok(monthEnd !== null);
      both(measure, exampleInput(example), monthEnd, `${measure.definition.id}: ${example.name}`);
    }
  }
});

test('every measure over a generated council at three month ends, for figures only', async () => {
  const dir = tempDir('carestats-figures-only-');
  generateCouncilTo(dir, { seed: 5, size: 'small', end: dayFromYmd(2026, 3, 31), years: 4 });
  const loaded = await loadMeasureInput({ dir }, fakeEffects(dayFromYmd(2026, 4, 1)).fx);
  assert.ok(loaded);
  let outcomes = 0;
  for (const monthEnd of [...trailingMonthEnds(dayFromYmd(2026, 3, 31), 2), dayFromYmd(2025, 3, 31)]) {
    for (const measure of MEASURES) outcomes += both(measure, loaded.input, monthEnd, measure.definition.id);
  }
  // Thousands of children's outcomes were compared, not a handful.
  assert.ok(outcomes > 5000, String(outcomes));
});
