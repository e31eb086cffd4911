import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LaConfig } from '../../config/la-config.ts';
import type { SsdInvolvementRecord, SsdPersonRecord, UascRecord } from '../../ingest/records.ts';
import { ALL_TABLES, exampleDay, exampleInput, type ExampleChild } from '../../measures/example-kit.ts';
import type { SuppliedTable } from '../../timeline/build-timelines.ts';
import type { SsdDepartment } from '../../timeline/record-views.ts';
import { allocationOn } from './allocation.ts';
import { DIMENSIONS, dimensionById, type PreparedDimension } from './dimensions.ts';

const source = { file: 'synthetic', row: 2 };

const involvement = (team: string, start: string, end?: string, role = 'Allocated Social Worker'): SsdInvolvementRecord => ({
  role, team, start: exampleDay(start),
  end: end === undefined ? null : exampleDay(end), changeReason: '', personId: 'K1', ...source,
});

const config: LaConfig = {
  name: 'Exampleshire', laCode: 'E10000099', population: [{ year: 2025, children0to17: 10_000, source: 'example' }], synthetic: true,
  districts: [
    { id: 'N', name: 'North', postcodeDistricts: ['DM1'], teams: [{ id: 'N-CIC1', name: 'North CIC 1', service: 'children-in-care' }] },
    { id: 'S', name: 'South', postcodeDistricts: ['DM2'], teams: [{ id: 'S-CIC1', name: 'South CIC 1', service: 'children-in-care' }] },
  ],
};

/** Prepares a dimension for one example child and returns the child's group on each date. */
function groupsOf(dimension: string, child: ExampleChild, dates: string[], supplied: SuppliedTable[] = [...ALL_TABLES], cfg: LaConfig | undefined = config, departments: SsdDepartment[] = []): string[] {
  const example = exampleInput({ name: '', explanation: '', children: [child], config: cfg, supplied, month: '2026-03', expected: { numerator: null, denominator: null, value: null } });
  const input = { ...example, departments };
  const prepared = dimensionById(dimension)?.prepare(input) as PreparedDimension;
  const timeline = input.timelines[0];
  assert.ok(timeline);
  return dates.map((d) => prepared.groupOf(timeline, exampleDay(d)));
}

const child = (extra: Partial<ExampleChild> = {}): ExampleChild => ({ child: 'K1', dob: '15/06/2012', episodes: [{ start: '01/01/2025' }], ...extra });

test('district and team follow the worker allocated on the date; a handover day belongs to the new team', () => {
  const k = child({ ssd: { involvements: [involvement('N-CIC1', '01/01/2025', '10/03/2026'), involvement('S-CIC1', '10/03/2026')] } });
  assert.deepEqual(groupsOf('team', k, ['09/03/2026', '10/03/2026']), ['North CIC 1', 'South CIC 1']);
  assert.deepEqual(groupsOf('district', k, ['09/03/2026', '10/03/2026']), ['North', 'South']);
});

test('a team recorded by name is matched to la-config, ignoring case', () => {
  const k = child({ ssd: { involvements: [involvement('south cic 1', '01/01/2025')] } });
  assert.deepEqual(groupsOf('district', k, ['31/03/2026']), ['South']);
});

test('with no allocation in force the child is not allocated; a team la-config does not list keeps its own name', () => {
  const k = child({ ssd: { involvements: [involvement('EDT', '01/02/2026')] } });
  assert.deepEqual(groupsOf('team', k, ['31/01/2026', '31/03/2026']), ['Not allocated', 'EDT']);
  assert.deepEqual(groupsOf('district', k, ['31/03/2026']), ['Team not in la-config.json']);
});

const department = (teamId: string, teamName: string, parentId = '', parentName = ''): SsdDepartment => ({ teamId, teamName, parentId, parentName });
const departments = [
  department('N', 'North District'), department('E', 'East District'),
  department('N-CIC1', 'North Children in Care 1 (SSD name)', 'N', 'North District'),
  department('E-CIC1', 'East Children in Care 1', 'E', 'East District'),
  department('E-LC', 'East Leaving Care', 'E'),
  department('EDT', 'Emergency Duty Team'),
];

