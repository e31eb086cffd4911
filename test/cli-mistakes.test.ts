// The command line as an analyst types it, slips included: each mistake gets a plain message on standard error
// saying what was wrong and what was probably meant, exit code 2, and nothing on standard output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../src/cli/main.ts';
import { fakeEffects } from './helpers/fake-effects.ts';
import { demoFolder, EPISODES_HEAD, folderWith, tempDir, TODAY } from './helpers/fixtures.ts';

async function run(argv: string[]) {
  const c = fakeEffects(TODAY);
  const code = await main(argv, c.fx);
  return { code, out: c.out.join('\n'), err: c.err.join('\n') };
}

/** Asserts a usage error: exit code 2, nothing on standard output, and the message on standard error. */
async function usageError(argv: string[], message: RegExp): Promise<string> {
  const r = await run(argv);
  assert.equal(r.code, 2, `carestats ${argv.join(' ')}: ${r.err}`);
  assert.equal(r.out, '', `carestats ${argv.join(' ')} wrote to standard output`);
  assert.match(r.err, message);
  return r.err;
}

test('carestats with nothing after it prints its usage on standard error, not as output', async () => {
  const r = await run([]);
  assert.equal(r.code, 2);
  assert.equal(r.out, '');
  assert.match(r.err, /^carestats: Corporate Parenting Panel reports/);
});

test('"help COMMAND" gives that command\'s usage, as "COMMAND --help" does', async () => {
  const help = await run(['help', 'validate']);
  assert.equal(help.code, 0);
  assert.equal(help.out, (await run(['validate', '--help'])).out);
  assert.match(help.out, /^carestats validate <data-dir>/);
  assert.doesNotMatch(help.out, /carestats measures/);
  await usageError(['help', 'valdate'], /^There is no command "valdate"\. Did you mean "validate"\?/);
  assert.equal((await run(['help', 'help'])).out, (await run(['help'])).out);
});

test('--version says which carestats this is', async () => {
  const r = await run(['--version']);
  assert.equal(r.code, 0);
  assert.match(r.out, /^carestats \d+\.\d+\.\d+$/);
});

test('a misspelt command names the one meant', async () => {
  await usageError(['valdate', 'data'], /^There is no command "valdate"\. Did you mean "validate"\? Commands: start, measures/);
  await usageError(['measure', 'data'], /Did you mean "measures"\?/);
  const far = await usageError(['frobnicate'], /^There is no command "frobnicate"\. Commands:/);
  assert.doesNotMatch(far, /Did you mean/);
  // Names every object has are not commands: "constructor" was run, and ended with a TypeError.
  await usageError(['constructor'], /^There is no command "constructor"\./);
  await usageError(['help', 'toString'], /^There is no command "toString"\./);
});

test('a misspelt option names the one meant, in words, with the command\'s synopsis and not its every option', async () => {
  const err = await usageError(['measures', 'data', '--fromat', 'csv'], /^"carestats measures" has no option --fromat\. Did you mean --format\?\n\nUsage:\ncarestats measures <data-dir>/);
  assert.doesNotMatch(err, /positional argument|'--'/, 'none of parseArgs\' words for programmers');
  assert.match(err, /Run "carestats measures --help" for every option\.$/);
  assert.doesNotMatch(err, /--period fytd +the financial year/, 'the options are described by --help, not after every mistake');
  await usageError(['import', 'data', '--extract', '2026-04-05'], /has no option --extract\. Did you mean --extract-date\?/);
  await usageError(['validate', 'data', '-f', 'json'], /^"carestats validate" has no option -f\./);
  await usageError(['measures', 'data', '--constructor', 'x'], /^"carestats measures" has no option --constructor\./);
});

test('an option given twice with different values is a usage error, not the last one quietly taken', async () => {
  await usageError(['measures', 'data', '--month', '2026-02', '--month', '2026-03'], /^--month is given twice, as 2026-02 and 2026-03: give it once\./);
});

test('an option without its value, or a value given to an on/off option, is said so', async () => {
  await usageError(['measures', 'data', '--month'], /^--month is given without its value/);
  await usageError(['measures', 'data', '--month', '--months', '3'], /^--month is given without its value/);
  await usageError(['measures', 'data', '--months', '-3'], /^--months is followed by "-3", which is read as an option/);
  await usageError(['generate', '--out', 'x', '--messy=yes'], /^--messy takes no value: write it on its own/);
  await usageError(['definitions', 'extra'], /^"carestats definitions" takes no folder or other word, but was given "extra"\./);
});

