// `--threads`: a folder read in two shares through the command line gives exactly what one thread gives, and
// a share that runs out of memory is read again on one thread. Folders of 64 MB or more take two shares by
// default; these tests ask for two on a small folder, so the command's two-thread branch runs in every test run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayFromYmd } from '../src/core/civil-date.ts';
import { trailingMonthEnds } from '../src/core/month.ts';
import { main } from '../src/cli/main.ts';
import { inShares } from '../src/cli/commands/measures.ts';
import { MEASURES } from '../src/measures/registry.ts';
import { dimensionById } from '../src/results/dimensions/dimensions.ts';
import { fakeEffects } from './helpers/fake-effects.ts';
import { demoFolder, tempDir, TODAY } from './helpers/fixtures.ts';
import { join } from 'node:path';

async function run(argv: string[]) {
  const c = fakeEffects(TODAY);
  const code = await main(argv, c.fx);
  return { code, out: c.out.join('\n'), err: c.err.join('\n') };
}

const dir = demoFolder();

for (const [format, by] of [['json', ['team']], ['csv', ['team']], ['csv', ['all']]] as const) {
  test(`measures --threads 2 prints what --threads 1 prints (${format}, by ${by.join(' and ')}, 3 months)`, async () => {
    const args = ['measures', dir, '--month', '2026-03', '--months', '3', ...by.flatMap((d) => ['--by', d]), '--format', format];
    const one = await run([...args, '--threads', '1']);
    const two = await run([...args, '--threads', '2']);
    assert.equal(one.code, 0, one.err);
    assert.equal(two.code, 0, two.err);
    assert.ok(one.out.length > 1000);
    assert.equal(two.out, one.out);
    assert.equal(two.err, one.err);
  });
}

test('validate --threads 2 reports what --threads 1 reports', async () => {
  const one = await run(['validate', dir, '--format', 'json', '--threads', '1']);
  const two = await run(['validate', dir, '--format', 'json', '--threads', '2']);
  assert.equal(one.code, 0, one.err);
  assert.equal(two.out, one.out);
});

test('measures --snapshot --threads 2 prints what --threads 1 prints, from the stored files', async () => {
  const db = join(tempDir(), 'store.sqlite');
  const stored = await run(['import', dir, '--db', db, '--extract-date', '2026-03-31']);
  assert.equal(stored.code, 0, stored.err);
  const args = ['measures', '--snapshot', '1', '--db', db, '--month', '2026-03', '--months', '2', '--by', 'legal_status_group'];
  const one = await run([...args, '--threads', '1']);
  const two = await run([...args, '--threads', '2']);
  assert.equal(one.code, 0, one.err);
  assert.ok(one.out.length > 1000);
  assert.equal(two.out, one.out);
  assert.equal(two.err, one.err);
  // And as the folder gives them.
  assert.equal((await run(['measures', dir, ...args.slice(5), '--threads', '2'])).out, one.out);
  // A snapshot that is not there: one thread says so, whatever --threads asks.
  const missing = await run(['measures', '--snapshot', '9', '--db', db, '--threads', '2']);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /There is no stored snapshot with id 9/);
});

test('--threads takes auto, 1 or 2', async () => {
  const three = await run(['measures', dir, '--threads', '3']);
  assert.equal(three.code, 2);
  assert.match(three.err, /--threads must be auto or a whole number from 1 to 2, not "3"/);
  assert.equal((await run(['validate', dir, '--threads', 'two'])).code, 2);
  const snapshot = await run(['measures', '--snapshot', '1', '--db', join(tempDir(), 'none.sqlite'), '--threads', '0']);
  assert.equal(snapshot.code, 2);
  const auto = await run(['measures', dir, '--month', '2026-03', '--measure', 'cla_count', '--threads', 'auto']);
  assert.equal(auto.code, 0, auto.err);
});

// Node lets --max-old-space-size override a worker's own limit (nodejs/node#43991), so the shares could not
// be given too little memory.
const heapFlagSet = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((a) => a.includes('--max-old-space-size'));

test('a share out of memory: the folder is read again on one thread, with a note, and the figures are the same', { skip: heapFlagSet && 'Node was started with --max-old-space-size' }, async () => {
  const monthEnds = trailingMonthEnds(dayFromYmd(2026, 3, 31), 2);
  const plan = () => ({ measures: MEASURES, monthEnds, dimensions: [dimensionById('age_band') ?? assert.fail('age_band')] });
  const roomy = fakeEffects(TODAY);
  const expected = await inShares({ dir }, 2, plan, roomy.fx);
  const short = fakeEffects(TODAY);
  // 4 MB is less than a thread needs to load carestats' code, so each share runs out at once.
  const rows = await inShares({ dir }, 2, plan, short.fx, { oldGenerationMb: 4 });
  assert.ok(Array.isArray(expected));
  assert.equal(JSON.stringify(rows), JSON.stringify(expected));
  assert.equal(short.err.filter((l) => /ran out of memory in one of them; reading it on one thread instead/.test(l)).length, 1);
  assert.deepEqual(short.err.filter((l) => !/ran out of memory/.test(l)), roomy.err);
});