test('a team la-config does not list is named from ssd_department by id or name, its district the team’s parent', () => {
  const byId = child({ ssd: { involvements: [involvement('e-cic1', '01/01/2025')] } });
  assert.deepEqual(groupsOf('team', byId, ['31/03/2026'], undefined, config, departments), ['East Children in Care 1']);
  assert.deepEqual(groupsOf('district', byId, ['31/03/2026'], undefined, config, departments), ['East District']);
  const byName = child({ ssd: { involvements: [involvement(' East Children in Care 1', '01/01/2025')] } });
  assert.deepEqual(groupsOf('team', byName, ['31/03/2026'], undefined, config, departments), ['East Children in Care 1']);
  // A parent given by id only is named from its own row.
  const leaving = child({ ssd: { involvements: [involvement('E-LC', '01/01/2025')] } });
  assert.deepEqual(groupsOf('district', leaving, ['31/03/2026'], undefined, config, departments), ['East District']);
  // A team with no parent, or in neither, has no known district.
  const edt = child({ ssd: { involvements: [involvement('EDT', '01/01/2025')] } });
  assert.deepEqual(groupsOf('team', edt, ['31/03/2026'], undefined, config, departments), ['Emergency Duty Team']);
  assert.deepEqual(groupsOf('district', edt, ['31/03/2026'], undefined, config, departments), ['District not in la-config.json or ssd_department']);
});

test('la-config names a team it lists, whatever ssd_department says, and a parent it lists is named as la-config names it', () => {
  const listed = child({ ssd: { involvements: [involvement('N-CIC1', '01/01/2025')] } });
  assert.deepEqual(groupsOf('team', listed, ['31/03/2026'], undefined, config, departments), ['North CIC 1']);
  assert.deepEqual(groupsOf('district', listed, ['31/03/2026'], undefined, config, departments), ['North']);
  // A team la-config does not list whose parent is one of its districts (by the district's id).
  const other = [department('N-CIC9', 'North CIC 9', 'N', 'North District')];
  const unlisted = child({ ssd: { involvements: [involvement('N-CIC9', '01/01/2025')] } });
  assert.deepEqual(groupsOf('district', unlisted, ['31/03/2026'], undefined, config, other), ['North']);
});

test('with no districts in la-config, ssd_department alone gives the districts', () => {
  const k = child({ ssd: { involvements: [involvement('N-CIC1', '01/01/2025', '10/03/2026'), involvement('E-CIC1', '10/03/2026')] } });
  const bare = { ...config, districts: [] };
  assert.deepEqual(groupsOf('district', k, ['09/03/2026', '10/03/2026'], undefined, bare, departments), ['North District', 'East District']);
  assert.deepEqual(groupsOf('team', k, ['09/03/2026', '10/03/2026'], undefined, bare, departments), ['North Children in Care 1 (SSD name)', 'East Children in Care 1']);
});

test('an overlapping new allocation wins over the one not yet closed', () => {
  const day = exampleDay('31/03/2026');
  const found = allocationOn([involvement('N-CIC1', '01/01/2025'), involvement('S-CIC1', '01/03/2026')], day);
  assert.equal(found?.team, 'S-CIC1');
});

test('the allocation is the case holder’s: a reviewing officer never, a personal adviser only without a social worker', () => {
  const sw = involvement('N-CIC1', '01/01/2025');
  const iro = involvement('S-CIC1', '01/02/2026', undefined, 'Independent Reviewing Officer');
  const ssw = involvement('S-CIC1', '01/02/2026', undefined, 'Supervising Social Worker');
  const pa = involvement('S-CIC1', '01/02/2026', undefined, 'Personal Adviser');
  assert.deepEqual(groupsOf('team', child({ ssd: { involvements: [sw, iro, ssw] } }), ['31/03/2026']), ['North CIC 1']);
  assert.deepEqual(groupsOf('team', child({ ssd: { involvements: [iro] } }), ['31/03/2026']), ['Not allocated']);
  // A personal adviser appointed at 16 while the child is still in care: the social worker still holds the case.
  assert.deepEqual(groupsOf('district', child({ ssd: { involvements: [sw, pa] } }), ['31/03/2026']), ['North']);
  // Once the social worker's involvement has ended, the personal adviser is the allocation (a care leaver).
  const swEnded = involvement('N-CIC1', '01/01/2025', '01/03/2026');
  assert.deepEqual(groupsOf('district', child({ ssd: { involvements: [swEnded, pa] } }), ['28/02/2026', '31/03/2026']), ['North', 'South']);
  // The carers' workers by their other names are not the child's; an agency ('independent') social worker is.
  for (const role of ['Fostering Social Worker', 'Family Placement Social Worker', 'Adoption Social Worker']) {
    assert.deepEqual(groupsOf('team', child({ ssd: { involvements: [sw, involvement('S-CIC1', '01/02/2026', undefined, role)] } }), ['31/03/2026']), ['North CIC 1'], role);
  }
  assert.deepEqual(groupsOf('team', child({ ssd: { involvements: [involvement('S-CIC1', '01/02/2026', undefined, 'Independent Social Worker')] } }), ['31/03/2026']), ['South CIC 1']);
  // A role left blank may be the allocation.
  assert.deepEqual(groupsOf('team', child({ ssd: { involvements: [involvement('S-CIC1', '01/02/2026', undefined, '')] } }), ['31/03/2026']), ['South CIC 1']);
});