test('a measure or dimension written nearly right names the one meant; a list with commas is shown given one at a time', async () => {
  await usageError(['measures', 'data', '--measure', 'cla-count'], /^There is no measure "cla-count"\. Did you mean "cla_count"\? Measures: cla_count, cla_rate/);
  await usageError(['explain', 'CLA_COUNT', '--child', '1001', 'data'], /^There is no measure "CLA_COUNT"\. Did you mean "cla_count"\?/);
  await usageError(['measures', 'data', '--by', 'teams'], /^There is no dimension "teams"\. Did you mean "team"\?/);
  await usageError(['measures', 'data', '--by', 'district,age_band'], /^There is no dimension "district,age_band"\. Give each with its own --by: --by district --by age_band\./);
  await usageError(['measures', 'data', '--measure', 'cla_count, cla_rate'], /Give each with its own --measure: --measure cla_count --measure cla_rate\./);
});

test('a format, period or size written nearly right names the one meant', async () => {
  await usageError(['measures', 'data', '--format', 'CSV'], /^Unknown format "CSV": use json or csv\. Did you mean "csv"\?/);
  await usageError(['measures', 'data', '--period', 'FYTD'], /^Unknown period "FYTD": use months, fytd or march\. Did you mean "fytd"\?/);
  await usageError(['generate', '--out', 'x', '--size', 'Small'], /^Unknown size "Small": use small, medium, large or national\. Did you mean "small"\?/);
  await usageError(['definitions', '--format', 'jsn'], /^Unknown format "jsn": use md or json\. Did you mean "json"\?/);
});

test('explain with the folder before the measure, or the child without --child, says how it is written', async () => {
  await usageError(['explain', 'data', 'cla_count', '--child', '1001'], /^Give the measure first, then the folder: carestats explain cla_count --child ID data$/m);
  const dir = tempDir();
  await usageError(['explain', 'cla_count', '1001', dir], new RegExp(`^Give the child with --child ID\\. Did you mean: carestats explain cla_count --child 1001 ${dir}\\?$`, 'm'));
});

test('a data folder that does not exist, or is a file, is a usage error before anything is read, for every command that reads one', async () => {
  const dir = folderWith(`${EPISODES_HEAD}1001,01/01/2026,S,C2,N1,U6,PR1,,,,,,\n`);
  for (const argv of [['validate'], ['import', '--db', join(tempDir(), 'store.sqlite')], ['measures'], ['explain', 'cla_count', '--child', '1001']]) {
    const err = await usageError([...argv, join(dir, 'missing')], /^There is no folder .*missing\./);
    assert.doesNotMatch(err, /required-table-missing|Episodes table/, 'not also told the tables are missing');
    await usageError([...argv, join(dir, 'episodes.csv')], /episodes\.csv is a file, not a folder: give the folder of the files, such as /);
  }
  await usageError(['validate', tempDir()], /^The folder .* is empty\./);
});

test('an extract date before the newest return began is refused and nothing is stored; the same files with another date say it is not used', async () => {
  const folder = demoFolder();
  const db = join(tempDir(), 'store.sqlite');
  // TODAY is 31 March 2026; the demo's newest return is 2025-26.
  await usageError(['import', folder, '--extract-date', '2025-03-31', '--db', db], /^--extract-date 2025-03-31 is before the newest return in the folder \(903\/2025-26, for 2025\/26\) began, on 1 April 2025: files extracted then could not hold it\. Give the day these files were extracted\. Nothing was stored\./m);
  assert.equal(existsSync(db), false, 'no database made');
  await usageError(['import', folder, '--extract-date', '2026-04-01', '--db', db], /^--extract-date 2026-04-01 is after today \(31 March 2026\)/);
  assert.equal((await run(['import', folder, '--extract-date', '2026-03-30', '--db', db])).code, 0);
  const again = await run(['import', folder, '--extract-date', '2026-03-31', '--db', db]);
  assert.equal(again.code, 0);
  assert.match(again.out, /already stored as snapshot 1 \(extracted 2026-03-30\); nothing changed\. It keeps its extract date: the 2026-03-31 given now is not used\.$/);
  assert.doesNotMatch((await run(['import', folder, '--db', db])).out, /given now/, 'no extract date given, none to mention');
});

