import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claCeased } from '../measures/cla-ceased/index.ts';
import { claCount } from '../measures/cla-count/index.ts';
import { claStarts } from '../measures/cla-starts/index.ts';
import { missingChildren } from '../measures/missing-children/index.ts';
import { missingIncidents } from '../measures/missing-incidents/index.ts';
import { missingRhiOfferedPct } from '../measures/missing-rhi-offered-pct/index.ts';
import { missingEpisode } from '../measures/shared/example-records.ts';
import { exampleDay, exampleInput, type ExampleChild } from '../measures/example-kit.ts';
import type { ChildOutcome, MeasureDefinition, MeasureInput, MeasureResult } from '../measures/measure.ts';
import type { LaConfig } from '../config/la-config.ts';
import type { SsdInvolvement } from '../timeline/record-views.ts';
import { careLeaversInTouchPct1921 } from '../measures/care-leavers-in-touch-pct-19-21/index.ts';
import { careLeaver } from '../measures/shared/care-leaver-examples.ts';
import { breakdownContext, breakdownOf, breakdownsOf, groupFigures } from './breakdown.ts';
import { explainChild } from './explain-child.ts';
import { dimensionById, type Dimension } from './dimensions/dimensions.ts';

const definition = (unit: MeasureDefinition['unit'], decimals = 0): MeasureDefinition => ({ ...claCount.definition, id: 'x', unit, decimals });
const outcome = (child: string, inCohort: boolean, met: boolean | null, value?: number): ChildOutcome =>
  value === undefined ? { child, inCohort, met, reason: 'example' } : { child, inCohort, met, reason: 'example', value };

test('a percentage group is those counted over those in the cohort, rounded to the definition’s decimals', () => {
  const g = groupFigures('Male', [outcome('a', true, true), outcome('b', true, false), outcome('c', true, true), outcome('d', false, null)], definition('percent', 1));
  assert.deepEqual(g, { group: 'Male', numerator: 2, denominator: 3, value: 66.7, cohort: 3 });
});

test('an empty percentage group has no value rather than zero', () => {
  assert.deepEqual(groupFigures('Female', [], definition('percent', 1)), { group: 'Female', numerator: 0, denominator: 0, value: null, cohort: 0 });
});

test('a count group counts the children met, or adds up their own values where the measure counts per child', () => {
  assert.deepEqual(groupFigures('g', [outcome('a', true, true), outcome('b', false, null)], definition('count')), { group: 'g', numerator: 1, denominator: null, value: 1, cohort: 1 });
  assert.deepEqual(groupFigures('g', [outcome('a', true, true, 3), outcome('b', true, true, 2)], definition('count')), { group: 'g', numerator: 5, denominator: null, value: 5, cohort: 2 });
});

test('an average group is the children’s own values added up over the number of children with one', () => {
  const g = groupFigures('g', [outcome('a', true, true, 400), outcome('b', true, true, 501), outcome('c', true, false)], definition('days'));
  assert.deepEqual(g, { group: 'g', numerator: 901, denominator: 2, value: 451, cohort: 3 });
  assert.equal(groupFigures('g', [outcome('a', true, true, 13), outcome('b', true, true, 14)], definition('score', 1)).value, 13.5);
});

test('a percentage of events adds up each child’s events, so the groups sum to the measure’s own figures', () => {
  // Child a: 1 of 3 missing episodes had an interview offered; child b: 2 of 2. The measure: 3 of 5 = 60%.
  const events: ChildOutcome[] = [
    { child: 'a', inCohort: true, met: false, reason: 'example', events: { met: 1, of: 3 } },
    { child: 'b', inCohort: true, met: true, reason: 'example', events: { met: 2, of: 2 } },
  ];
  assert.deepEqual(groupFigures('g', events, definition('percent')), { group: 'g', numerator: 3, denominator: 5, value: 60, cohort: 2 });
});

test('a rate group keeps the count but no value, since there is no population per group', () => {
  assert.deepEqual(groupFigures('g', [outcome('a', true, true)], definition('rate-per-10000')), { group: 'g', numerator: 1, denominator: null, value: null, cohort: 1 });
});