test('placement type during a temporary placement is the placement the child is expected to return to', () => {
  const k = child({ episodes: [{ start: '01/01/2025', end: '25/03/2026', place: 'U4', rec: 'X1' }, { start: '25/03/2026', end: '05/04/2026', place: 'T3', rec: 'X1' }, { start: '05/04/2026', place: 'U4' }] });
  assert.deepEqual(groupsOf('placement_type_group', k, ['24/03/2026', '31/03/2026']), ['Foster care', 'Foster care']);
});

test('the UASC group is taken from the row cla_uasc counts by, the latest return’s', () => {
  const row = (year: number, duc: string): UascRecord => ({ child: 'K1', sex: 'M', dob: exampleDay('15/06/2010'), duc: exampleDay(duc), ...source, year });
  // The 2024/25 return said status ceased on 01/02/2026; the 2025/26 return corrected it to the 18th birthday.
  const k = child({ dob: '15/06/2010', ssda903: { uasc: [row(2025, '01/02/2026'), row(2026, '15/06/2028')] } });
  assert.deepEqual(groupsOf('uasc', k, ['31/03/2026']), ['Unaccompanied asylum-seeking child']);
});

test('district needs involvements and districts from la-config or ssd_department; team needs involvements only', () => {
  const input = (supplied: SuppliedTable[], cfg: LaConfig | null) => ({ timelines: [], config: cfg, supplied: new Set(supplied) });
  assert.deepEqual(dimensionById('district')?.prepare(input(['ssda903.episodes'], config)), { unavailable: 'Needs the SSD ssd_involvements table, which the data does not include.' });
  assert.deepEqual(dimensionById('district')?.prepare(input(['ssd.involvements'], null)), { unavailable: 'Needs the council’s districts and their teams in la-config.json, or teams with their parents in the SSD ssd_department table.' });
  // ssd_department rows without parents name teams but give no districts.
  const noParents = { ...input(['ssd.involvements', 'ssd.departments'], null), departments: [department('EDT', 'Emergency Duty Team')] };
  assert.ok('unavailable' in (dimensionById('district')?.prepare(noParents) ?? {}));
  const withParents = { ...noParents, departments };
  const prepared = dimensionById('district')?.prepare(withParents);
  assert.ok(prepared && 'groups' in prepared);
  assert.deepEqual(prepared.groups, []);
  assert.ok(!('unavailable' in (dimensionById('team')?.prepare(input(['ssd.involvements'], null)) ?? {})));
});

test('age band is the age on the date: a first birthday moves a baby out of under 1', () => {
  assert.deepEqual(groupsOf('age_band', child({ dob: '31/03/2025' }), ['30/03/2026', '31/03/2026']), ['Under 1 year', '1 to 4 years']);
  assert.deepEqual(groupsOf('age_band', child({ dob: '01/04/2010' }), ['31/03/2026', '01/04/2026']), ['10 to 15 years', '16 years and over']);
});

test('a child born on 29 February moves up an age band on 1 March in a year without one', () => {
  assert.deepEqual(groupsOf('age_band', child({ dob: '29/02/2016' }), ['28/02/2026', '01/03/2026']), ['5 to 9 years', '10 to 15 years']);
});

test('sex and ethnic group come from the 903 Header', () => {
  assert.deepEqual(groupsOf('sex', child({ sex: 'F' }), ['31/03/2026']), ['Female']);
  assert.deepEqual(groupsOf('ethnicity_group', child({ ethnic: 'MWBA' }), ['31/03/2026']), ['Mixed or Multiple ethnic groups']);
});

test('EHC plan comes from the SSD SEND flag, and a child without an ssd_person row is not recorded', () => {
  const person = (sendFlag: string): SsdPersonRecord => ({ personId: 'K1', sex: 'M', ethnicity: 'WBRI', dob: null, upnUnknown: '', sendFlag, deathDate: null, nationality: '', ...source });
  assert.deepEqual(groupsOf('ehc_plan', child({ ssd: { person: person('Y') } }), ['31/03/2026']), ['Has an education, health and care plan']);
  assert.deepEqual(groupsOf('ehc_plan', child({ ssd: { person: person('N') } }), ['31/03/2026']), ['No education, health and care plan']);
  assert.deepEqual(groupsOf('ehc_plan', child(), ['31/03/2026']), ['Not recorded']);
});

