// The reasons reviews_in_time_pct gives (synthetic; no real child data).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exampleDay, exampleInput } from '../example-kit.ts';
import { reasonText } from '../measure.ts';
import { compute } from './compute.ts';
import { examples } from './examples.ts';

test('a child judged from the start of the review records is told so, not only "in time"', () => {
  const example = examples.find((e) => e.name.startsWith('a first review held before the records begin'));
  assert.ok(example);
  const r = compute(exampleInput(example), exampleDay('31/03/2026')).children.find((c) => c.child === 'R');
  assert.equal(r?.met, true);
  assert.match(reasonText(r?.reason ?? ''), /^In time: .*\. Care began before the review records do \(20\/03\/2025\), so any review before then is not in the data, and the first one seen was allowed 6 months from that day, the longest interval the regulation allows/);
});