const children: ExampleChild[] = [
  { child: 'B1', dob: '01/06/2025', sex: 'F', episodes: [{ start: '01/01/2026' }] },
  { child: 'B2', dob: '01/06/2012', sex: 'M', episodes: [{ start: '01/01/2025' }] },
  { child: 'B3', dob: '01/06/2013', sex: 'M', episodes: [{ start: '01/01/2025', ls: 'V3', place: 'K2' }] },
  { child: 'B4', dob: '01/06/2014', sex: 'M', episodes: [{ start: '01/01/2025' }] },
];
const input = exampleInput({ name: '', explanation: '', children, month: '2026-03', expected: { numerator: null, denominator: null, value: null } });
const dim = (id: string): Dimension => dimensionById(id) ?? assert.fail(id);

test('a breakdown of children looked after by age band lists every band in order and adds up to the total', () => {
  const result = claCount.compute(input, exampleDay('31/03/2026'));
  const b = breakdownOf(result, claCount.definition, breakdownContext(dim('age_band'), input));
  assert.equal(b.dimension, 'age_band');
  // B3 is on a short break: out of the cohort, so in no group's count.
  assert.deepEqual(b.groups.map((g) => [g.group, g.numerator]), [['Under 1 year', 1], ['1 to 4 years', 0], ['5 to 9 years', 0], ['10 to 15 years', 2], ['16 years and over', 0]]);
  assert.equal(b.groups.reduce((n, g) => n + (g.numerator ?? 0), 0), result.numerator);
});

test('groups outside the listed ones follow them, and each month uses the children’s groups at its own end', () => {
  const ctx = breakdownContext(dim('legal_status_group'), input);
  const made: MeasureResult = { id: 'x', month: '2024-12', numerator: 1, denominator: null, value: 1, children: [outcome('B2', true, true), outcome('nobody', true, true)] };
  const b = breakdownOf(made, definition('count'), ctx);
  assert.deepEqual(b.groups.slice(5).map((g) => [g.group, g.numerator]), [['Not looked after on the date', 1], ['Unknown child', 1]]);
  const later = breakdownOf({ ...made, month: '2026-03' }, definition('count'), ctx);
  assert.equal(later.groups.find((g) => g.group === 'Care order')?.numerator, 1);
});

test('a breakdown of an unavailable measure is unavailable, and so is one whose dimension lacks data', () => {
  const ctx = breakdownContext(dim('sex'), input);
  const unavailable: MeasureResult = { id: 'x', month: '2026-03', numerator: null, denominator: null, value: null, unavailable: 'Needs the SSD ssd_cla_visits table.', children: [] };
  assert.deepEqual(breakdownOf(unavailable, definition('percent'), ctx), { dimension: 'sex', groups: [], unavailable: 'The measure is unavailable. Needs the SSD ssd_cla_visits table.' });
  const noSsd = { ...input, supplied: new Set(['ssda903.episodes'] as const) };
  const b = breakdownOf(claCount.compute(noSsd, exampleDay('31/03/2026')), claCount.definition, breakdownContext(dim('team'), noSsd));
  assert.equal(b.unavailable, 'Needs the SSD ssd_involvements table, which the data does not include.');
});

test('a rate breakdown says why its groups have no value', () => {
  const b = breakdownOf(claCount.compute(input, exampleDay('31/03/2026')), definition('rate-per-10000'), breakdownContext(dim('sex'), input));
  assert.match(b.note ?? '', /population of each group/);
  assert.deepEqual(b.groups.map((g) => [g.group, g.numerator, g.value]), [['Male', 2, null], ['Female', 1, null], ['Unknown', 0, null]]);
});

test('each child is grouped as their own, whichever order results list them in', () => {
  // The breakdown remembers the ids it last saw at each place of a child list; a result listing other children,
  // or the same ones in another order, must still find each child's own group.
  const ctx = breakdownContext(dim('sex'), input);
  const list = (...ids: string[]): MeasureResult => ({ id: 'x', month: '2026-03', numerator: null, denominator: null, value: null, children: ids.map((c) => outcome(c, true, true)) });
  const figures = (r: MeasureResult) => breakdownOf(r, definition('count'), ctx).groups.map((g) => [g.group, g.numerator]);
  assert.deepEqual(figures(list('B1', 'B2', 'B4')), [['Male', 2], ['Female', 1], ['Unknown', 0]]);
  assert.deepEqual(figures(list('B2', 'B1', 'nobody')), [['Male', 1], ['Female', 1], ['Unknown', 0], ['Unknown child', 1]]);
  assert.deepEqual(figures(list('B1', 'B1', 'B1')), [['Male', 0], ['Female', 3], ['Unknown', 0]]);
  assert.deepEqual(figures(list('B4', 'B2')), [['Male', 2], ['Female', 0], ['Unknown', 0]]);
});