test('disabled when ssd_disability holds a row for the child, whatever its code; the table is needed, even with no rows', () => {
  const disability = (code: string) => ({ code, ...source });
  assert.deepEqual(groupsOf('disability', child({ ssd: { disabilities: [disability('AUT'), disability('HEAR')] } }), ['31/03/2026']), ['Disabled']);
  assert.deepEqual(groupsOf('disability', child(), ['31/03/2026']), ['No disability recorded']);
  const without = ALL_TABLES.filter((t) => t !== 'ssd.disabilities');
  const prepared = dimensionById('disability')?.prepare({ timelines: [], config: null, supplied: new Set(without) });
  assert.deepEqual(prepared, { unavailable: 'Needs the SSD ssd_disability table, which the data does not include.' });
  // The EHC plan (SEND flag) is another thing: a disabled child without one is in each dimension's own group.
  const person: SsdPersonRecord = { personId: 'K1', sex: 'M', ethnicity: 'WBRI', dob: null, upnUnknown: '', sendFlag: 'N', deathDate: null, nationality: '', ...source };
  const k = child({ ssd: { person, disabilities: [disability('VIS')] } });
  assert.deepEqual([groupsOf('disability', k, ['31/03/2026'])[0], groupsOf('ehc_plan', k, ['31/03/2026'])[0]], ['Disabled', 'No education, health and care plan']);
});

test('the groups carestats names (every dimension but the council’s own teams and districts) are in words, without acronyms', () => {
  const input = exampleInput({ name: '', explanation: '', children: [child()], config, month: '2026-03', expected: { numerator: null, denominator: null, value: null } });
  for (const d of DIMENSIONS.filter((x) => x.id !== 'team' && x.id !== 'district')) {
    const prepared = d.prepare(input) as PreparedDimension;
    for (const group of prepared.groups) assert.doesNotMatch(group, /\b[A-Z]{2,}\b/, `${d.id}: ${group}`);
  }
  assert.deepEqual((dimensionById('uasc')?.prepare(input) as PreparedDimension).groups, [
    'Unaccompanied asylum-seeking child', 'Former unaccompanied asylum-seeking child', 'Not an unaccompanied asylum-seeking child',
  ]);
});

test('UASC until the date status ceased (DUC), former UASC from that day', () => {
  const uasc: UascRecord = { child: 'K1', sex: 'M', dob: exampleDay('15/06/2009'), duc: exampleDay('15/06/2027'), ...source, year: 2026 };
  const k = child({ dob: '15/06/2009', ssda903: { uasc: [uasc] } });
  assert.deepEqual(groupsOf('uasc', k, ['31/03/2026', '15/06/2027']), ['Unaccompanied asylum-seeking child', 'Former unaccompanied asylum-seeking child']);
  assert.deepEqual(groupsOf('uasc', child(), ['31/03/2026']), ['Not an unaccompanied asylum-seeking child']);
  // A care leaver in the returns only through OC3 (no episode in them): no return shows whether they were UASC.
  assert.deepEqual(groupsOf('uasc', child({ dob: '15/06/2005', episodes: [] }), ['31/03/2026']), ['Not known: not looked after in the returns supplied']);
  const none = exampleInput({ name: '', explanation: '', children: [], supplied: ['ssda903.episodes'], month: '2026-03', expected: { numerator: null, denominator: null, value: null } });
  assert.deepEqual(dimensionById('uasc')?.prepare(none), { unavailable: 'Needs the SSDA903 UASC table, which the data does not include.' });
});

test('legal status and placement type are those of the episode in force on the date', () => {
  const k = child({ episodes: [{ start: '01/01/2025', end: '01/03/2026', ls: 'V2', place: 'U4', rec: 'X1' }, { start: '01/03/2026', ls: 'C2', place: 'K2', rne: 'B' }] });
  assert.deepEqual(groupsOf('legal_status_group', k, ['28/02/2026', '01/03/2026']), ['Voluntary agreement under section 20', 'Care order']);
  // Remanded (J1), then an emergency protection order (L2): DfE groups youth justice apart from protection.
  const remand = child({ episodes: [{ start: '01/01/2026', end: '01/03/2026', ls: 'J1', place: 'K1', rec: 'X1' }, { start: '01/03/2026', ls: 'L2', place: 'U4', rne: 'B' }] });
  assert.deepEqual(groupsOf('legal_status_group', remand, ['28/02/2026', '01/03/2026']), ['Youth justice legal status', 'Detained for child protection']);
  assert.deepEqual(groupsOf('placement_type_group', k, ['28/02/2026', '01/03/2026']), ['Foster care', 'Secure homes and children’s homes']);
  assert.deepEqual(groupsOf('placement_type_group', k, ['31/12/2024']), ['Not looked after on the date']);
});

