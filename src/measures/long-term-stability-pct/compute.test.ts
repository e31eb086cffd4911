// The reasons long_term_stability_pct gives a child whose care began before the data (synthetic; no real child data).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exampleDay, exampleInput } from '../example-kit.ts';
import { reasonText } from '../measure.ts';
import { compute } from './compute.ts';
import { examples } from './examples.ts';

test('a child whose care began before the data is left out with that reason, not as if they came into care then', () => {
  const example = examples.find((e) => e.name.startsWith('a child whose care began before the data'));
  assert.ok(example);
  const result = compute(exampleInput(example), exampleDay('31/03/2026'));
  const b2 = result.children.find((c) => c.child === 'B2');
  assert.equal(b2?.inCohort, false);
  assert.match(reasonText(b2?.reason ?? ''), /^Not in the cohort: care began before the data do \(the first episode in them, from 01\/06\/2024 at worked-example row \d+, has reason for new episode L, not S\), so 2½ years in care since 01\/10\/2023 cannot be told/);
  const b3 = result.children.find((c) => c.child === 'B3');
  assert.match(reasonText(b3?.reason ?? ''), /^Not in the cohort: looked after continuously since 01\/05\/2024/);
});
