// Tests of one child's explanation (carestats explain), on synthetic example children (no real child data).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claCeased } from '../measures/cla-ceased/index.ts';
import { claCount } from '../measures/cla-count/index.ts';
import { missingRhiOfferedPct } from '../measures/missing-rhi-offered-pct/index.ts';
import { missingEpisode } from '../measures/shared/example-records.ts';
import { exampleDay, exampleInput, type ExampleChild } from '../measures/example-kit.ts';
import { explainChild } from './explain-child.ts';

const children: ExampleChild[] = [
  { child: 'L1', dob: '01/06/2012', episodes: [{ start: '01/01/2025', end: '15/03/2026', ls: 'C2', place: 'U4', rec: 'E4A' }] },
  { child: 'K1', dob: '01/06/2012', episodes: [{ start: '01/01/2025', ls: 'V2', place: 'K2' }] },
];
const input = exampleInput({ name: '', explanation: '', children, month: '2026-03', expected: { numerator: null, denominator: null, value: null } });
const monthEnd = exampleDay('31/03/2026');

function explain(measure: typeof claCount, child: string): string[] {
  const timeline = input.timelines.find((t) => t.child === child) ?? assert.fail(child);
  return explainChild(measure, measure.compute(input, monthEnd), timeline, input, monthEnd);
}

test('a child in care at the month end is explained with their groups on the month end', () => {
  const lines = explain(claCount, 'K1');
  assert.ok(lines.includes('In the cohort: yes'));
  assert.match(lines.at(-1) ?? '', /^Breakdown groups on 31 March 2026: .*legal status: Voluntary agreement under section 20; placement type: Secure homes and children’s homes/);
});

test('a child who left care is explained with the groups the breakdowns give them, on their last day in care', () => {
  const lines = explain(claCeased, 'L1');
  assert.match(lines.at(-1) ?? '', /^Breakdown groups on 14 March 2026 \(the day this measure groups the child on, rather than the month end\): .*legal status: Care order; placement type: Foster care/);
});

test('a child counted for some of their events is explained with how many, not yes or no', () => {
  // Two missing episodes ended in March, an interview offered after one: the child adds 1 of 2 to the figure.
  const m: ExampleChild = { child: 'M1', dob: '01/05/2010', episodes: [{ start: '01/01/2024', ls: 'C2', place: 'K2' }], ssd: { missing: [missingEpisode('Missing', '02/03/2026', '03/03/2026', 'Y'), missingEpisode('Missing', '10/03/2026', '11/03/2026', 'N')] } };
  const withMissing = exampleInput({ name: '', explanation: '', children: [m], month: '2026-03', expected: { numerator: null, denominator: null, value: null } });
  const timeline = withMissing.timelines[0] ?? assert.fail('no timeline');
  const lines = explainChild(missingRhiOfferedPct, missingRhiOfferedPct.compute(withMissing, monthEnd), timeline, withMissing, monthEnd);
  assert.ok(lines.includes('In the cohort: yes'));
  assert.match(lines.find((l) => l.startsWith('Counted in the numerator')) ?? '', /: 1 of the child’s 2$/);
});
