// Runs every measure's worked examples: the single source of truth for what each measure must give.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { monthEndFromKey } from '../core/month.ts';
import { exampleInput } from './example-kit.ts';
import { MEASURES } from './registry.ts';

for (const measure of MEASURES) {
  const id = measure.definition.id;
  const examples = measure.examples;
  test(`${id} has at least three worked examples`, () => {
    assert.ok(examples.length >= 3, `${id} has ${String(examples.length)} worked examples`);
  });
  for (const example of examples) {
    test(`${id}: ${example.name}`, () => {
      const monthEnd = monthEndFromKey(example.month);
      assert.ok(monthEnd !== null);
      const result = measure.compute(exampleInput(example), monthEnd);
      assert.equal(result.id, id);
      assert.equal(result.month, example.month);
      assert.equal(result.numerator, example.expected.numerator, 'numerator');
      assert.equal(result.denominator, example.expected.denominator, 'denominator');
      assert.equal(result.value, example.expected.value, 'value');
      assert.equal(result.unavailable !== undefined, example.expected.unavailable ?? false, 'unavailable');
      if (example.expected.counted) {
        const counted = result.children.filter((c) => c.met === true).map((c) => c.child).sort();
        assert.deepEqual(counted, [...example.expected.counted].sort(), 'children counted');
      }
    });
  }
}
