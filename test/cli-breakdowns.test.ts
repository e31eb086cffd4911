// End-to-end tests of breakdowns, periods, CSV, `explain` and `definitions` on synthetic folders (no real child data).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { main } from '../src/cli/main.ts';
import { MEASURES } from '../src/measures/registry.ts';
import { DIMENSIONS } from '../src/results/dimensions/dimensions.ts';
import type { ResultJson } from '../src/results/result-json.ts';
import { fakeEffects } from './helpers/fake-effects.ts';
import { demoFolder, EPISODES_HEAD, folderWith, TODAY } from './helpers/fixtures.ts';

async function run(argv: string[]) {
  const c = fakeEffects(TODAY);
  const code = await main(argv, c.fx);
  return { code, out: c.out.join('\n'), err: c.err.join('\n') };
}

const demo = demoFolder();
const CLA = ['--measure', 'cla_count', '--measure', 'cla_rate'];

test('every dimension breaks down children looked after into groups that add up to the count', async () => {
  for (const d of DIMENSIONS) {
    const { code, out, err } = await run(['measures', demo, '--month', '2026-03', '--measure', 'cla_count', '--by', d.id]);
    assert.equal(code, 0, err);
    const [row] = JSON.parse(out) as ResultJson[];
    assert.equal(row?.breakdown?.dimension, d.id);
    assert.equal(row.breakdown.unavailable, undefined, d.id);
    assert.ok(row.breakdown.groups.length >= 2, d.id);
    assert.equal(row.breakdown.groups.reduce((n, g) => n + (g.numerator ?? 0), 0), row.numerator, d.id);
  }
});

test('the demo council’s children are spread over its districts, with none left unallocated', async () => {
  const { out } = await run(['measures', demo, '--month', '2026-03', '--measure', 'cla_count', '--by', 'district']);
  const groups = (JSON.parse(out) as ResultJson[])[0]?.breakdown?.groups ?? [];
  assert.deepEqual(groups.map((g) => g.group), ['North', 'South', 'West']);
  for (const g of groups) assert.ok((g.numerator ?? 0) > 0, g.group);
});

test('a rate is broken down into counts with a note, and a breakdown without its data says what it needs', async () => {
  const { out } = await run(['measures', demo, '--month', '2026-03', ...CLA, '--by', 'sex']);
  const rate = (JSON.parse(out) as ResultJson[]).find((r) => r.id === 'cla_rate');
  assert.match(rate?.breakdown?.note ?? '', /population of each group/);
  assert.ok(rate?.breakdown?.groups.every((g) => g.value === null));
  // CSV carries the note too, on each group row of the rate (the figures it explains), and on no other row.
  const csv = (await run(['measures', demo, '--month', '2026-03', ...CLA, '--by', 'sex', '--format', 'csv'])).out.split('\n');
  const noted = csv.filter((l) => l.endsWith(`"${rate?.breakdown?.note ?? ''}"`));
  assert.deepEqual(noted.map((l) => l.split(',').slice(0, 4).join(',')), ['cla_rate,2026-03,sex,Male', 'cla_rate,2026-03,sex,Female', 'cla_rate,2026-03,sex,Unknown']);
  const bare = folderWith(`${EPISODES_HEAD}1001,01/01/2026,S,C2,N1,U6,PR1,,,,,,\n`);
  const team = await run(['measures', bare, '--month', '2026-03', ...CLA, '--by', 'team']);
  const [count, noRate] = JSON.parse(team.out) as ResultJson[];
  assert.equal(count?.breakdown?.unavailable, 'Needs the SSD ssd_involvements table, which the data does not include.');
  assert.match(noRate?.breakdown?.unavailable ?? '', /^The measure is unavailable\. Needs the ONS population/);
});

test('CSV has a header and a row per measure, month and group, with an All row first', async () => {
  const { code, out } = await run(['measures', demo, '--month', '2026-03', '--months', '2', '--measure', 'cla_count', '--by', 'sex', '--format', 'csv']);
  assert.equal(code, 0);
  const lines = out.split('\n');
  assert.equal(lines[0], 'id,month,dimension,group,numerator,denominator,value,cohort,unavailable,note');
  assert.deepEqual(lines.slice(1).map((l) => l.split(',').slice(0, 4).join(',')), [
    'cla_count,2026-02,sex,All', 'cla_count,2026-02,sex,Male', 'cla_count,2026-02,sex,Female', 'cla_count,2026-02,sex,Unknown',
    'cla_count,2026-03,sex,All', 'cla_count,2026-03,sex,Male', 'cla_count,2026-03,sex,Female', 'cla_count,2026-03,sex,Unknown',
  ]);
  const plain = await run(['measures', demo, '--month', '2026-03', '--measure', 'cla_count', '--format', 'csv']);
  assert.match(plain.out, /^id,month,numerator,denominator,value,cohort,unavailable\ncla_count,2026-03,(\d+),,\1,\1,$/);
});