test('a context keeps the groups of the latest month ends only, and works out an earlier one again when asked', () => {
  const ctx = breakdownContext(dim('legal_status_group'), input);
  const made = (month: string): MeasureResult => ({ id: 'x', month, numerator: 1, denominator: null, value: 1, children: [outcome('B2', true, true)] });
  const groupOf = (month: string) => breakdownOf(made(month), definition('count'), ctx).groups.find((g) => g.numerator === 1)?.group;
  assert.equal(groupOf('2024-12'), 'Not looked after on the date');
  for (const month of ['2025-06', '2025-09', '2025-12', '2026-03']) assert.equal(groupOf(month), 'Care order');
  assert.ok(ctx.cache.size <= 3);
  assert.equal(groupOf('2024-12'), 'Not looked after on the date');
});

test('one result broken down for two units gives each unit’s figures: what a child adds is worked out again when the unit differs', () => {
  const made: MeasureResult = { ...claCount.compute(input, exampleDay('31/03/2026')) };
  made.children = made.children.map((o, i) => (o.inCohort ? { ...o, met: i % 2 === 0, value: 10 * (i + 1) } : o));
  const ctx = breakdownContext(dim('sex'), input);
  const figures = (unit: MeasureDefinition['unit']) => breakdownOf(made, definition(unit), ctx).groups.map((g) => [g.group, g.numerator, g.denominator]);
  const inCohort = made.children.filter((o) => o.inCohort);
  const sexOf = (child: string) => children.find((c) => c.child === child)?.sex;
  const expect = (unit: MeasureDefinition['unit'], group: string) => {
    const own = inCohort.filter((o) => (sexOf(o.child) === 'F' ? 'Female' : 'Male') === group);
    const g = groupFigures(group, own, definition(unit));
    return [group, g.numerator, g.denominator];
  };
  for (const unit of ['percent', 'count', 'days', 'rate-per-10000', 'percent'] as const) {
    const got = figures(unit);
    for (const row of got.filter((r) => r[0] === 'Female' || r[0] === 'Male')) assert.deepEqual(row, expect(unit, row[0] as string), unit);
  }
  assert.deepEqual(figures('count').find((r) => r[0] === 'Male'), ['Male', inCohort.filter((o) => o.met === true && sexOf(o.child) === 'M').reduce((s, o) => s + (o.value ?? 0), 0), null]);
});

test('breaking a result down by several dimensions at once gives what each gives alone, unavailable ones included', () => {
  const result = claCount.compute(input, exampleDay('31/03/2026'));
  // Without the SSD, the team breakdown is unavailable.
  const noSsd: MeasureInput = { ...input, supplied: new Set(['ssda903.episodes'] as const) };
  const ids = ['age_band', 'sex', 'team', 'legal_status_group', 'placement_type_group'];
  for (const from of [input, noSsd]) {
    const fresh = () => ids.map((id) => breakdownContext(dim(id), from));
    const alone = fresh().map((ctx) => breakdownOf(claCount.compute(from, exampleDay('31/03/2026')), claCount.definition, ctx));
    const together = breakdownsOf(claCount.compute(from, exampleDay('31/03/2026')), claCount.definition, fresh());
    assert.deepEqual(together, alone);
    assert.equal(together.some((b) => b.unavailable !== undefined), from === noSsd);
    assert.ok(together.some((b) => b.groups.some((g) => (g.numerator ?? 0) > 0)));
  }
  const off: MeasureResult = { ...result, unavailable: 'Needs x.' };
  assert.deepEqual(breakdownsOf(off, claCount.definition, [breakdownContext(dim('sex'), input), breakdownContext(dim('team'), input)]).map((b) => [b.dimension, b.unavailable]), [
    ['sex', 'The measure is unavailable. Needs x.'], ['team', 'The measure is unavailable. Needs x.'],
  ]);
  const other: MeasureInput = { ...input, timelines: [...input.timelines] };
  assert.throws(() => breakdownsOf(result, claCount.definition, [breakdownContext(dim('sex'), input), breakdownContext(dim('sex'), other)]), /different inputs/);
});