test('--db that is a folder, or a database that is not there to read, is said so before anything is read', async () => {
  const dir = tempDir();
  await usageError(['import', demoFolder(), '--db', dir], new RegExp(`^--db ${dir} is a folder: give the database file, such as ${join(dir, 'carestats.sqlite')}\\.`));
  await usageError(['snapshots', '--db', dir], /is a folder: give the database file/);
  await usageError(['measures', '--snapshot', '1', '--db', join(dir, 'store.sqlite')], /^There is no database at .*store\.sqlite\. Give the database with --db PATH, or store a snapshot first with "carestats import <data-dir>"\./);
  await usageError(['explain', 'cla_count', '--child', '1001', '--snapshot', '1', '--db', join(dir, 'store.sqlite')], /^There is no database at /);
});

test('snapshots --format json with no database prints an empty list, so its output is still JSON', async () => {
  const r = await run(['snapshots', '--db', join(tempDir(), 'none.sqlite'), '--format', 'json']);
  assert.equal(r.code, 0);
  assert.deepEqual(JSON.parse(r.out), []);
});

test('generate will not write over a folder of other files, such as a council\'s own returns; it will over a council it wrote', async () => {
  // Generating clears the folder's 903 and ssd folders: before, a council's own returns were deleted.
  const own = folderWith(`${EPISODES_HEAD}1001,01/01/2026,S,C2,N1,U6,PR1,,,,,,\n`);
  mkdirSync(join(own, '903', '2025-26'), { recursive: true });
  writeFileSync(join(own, '903', '2025-26', 'episodes.csv'), 'the council’s own');
  await usageError(['generate', '--out', own, '--years', '1'], /already has files in it that are not a synthetic council: generate clears a folder's 903 and ssd folders and writes over its la-config\.json, so give it a new or empty folder\./);
  assert.equal(readFileSync(join(own, '903', '2025-26', 'episodes.csv'), 'utf8'), 'the council’s own');

  const out = join(tempDir(), 'synthetic');
  const first = await run(['generate', '--out', out, '--years', '1']);
  assert.equal(first.code, 0, first.err);
  assert.match(first.out, /, 1 year to 31 March 2026,/);
  assert.equal((await run(['generate', '--out', out, '--years', '2'])).code, 0, 'a council it wrote is written over');
});

test('explain of a child id with its leading zeros lost, or in another case, names the child it probably is; any other id names none', async () => {
  const header = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n012345,M,01/02/2015,WBRI,UN1,,\nAB1002,F,11/09/2012,WBRI,UN1,,\n';
  const dir = folderWith(`${EPISODES_HEAD}012345,01/01/2026,S,C2,N1,U6,PR1,,,,,,\nAB1002,03/01/2026,S,V2,N1,U6,PR1,,,,,,\n`, header);
  await usageError(['explain', 'cla_count', '--child', '12345', dir], /^There is no child "12345" in .*\. There is a child "012345" \(Excel drops an id's leading zeros\): did you mean them\? Give the CHILD id as the SSDA903 Header has it\./);
  await usageError(['explain', 'cla_count', '--child', 'ab1002', dir], /There is a child "AB1002": did you mean them\?/);
  const other = await usageError(['explain', 'cla_count', '--child', '012346', dir], /^There is no child "012346" in .*\. Give the CHILD id/);
  assert.doesNotMatch(other, /012345/, 'a near id is another child: never named');
});

test('validate --out alone writes the workbook; --out with text or JSON, or not ending .xlsx, is refused before reading', async () => {
  const dir = folderWith(`${EPISODES_HEAD}1001,01/01/2026,S,C2,N1,U6,PR1,,,,,,\n`);
  const out = join(tempDir(), 'dq.xlsx');
  // Before, --out without --format xlsx printed the text report and wrote no workbook.
  const r = await run(['validate', dir, '--out', out]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^Wrote the data-quality report to /);
  assert.equal(readFileSync(out).subarray(0, 2).toString(), 'PK', 'an xlsx file is a zip');
  await usageError(['validate', dir, '--format', 'json', '--out', join(tempDir(), 'dq.json')], /^--out is where --format xlsx writes its workbook; --format json goes to standard output: save it with > FILE\./);
  await usageError(['validate', dir, '--out', join(tempDir(), 'dq.csv')], /does not end \.xlsx, and Excel opens a workbook by its ending: give a name such as .*dq\.xlsx\./);
});

test('the usage is true to what the commands do: validate\'s JSON has the keys it names, and every option named is taken', async () => {
  const dir = folderWith(`${EPISODES_HEAD}1001,01/01/2026,S,C2,N1,U6,PR1,,,,,,\n`);
  const usage = (await run(['help', 'validate'])).out;
  const named = /--format json +\{([^}]*)\}/.exec(usage)?.[1]?.split(',').map((k) => k.trim().replaceAll('"', ''));
  assert.deepEqual(named, Object.keys(JSON.parse((await run(['validate', dir, '--format', 'json'])).out) as object));
  for (const command of ['start', 'measures', 'explain', 'definitions', 'validate', 'import', 'snapshots', 'generate']) {
    const text = (await run(['help', command])).out;
    // The options of its synopsis and of its option lines (not those of other commands it mentions).
    const options = new Set([...text.matchAll(/\[(--[a-z][a-z-]*)|^ {2}(--[a-z][a-z-]*)|\| (--[a-z][a-z-]*)/gm)].map((m) => m[1] ?? m[2] ?? m[3]));
    assert.ok(options.size > 0, command);
    for (const option of options) {
      // An unknown option after it stops the command before it runs, whatever the option named does.
      const r = await run([command, option ?? '', '--not-an-option']);
      assert.equal(r.code, 2);
      assert.doesNotMatch(r.err, new RegExp(`has no option ${option ?? ''}\\b`), `carestats ${command} --help names ${option ?? ''}`);
    }
  }
});

test('a folder named like a data file, or a link to a file that is gone, is named, not a stack trace', async () => {
  const dir = folderWith(`${EPISODES_HEAD}1001,01/01/2026,S,C2,N1,U6,PR1,,,,,,\n`);
  mkdirSync(join(dir, 'backup.csv'));
  symlinkSync(join(dir, 'gone.csv'), join(dir, 'link.csv'));
  await usageError(['validate', dir], /has things named like a data file that are not one: backup\.csv \(a folder\), link\.csv \(a link to a file that is not there\)\. Rename or move them out of the data folder\./);
});

test('a file the system will not let carestats write is said in words with its path, not a stack trace', async () => {
  const c = fakeEffects(TODAY);
  const denied = Object.assign(new Error("EACCES: permission denied, open '/reports/dq.xlsx'"), { code: 'EACCES', syscall: 'open', path: '/reports/dq.xlsx' });
  c.fx.writeFile = () => { throw denied; };
  const code = await main(['validate', folderWith(`${EPISODES_HEAD}1001,01/01/2026,S,C2,N1,U6,PR1,,,,,,\n`), '--out', '/reports/dq.xlsx'], c.fx);
  assert.equal(code, 1);
  assert.deepEqual(c.err, ['carestats could not use /reports/dq.xlsx (EACCES): permission was refused: check the file\'s permissions, or that you may write in its folder.']);
});

test('an import without --extract-date says the snapshot is dated today', async () => {
  const db = join(tempDir(), 'store.sqlite');
  const r = await run(['import', demoFolder(), '--db', db]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^Stored snapshot 1 \(extracted 2026-03-31\)/);
  assert.match(r.err, /^Note: no --extract-date was given, so snapshot 1 is dated today, 31 March 2026\. Give --extract-date YYYY-MM-DD when files were extracted on another day\.$/);
});

test('start will not put its demo council among a council\'s own files, where they would be read together', async () => {
  const own = folderWith(`${EPISODES_HEAD}1001,01/01/2026,S,C2,N1,U6,PR1,,,,,,\n`);
  await usageError(['start', '--data', own, '--out', tempDir(), '--no-serve'], /holds data files \(episodes\.csv, header\.csv\): start writes its synthetic demo council into .*demo, where it would be read with them\. Give start another folder with --data/);
  assert.equal(existsSync(join(own, 'demo')), false, 'nothing written');
  // A demo folder of the analyst's own is not written over either.
  const data = tempDir();
  mkdirSync(join(data, 'demo'));
  writeFileSync(join(data, 'demo', 'notes.txt'), 'mine');
  await usageError(['start', '--data', data, '--out', tempDir(), '--no-serve'], /demo already has files in it that are not a synthetic council/);
});

test('a count of months or years that is not one says what was given, and --years alone says it needs --period march', async () => {
  await usageError(['measures', 'data', '--months', 'abc'], /^--months must be a whole number from 1 to 240, not "abc"\./);
  await usageError(['measures', 'data', '--months', '0'], /^--months must be a whole number from 1 to 240, not "0"\./);
  await usageError(['measures', 'data', '--years', '3'], /^--years goes with --period march: add --period march for 31 March of each of the last 3 years\./);
});