test('--by given twice breaks each measure and month down by both, in the order given; --by all by every dimension', async () => {
  const args = ['measures', demo, '--month', '2026-03', '--months', '2', ...CLA];
  const one = (by: string) => run([...args, '--by', by]).then((r) => JSON.parse(r.out) as ResultJson[]);
  const [bySex, byTeam] = [await one('sex'), await one('team')];
  const both = await run([...args, '--by', 'sex', '--by', 'team', '--by', 'sex']);
  assert.equal(both.code, 0, both.err);
  const rows = JSON.parse(both.out) as ResultJson[];
  // Measure by measure, month by month, then the dimensions as named (sex named twice counts once).
  assert.deepEqual(rows.map((r) => `${r.id} ${r.month} ${r.breakdown?.dimension ?? ''}`), bySex.flatMap((r) => [`${r.id} ${r.month} sex`, `${r.id} ${r.month} team`]));
  assert.deepEqual(rows.filter((r) => r.breakdown?.dimension === 'sex'), bySex);
  assert.deepEqual(rows.filter((r) => r.breakdown?.dimension === 'team'), byTeam);
  const all = JSON.parse((await run([...args, '--by', 'all'])).out) as ResultJson[];
  assert.deepEqual(all.slice(0, DIMENSIONS.length).map((r) => r.breakdown?.dimension), DIMENSIONS.map((d) => d.id));
  assert.equal(all.length, bySex.length * DIMENSIONS.length);
  const csv = await run([...args, '--by', 'sex', '--by', 'team', '--format', 'csv']);
  const keys = csv.out.split('\n').slice(1).filter((l) => l.split(',')[3] === 'All').map((l) => l.split(',').slice(0, 3).join(','));
  assert.deepEqual(keys, bySex.flatMap((r) => [`${r.id},${r.month},sex`, `${r.id},${r.month},team`]));
  const unknown = await run([...args, '--by', 'sex', '--by', 'nope']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /There is no dimension "nope"/);
});

test('--period fytd runs from April; --period march gives 31 March for 6 years', async () => {
  const months = async (args: string[]) => (JSON.parse((await run(['measures', demo, '--measure', 'cla_count', ...args])).out) as ResultJson[]).map((r) => r.month);
  assert.deepEqual(await months(['--month', '2025-06', '--period', 'fytd']), ['2025-04', '2025-05', '2025-06']);
  assert.deepEqual(await months(['--month', '2026-02', '--period', 'march']), ['2020-03', '2021-03', '2022-03', '2023-03', '2024-03', '2025-03']);
  assert.deepEqual(await months(['--month', '2026-03', '--period', 'march', '--years', '2']), ['2025-03', '2026-03']);
});

test('unknown measures, dimensions, periods and mismatched counts are usage errors', async () => {
  const measure = await run(['measures', demo, '--measure', 'nope']);
  assert.equal(measure.code, 2);
  assert.match(measure.err, /There is no measure "nope"\. Measures: cla_count, cla_rate/);
  const dimension = await run(['measures', demo, '--by', 'nope']);
  assert.equal(dimension.code, 2);
  assert.match(dimension.err, /There is no dimension "nope"\. Dimensions: district, team, age_band, sex, ethnicity_group, ehc_plan, disability, uasc/);
  assert.equal((await run(['measures', demo, '--period', 'quarter'])).code, 2);
  assert.match((await run(['measures', demo, '--period', 'fytd', '--months', '3'])).err, /--months goes with --period months/);
  assert.equal((await run(['measures', demo, '--format', 'xml'])).code, 2);
});

const two = () => folderWith(`${EPISODES_HEAD}1001,01/01/2026,S,C2,N1,U6,PR1,,,,,,\n1002,03/01/2026,S,V2,N1,U6,PR1,14/03/2026,E4A,,,,\n`);

test('explain says a counted child is in the cohort and why, after a personal-data reminder', async () => {
  const { code, out } = await run(['explain', 'cla_count', '--child', '1001', '--month', '2026-03', two()]);
  assert.equal(code, 0);
  const lines = out.split('\n');
  assert.match(lines[0] ?? '', /^Personal data: /);
  assert.equal(lines[1], 'Measure: Children looked after (cla_count), month ending 31 March 2026');
  assert.equal(lines[2], 'Child: 1001');
  assert.equal(lines[3], 'In the cohort: yes');
  assert.match(lines[4] ?? '', /^Counted in the numerator .*: yes$/);
  assert.match(lines[5] ?? '', /^Why: Looked after: episode from 01\/01\/2026 \(legal status C2, placement U6\) at episodes\.csv row 2$/);
  assert.match(out, /age band: 10 to 15 years; sex: Male; ethnic group: White/);
});