test('children counted for leaving care are grouped as on their last day in care, and those coming in as on the day they came', () => {
  const flows: ExampleChild[] = [
    // Left care on 15/03/2026 from a care order in foster care: on 31/03/2026 neither applies any more.
    { child: 'L1', dob: '01/06/2012', episodes: [{ start: '01/01/2025', end: '15/03/2026', ls: 'C2', place: 'U4', rec: 'E4A' }] },
    // Came into care under section 20 on 10/03/2026, then a care order from 20/03/2026.
    { child: 'S1', dob: '01/06/2012', episodes: [{ start: '10/03/2026', end: '20/03/2026', ls: 'V2', place: 'U6', rec: 'X1' }, { start: '20/03/2026', rne: 'L', ls: 'C2', place: 'U6' }] },
  ];
  const flowInput = exampleInput({ name: '', explanation: '', children: flows, month: '2026-03', expected: { numerator: null, denominator: null, value: null } });
  const groupsOf = (result: MeasureResult, definition: MeasureDefinition, id: string) =>
    breakdownOf(result, definition, breakdownContext(dim(id), flowInput)).groups.filter((g) => g.cohort > 0).map((g) => [g.group, g.numerator]);
  const ceased = claCeased.compute(flowInput, exampleDay('31/03/2026'));
  assert.deepEqual(groupsOf(ceased, claCeased.definition, 'legal_status_group'), [['Care order', 1]]);
  assert.deepEqual(groupsOf(ceased, claCeased.definition, 'placement_type_group'), [['Foster care', 1]]);
  const starts = claStarts.compute(flowInput, exampleDay('31/03/2026'));
  assert.deepEqual(groupsOf(starts, claStarts.definition, 'legal_status_group'), [['Voluntary agreement under section 20', 1]]);
});

test('children counted for going missing are grouped as on the day their latest counted episode began', () => {
  const children: ExampleChild[] = [
    // Went missing on 05/03/2026 from a section 20 residential placement, left care on 09/03/2026: on
    // 31/03/2026 neither applies any more.
    { child: 'M1', dob: '01/05/2010', episodes: [{ start: '01/01/2024', end: '09/03/2026', ls: 'V2', place: 'K2', rec: 'E4A' }], ssd: { missing: [missingEpisode('Missing', '05/03/2026', '06/03/2026', 'Y')] } },
    // Went missing twice from a children's home; moved to foster care under a care order on 25/03/2026.
    { child: 'M2', dob: '01/05/2010', episodes: [{ start: '01/01/2024', end: '25/03/2026', ls: 'C2', place: 'K2', rec: 'X1' }, { start: '25/03/2026', rne: 'P', ls: 'C2', place: 'U4' }], ssd: { missing: [missingEpisode('Missing', '02/03/2026', '03/03/2026', 'Y'), missingEpisode('Missing', '10/03/2026', '11/03/2026', 'N')] } },
  ];
  const missingInput = exampleInput({ name: '', explanation: '', children, month: '2026-03', expected: { numerator: null, denominator: null, value: null } });
  const groupsOf = (result: MeasureResult, definition: MeasureDefinition, id: string) =>
    breakdownOf(result, definition, breakdownContext(dim(id), missingInput)).groups.filter((g) => g.cohort > 0).map((g) => [g.group, g.numerator, g.denominator]);
  const march = exampleDay('31/03/2026');
  for (const m of [missingChildren, missingIncidents, missingRhiOfferedPct]) {
    const result = m.compute(missingInput, march);
    assert.deepEqual(groupsOf(result, m.definition, 'placement_type_group').map(([g]) => g), ['Secure homes and children’s homes'], m.definition.id);
  }
  assert.deepEqual(groupsOf(missingChildren.compute(missingInput, march), missingChildren.definition, 'legal_status_group'), [['Care order', 1, null], ['Voluntary agreement under section 20', 1, null]]);
  assert.deepEqual(groupsOf(missingIncidents.compute(missingInput, march), missingIncidents.definition, 'placement_type_group'), [['Secure homes and children’s homes', 3, null]]);
  assert.deepEqual(groupsOf(missingRhiOfferedPct.compute(missingInput, march), missingRhiOfferedPct.definition, 'placement_type_group'), [['Secure homes and children’s homes', 2, 3]]);
});