test('placement groups follow DfE’s tables across the code changes: semi-independent living (H5) then supported accommodation (K3), a residential care home (R1) apart from children’s homes', () => {
  const k = child({ dob: '01/05/2008', episodes: [
    { start: '01/01/2024', end: '01/06/2024', ls: 'C2', place: 'H5', rec: 'X1' }, { start: '01/06/2024', end: '01/01/2026', ls: 'C2', place: 'K3', rec: 'X1', rne: 'P' },
    { start: '01/01/2026', ls: 'C2', place: 'R1', rne: 'P' },
  ] });
  assert.deepEqual(groupsOf('placement_type_group', k, ['31/03/2024', '31/03/2025', '31/03/2026']), [
    'Independent and semi-independent living arrangements / supported accommodation', 'Independent and semi-independent living arrangements / supported accommodation', 'Other residential settings',
  ]);
});

test('a child on a short break is in a group of its own, not with children detained for their protection', () => {
  const k = child({ episodes: [{ start: '01/01/2026', end: '10/01/2026', ls: 'V3', place: 'K2', rec: 'E8' }, { start: '01/03/2026', ls: 'L1', place: 'U6' }] });
  assert.deepEqual(groupsOf('legal_status_group', k, ['05/01/2026', '31/03/2026']), ['Short breaks (not counted as looked after in DfE figures)', 'Detained for child protection']);
});

test('before the ssd_involvements records begin, a child’s team and district are not known, not "Not allocated"', () => {
  // An SSD extract of the allocations in force from 1 April 2025 beside SSDA903 returns going back years: the
  // allocation in force then keeps its own start (2023), but one that ended in 2024 is not in the extract.
  const k = child({ episodes: [{ start: '01/01/2023' }], ssd: { involvements: [involvement('N-CIC1', '01/06/2023', '10/05/2025'), involvement('S-CIC1', '10/05/2025')] } });
  const input = exampleInput({
    name: '', explanation: '', children: [k], config, recordsBegin: { 'ssd.involvements': '01/04/2025' }, month: '2026-03',
    expected: { numerator: null, denominator: null, value: null },
  });
  const timeline = input.timelines[0];
  assert.ok(timeline);
  for (const [dimension, after] of [['team', 'South CIC 1'], ['district', 'South']] as const) {
    const prepared = dimensionById(dimension)?.prepare(input) as PreparedDimension;
    const groups: string[] = ['31/01/2024', '31/03/2025', '30/04/2025', '31/05/2025'].map((d): string => prepared.groupOf(timeline, exampleDay(d)));
    assert.deepEqual(groups, ['Not known: ssd_involvements records begin in April 2025', 'Not known: ssd_involvements records begin in April 2025', dimension === 'team' ? 'North CIC 1' : 'North', after]);
  }
});

test('after the SSD extract ends, a child’s team and district are not known either', () => {
  // The SSD tables end on 15/01/2026 (the last thing in them); the allocation open then may have changed since.
  const k = child({ episodes: [{ start: '01/01/2023' }], ssd: { involvements: [involvement('N-CIC1', '01/06/2023')] } });
  const input = exampleInput({ name: '', explanation: '', children: [k], config, ssdEnds: '15/01/2026', month: '2026-03', expected: { numerator: null, denominator: null, value: null } });
  const timeline = input.timelines[0];
  assert.ok(timeline);
  for (const [dimension, known] of [['team', 'North CIC 1'], ['district', 'North']] as const) {
    const prepared = dimensionById(dimension)?.prepare(input) as PreparedDimension;
    // Within a week of the end the allocation stands; after it, not known.
    const groups = ['31/12/2025', '21/01/2026', '22/01/2026', '31/03/2026'].map((d): string => prepared.groupOf(timeline, exampleDay(d)));
    assert.deepEqual(groups, [known, known, 'Not known: the SSD tables end on 15/01/2026', 'Not known: the SSD tables end on 15/01/2026']);
  }
});