test('explain says a child who has left care is outside the cohort, quoting the cohort rule', async () => {
  const { code, out } = await run(['explain', 'cla_count', '--child', '1002', '--month', '2026-03', two()]);
  assert.equal(code, 0);
  assert.match(out, /In the cohort: no\nWhy: the measure did not consider this child on 31 March 2026, so they are outside its cohort, which is: Every child with an SSDA903 episode/);
});

test('explain shows the escape sequences in a file name it quotes, rather than sending them to the terminal', async () => {
  // A file named to clear the analyst's screen and write over it; the reason quotes the episode's file.
  const dir = folderWith(`${EPISODES_HEAD}1001,01/01/2026,S,C2,N1,U6,PR1,,,,,,\n`, undefined, 'episodes\x1b[2J\x1b[H.csv');
  const { code, out } = await run(['explain', 'cla_count', '--child', '1001', '--month', '2026-03', dir]);
  assert.equal(code, 0);
  assert.match(out, /^Why: Looked after: episode from 01\/01\/2026 \(legal status C2, placement U6\) at episodes\\x1b\[2J\\x1b\[H\.csv row 2$/m);
  assert.ok(!out.includes('\x1b'), 'no ESC reaches the terminal');
});

test('explain of a month after the data end says, as measures does, that its figures are guessed, or after the return ends unavailable', async () => {
  // The return's year is 2025/26, from its dates: its latest is 14 March 2026, so the data cover February.
  const march = await run(['explain', 'cla_count', '--child', '1001', '--month', '2026-03', two()]);
  assert.equal(march.code, 0);
  assert.match(march.err, /^Note: March 2026 is after the last month the data cover \(February 2026\)\. Its figures treat every episode still open then as going on/);
  const later = await run(['explain', 'cla_count', '--child', '1001', '--month', '2031-01', two()]);
  assert.match(later.err, /^Note: January 2031 is after the newest SSDA903 return ends \(31 March 2026\), so its figures are unavailable/);
  assert.match(later.out + later.err, /The newest SSDA903 return supplied ends on 31 March 2026/);
  assert.doesNotMatch((await run(['explain', 'cla_count', '--child', '1001', '--month', '2026-02', two()])).err, /Note:/);
});

test('explain gives clear errors for an unknown measure or child, and says when a measure is unavailable', async () => {
  const measure = await run(['explain', 'nope', '--child', '1001', two()]);
  assert.equal(measure.code, 2);
  assert.match(measure.err, /There is no measure "nope"/);
  const child = await run(['explain', 'cla_count', '--child', '9999', '--month', '2026-03', two()]);
  assert.equal(child.code, 2);
  assert.match(child.err, /There is no child "9999" in /);
  assert.equal(child.out, '', 'nothing about a child is printed');
  const rate = await run(['explain', 'cla_rate', '--child', '1001', '--month', '2026-03', two()]);
  assert.equal(rate.code, 1);
  assert.match(rate.out, /The measure is unavailable for this month, so no child is in it\. Needs the ONS population/);
});

test('definitions lists every registered measure, as Markdown sections or JSON records with examples', async () => {
  const md = await run(['definitions']);
  assert.equal(md.code, 0);
  for (const m of MEASURES) assert.ok(md.out.includes(`## ${m.definition.title} (\`${m.definition.id}\`)`), m.definition.id);
  // A section per measure, then one on the breakdowns naming every dimension.
  assert.equal(md.out.match(/^## /gm)?.length, MEASURES.length + 1);
  const breakdowns = md.out.slice(md.out.indexOf('\n## Breakdowns\n'));
  for (const d of DIMENSIONS) assert.ok(breakdowns.includes(`**${d.title}** (\`${d.id}\`)`), d.id);
  const json = await run(['definitions', '--format', 'json']);
  const records = JSON.parse(json.out) as { id: string; unit: string; examples: unknown[] }[];
  assert.deepEqual(records.map((r) => r.id), MEASURES.map((m) => m.definition.id));
  assert.deepEqual(records.map((r) => r.examples.length), MEASURES.map((m) => m.examples.length));
  assert.equal((await run(['definitions', '--format', 'pdf'])).code, 2);
});

test('help lists the explain and definitions commands', async () => {
  const { code, out } = await run(['help']);
  assert.equal(code, 0);
  assert.match(out, /carestats explain <measure-id> --child ID/);
  assert.match(out, /carestats definitions \[--format md\|json\]/);
});