test('care leavers are grouped by the team on their latest care-leaver row by the month end, else by their allocation', () => {
  const teams = (...ids: string[]) => ids.map((id) => ({ id, name: `${id} team`, service: 'children-in-care' as const }));
  const config: LaConfig = {
    name: 'Exampleshire', laCode: 'E10000099', population: [{ year: 2025, children0to17: 10_000, source: 'example' }], synthetic: true,
    districts: [
      { id: 'N', name: 'North', postcodeDistricts: ['DM1'], teams: teams('N-CIC1', 'N-LC') },
      { id: 'S', name: 'South', postcodeDistricts: ['DM2'], teams: teams('S-LC') },
      { id: 'W', name: 'West', postcodeDistricts: ['DM3'], teams: teams('W-LC') },
    ],
  };
  const involvement = (team: string, role: string): SsdInvolvement => ({ role, team, start: exampleDay('01/01/2022'), end: null, file: 'synthetic', row: 2 });
  const leaver = (child: string, rows: { contact: string; team: string }[], inv: SsdInvolvement): ExampleChild => {
    const c = careLeaver(child, '15/06/2006', '01/01/2025', rows.map((r) => ({ contact: r.contact })));
    const careLeavers = (c.ssd?.careLeavers ?? []).map((r, i) => ({ ...r, team: rows[i]?.team ?? '' }));
    return { ...c, ssd: { ...c.ssd, careLeavers, involvements: [inv] } };
  };
  const leavers = [
    // The social worker's involvement was never closed; the care-leaver rows name the leaving care team, the
    // latest by 31 March South's (a row after the month end, West's, is not yet).
    leaver('C1', [{ contact: '01/12/2025', team: 'N-LC' }, { contact: '01/02/2026', team: 's-lc' }, { contact: '15/04/2026', team: 'W-LC' }], involvement('N-CIC1', 'Allocated Social Worker')),
    // The latest row by 31 March records no team: the personal adviser's allocation.
    leaver('C2', [{ contact: '01/12/2025', team: 'W-LC' }, { contact: '01/03/2026', team: '' }], involvement('N-LC', 'Personal Adviser')),
  ];
  const leaverInput = exampleInput({ name: '', explanation: '', children: leavers, config, month: '2026-03', expected: { numerator: null, denominator: null, value: null } });
  const march = exampleDay('31/03/2026');
  const result = careLeaversInTouchPct1921.compute(leaverInput, march);
  assert.equal(result.denominator, 2);
  const ctx = { team: breakdownContext(dim('team'), leaverInput), district: breakdownContext(dim('district'), leaverInput) };
  const met = (b: { groups: { group: string; cohort: number }[] }) => b.groups.filter((g) => g.cohort > 0).map((g) => [g.group, g.cohort]);
  const [team, district] = breakdownsOf(result, careLeaversInTouchPct1921.definition, [ctx.team, ctx.district]);
  assert.deepEqual(met(team ?? assert.fail()), [['N-LC team', 1], ['S-LC team', 1]]);
  assert.deepEqual(met(district ?? assert.fail()), [['North', 1], ['South', 1]]);
  // Any other measure, with the same contexts, groups them by their allocation.
  const listed: MeasureResult = { id: 'x', month: '2026-03', numerator: 2, denominator: null, value: 2, children: [outcome('C1', true, true), outcome('C2', true, true)] };
  assert.deepEqual(met(breakdownOf(listed, definition('count'), ctx.team)), [['N-CIC1 team', 1], ['N-LC team', 1]]);
  // And the explanation of a care leaver names the group the breakdown gives them.
  const timeline = leaverInput.timelines.find((t) => t.child === 'C1') ?? assert.fail();
  assert.match(explainChild(careLeaversInTouchPct1921, result, timeline, leaverInput, march).at(-1) ?? '', /district: South; team: S-LC team;/);
});
