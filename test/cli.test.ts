// End-to-end tests of the command line on synthetic folders: the measures contract, breakdowns and periods,
// explain and definitions, clear errors on bad files, imports that store nothing when they fail, and `start` run twice.
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { main } from '../src/cli/main.ts';
import { MEASURES } from '../src/measures/registry.ts';
import { loadFolder } from '../src/pipeline/load-folder.ts';
import { collectSourceFiles } from '../src/store/source-files.ts';
import { SCHEMA_V1_SQL, SCHEMA_V2_SQL } from '../src/store/sqlite/schema.ts';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { summariseRecords } from '../src/store/store.ts';
import { fakeEffects } from './helpers/fake-effects.ts';
import { demoFolder, EPISODES_HEAD, folderWith, HEADER_CSV, tempDir, TODAY } from './helpers/fixtures.ts';

async function run(argv: string[]) {
  const c = fakeEffects(TODAY);
  const code = await main(argv, c.fx);
  return { code, out: c.out.join('\n'), err: c.err.join('\n') };
}

test('measures prints one object per measure with the contract fields first, then cohort', async () => {
  const { code, out } = await run(['measures', demoFolder(), '--month', '2026-03', '--format', 'json']);
  assert.equal(code, 0);
  const rows = JSON.parse(out) as Record<string, unknown>[];
  assert.deepEqual(rows.map((r) => r.id), MEASURES.map((m) => m.definition.id));
  for (const r of rows) {
    const expected = ['id', 'month', 'numerator', 'denominator', 'value', ...('unavailable' in r ? ['unavailable'] : []), 'cohort'];
    assert.deepEqual(Object.keys(r), expected);
  }
  const count = rows.find((r) => r.id === 'cla_count');
  const rate = rows.find((r) => r.id === 'cla_rate');
  assert.equal(count?.month, '2026-03');
  assert.equal(count?.denominator, null);
  assert.equal(count?.numerator, count?.value);
  assert.equal(count?.cohort, count?.value);
  assert.equal(rate?.numerator, count?.value);
  assert.equal(typeof rate?.denominator, 'number');
  assert.equal(rate?.value, Math.round(((count?.value as number) / (rate?.denominator as number)) * 10_000));
});

test('without --month, measures reports the latest month end on or before the last recorded date', async () => {
  const dir = folderWith(`${EPISODES_HEAD}1001,01/01/2026,S,C2,N1,U6,PR1,,,,,,\n1002,03/01/2026,S,V2,N1,U6,PR1,14/03/2026,E4A,,,,\n`);
  const { code, out } = await run(['measures', dir, '--measure', 'cla_count', '--measure', 'cla_rate']);
  assert.equal(code, 0);
  const rows = JSON.parse(out) as { id: string; month: string; value: number | null; unavailable?: string; cohort: number | null }[];
  assert.deepEqual(rows.map((r) => [r.id, r.month, r.value, r.cohort]), [['cla_count', '2026-02', 2, 2], ['cla_rate', '2026-02', null, null]]);
  assert.match(rows[1]?.unavailable ?? '', /la-config\.json/);
});

test('without --month, a return in a folder named for its year whose latest date is in its March covers 31 March', async () => {
  const dir = tempDir();
  mkdirSync(join(dir, '2025-26'));
  writeFileSync(join(dir, '2025-26', 'header.csv'), HEADER_CSV);
  writeFileSync(join(dir, '2025-26', 'episodes.csv'), `${EPISODES_HEAD}1001,01/01/2026,S,C2,N1,U6,PR1,,,,,,\n1002,03/01/2026,S,V2,N1,U6,PR1,14/03/2026,E4A,,,,\n`);
  const { code, out } = await run(['measures', dir, '--measure', 'cla_count']);
  assert.equal(code, 0);
  // The same files outside a year's folder give February (the test above): they may be an extract from mid-March.
  assert.deepEqual((JSON.parse(out) as { month: string; value: number }[]).map((r) => [r.month, r.value]), [['2026-03', 1]]);
});

test('--months gives a series ending with --month, oldest first', async () => {
  const { code, out } = await run(['measures', demoFolder(), '--month', '2026-03', '--months', '13']);
  assert.equal(code, 0);
  const months = (JSON.parse(out) as { id: string; month: string }[]).filter((r) => r.id === 'cla_count').map((r) => r.month);
  assert.equal(months.length, 13);
  assert.equal(months[0], '2025-03');
  assert.equal(months[12], '2026-03');
});

test('other SSDA903 tables in the folder are accepted and do not change the figures', async () => {
  const dir = demoFolder();
  const before = await run(['measures', dir, '--month', '2026-03']);
  writeFileSync(join(dir, 'reviews.csv'), 'CHILD,DOB,REVIEW,REVIEW_CODE\n100001,01/01/2015,01/02/2026,PN1\n');
  writeFileSync(join(dir, 'missing.csv'), 'MIS_END,CHILD,DOB,MISSING,MIS_START\n,100001,01/01/2015,M,01/02/2026\n');
  const after = await run(['measures', dir, '--month', '2026-03']);
  assert.equal(after.code, 0, after.err);
  assert.equal(after.out, before.out);
});

test('wrong headings give a plain-English error naming the file and row, and exit code 1', async () => {
  const dir = folderWith('CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,END,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n');
  const { code, err } = await run(['measures', dir]);
  assert.equal(code, 1);
  assert.match(err, /ERROR {2}episodes\.csv, row 1\n {2}The column headings in the first row do not match any SSDA903 or SSD table\. They look most like the SSDA903 Episodes table but DEC is missing and END is not an expected heading/);
  assert.match(err, /\[table-not-recognised\]/);
});

test('an SSD table with a column added is named as the SSD table it looks like, with the column that is not one of its own', async () => {
  const dir = folderWith(`${EPISODES_HEAD}1001,01/01/2026,S,C2,N1,U6,PR1,,,,,,\n`);
  mkdirSync(join(dir, 'ssd'));
  writeFileSync(join(dir, 'ssd', 'visits.csv'), 'clav_cla_visit_id,clav_cla_id,clav_person_id,clav_cla_visit_date,clav_cla_visit_seen,clav_cla_visit_seen_alone,clav_notes\nV1,C1,1001,2026-01-10,Y,N,x\n');
  const { err } = await run(['validate', dir]);
  assert.match(err + (await run(['validate', dir, '--format', 'json'])).out, /They look most like the SSD table ssd_cla_visits but clav_notes is not an expected heading/);
});

test('an impossible date names file, row and column', async () => {
  const dir = folderWith(`${EPISODES_HEAD}1001,01/01/2026,S,C2,N1,U6,PR1,,,,,,\n1002,30/02/2026,S,C2,N1,U6,PR1,,,,,,\n`);
  const { code, err } = await run(['measures', dir]);
  assert.equal(code, 1);
  assert.match(err, /episodes\.csv, row 3, column B \(DECOM\)\n {2}"30\/02\/2026" in DECOM is not a real date/);
});

test('one run lists both a bad date and a record problem, without blaming the rejected row again', async () => {
  const dir = folderWith(`${EPISODES_HEAD}1001,05/01/2026,S,C2,N1,U6,PR1,03/01/2026,E4A,,,,\n1002,31/02/2026,S,C2,N1,U6,PR1,,,,,,\n`, 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1001,M,01/02/2015,WBRI,UN1,,\n1002,F,32/09/2012,WBRI,UN1,,\n');
  const { code, err } = await run(['measures', dir]);
  assert.equal(code, 1);
  const ids = [...err.matchAll(/\[([a-z-]+)\]/g)].map((m) => m[1]);
  assert.deepEqual(ids.sort(), ['date-invalid', 'date-invalid', 'episode-ends-before-it-starts']);
  assert.match(err, /found 3 problems/);
});

test('DEC before DECOM names file, row and column', async () => {
  const dir = folderWith(`${EPISODES_HEAD}1001,05/01/2026,S,C2,N1,U6,PR1,03/01/2026,E4A,,,,\n`);
  const { code, err } = await run(['measures', dir]);
  assert.equal(code, 1);
  assert.match(err, /episodes\.csv, row 2, column H \(DEC\)\n {2}The episode ends \(DEC 03\/01\/2026\) before it starts \(DECOM 05\/01\/2026\)/);
});

test('a failed import stores nothing, and re-importing good files changes nothing', async () => {
  const db = join(tempDir(), 'store.sqlite');
  const good = await run(['import', demoFolder(), '--extract-date', '2026-03-31', '--db', db]);
  assert.equal(good.code, 0, good.err);
  assert.match(good.out, /Stored snapshot 1/);

  // A lower-case placement code as well: a note, which the failed import counts and points to validate for.
  const bad = await run(['import', folderWith(`${EPISODES_HEAD}1001,05/01/2026,S,C2,N1,u6,PR1,03/01/2026,E4A,,,,\n`), '--db', db]);
  assert.equal(bad.code, 1);
  assert.match(bad.err, /Nothing was stored/);
  assert.match(bad.err, /1 note about the files \(harmless things the extract should not do\) is listed by "carestats validate /);
  assert.doesNotMatch(bad.err, /0 notes/);

  const again = await run(['import', demoFolder(), '--extract-date', '2026-03-31', '--db', db]);
  assert.equal(again.code, 0);
  assert.match(again.out, /already stored as snapshot 1 \(extracted 2026-03-31\); nothing changed/);

  const store = openSqliteStore(db);
  assert.deepEqual(store.listSnapshots().map((s) => s.id), [1]);
  store.close();
});

test('a failed import ends its process: nothing is left running', () => {
  // The import compresses files on a worker thread; a worker left behind would keep the command from exiting.
  const bad = folderWith(`${EPISODES_HEAD}1001,05/01/2026,S,C2,N1,U6,PR1,03/01/2026,E4A,,,,\n`);
  const cli = join(import.meta.dirname, '../src/cli/run.ts');
  const child = spawnSync(process.execPath, [cli, 'import', bad, '--db', join(tempDir(), 'store.sqlite')], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(child.signal, null, 'the import was still running after a minute');
  assert.equal(child.status, 1, child.stderr);
  assert.match(child.stderr, /Nothing was stored/);
});

test('output piped into a reader that stops early ends the command quietly', () => {
  // As other command-line tools do when `| head` closes the pipe: no EPIPE error and stack trace.
  const cli = join(import.meta.dirname, '../src/cli/run.ts');
  // pipefail: the status is carestats' own, not head's. The text (167 KB) is more than a pipe holds.
  const child = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${cli}" definitions --format md | head -n 1`], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(child.status, 0, child.stderr);
  assert.match(child.stdout, /^# /);
  assert.equal(child.stderr, '');
});

test('start writes the report, and running it twice works and stores nothing new', async () => {
  const data = tempDir();
  const out = tempDir();
  const first = await run(['start', '--data', data, '--out', out, '--no-serve']);
  assert.equal(first.code, 0, first.err);
  assert.match(first.out, /3\. Stored snapshot 1/);
  // Counts as every other command prints them: 2,261, not 2261.
  assert.match(first.out, /2\. Checked [\d,]+ children and \d{1,3}(,\d{3})+ episodes: no errors/);
  const html = readFileSync(join(out, 'index.html'), 'utf8');
  assert.match(html, /<h1 class="govuk-heading-xl">Children looked after<\/h1>/);
  assert.ok(existsSync(join(out, 'assets', 'carestats.css')));
  const second = await run(['start', '--data', data, '--out', out, '--no-serve']);
  assert.equal(second.code, 0, second.err);
  assert.match(second.out, /already stored as snapshot 1 .*nothing changed/);
  assert.equal(readFileSync(join(out, 'index.html'), 'utf8'), html);
});

test('start serves the report over HTTP until stopped', async () => {
  let body = '';
  let status = 0;
  const c = fakeEffects(TODAY, async () => {
    const url = /Serving the report at (\S+)/.exec(c.out.join('\n'))?.[1] ?? '';
    const res = await fetch(url);
    status = res.status;
    body = await res.text();
  });
  const code = await main(['start', '--data', tempDir(), '--out', tempDir(), '--port', '0'], c.fx);
  assert.equal(code, 0, c.err.join('\n'));
  assert.equal(status, 200);
  assert.match(body, /Children looked after/);
});

test('an unknown command or option is a usage error with exit code 2', async () => {
  assert.equal((await run(['frobnicate'])).code, 2);
  const bad = await run(['measures', demoFolder(), '--month', '2026-13']);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--month must be a month written YYYY-MM/);
  assert.equal((await run(['measures', demoFolder(), '--colour'])).code, 2);
});

test('validate lists the returns and tables read, and every problem, in text, JSON and an Excel workbook', async () => {
  const good = await run(['validate', demoFolder()]);
  assert.equal(good.code, 0, good.out);
  assert.match(good.out, /SSDA903 return 903\/2025-26 \(2025\/26, from the folder name\): .*Episodes [\d,]+/);
  assert.match(good.out, /SSD tables: .*ssd_cla_visits [\d,]+/);

  const dir = folderWith(`${EPISODES_HEAD}1001,05/01/2026,S,C2,N1,u6,PR1,03/01/2026,E4A,,,,\n`);
  const text = await run(['validate', dir]);
  assert.equal(text.code, 1);
  assert.match(text.out, /ERROR {2}episodes\.csv, row 2, column H \(DEC\)/);
  assert.match(text.out, /NOTE {2}episodes\.csv, row 2, column F \(PLACE\)/);

  const json = await run(['validate', dir, '--format', 'json']);
  const report = JSON.parse(json.out) as { ok: boolean; counts: { errors: number; notes: number }; issues: { id: string }[] };
  assert.equal(report.ok, false);
  assert.deepEqual([report.counts.errors, report.counts.notes], [1, 1]);
  assert.deepEqual(report.issues.map((i) => i.id).sort(), ['code-lower-case', 'episode-ends-before-it-starts']);

  const out = join(tempDir(), 'dq.xlsx');
  const xlsx = await run(['validate', dir, '--format', 'xlsx', '--out', out]);
  assert.equal(xlsx.code, 1);
  assert.match(xlsx.out, /1 errors, 0 warnings, 1 notes/);
  assert.equal(readFileSync(out).subarray(0, 2).toString(), 'PK', 'an xlsx file is a zip');
});

test('validate --format json is the same JSON for a cell of any characters, with none that would act on a terminal left raw', async () => {
  // A C1 CSI (\x9b) clears the screen in some terminals; U+202E reverses the text after it; U+FFFF is not XML.
  const odd = 'W\x1b[2J\x9b2J\x7f\u202eIRB\u2028\uffff';
  const dir = folderWith(`${EPISODES_HEAD}1001,05/01/2026,S,C2,N1,U6,PR1,,,,,,\n`, `CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1001,M,01/02/2015,${odd},UN1,,\n`);
  const { code, out } = await run(['validate', dir, '--format', 'json']);
  assert.equal(code, 1);
  assert.ok(!/[\p{Cc}\u2028-\u202e\uffff]/u.test(out.replaceAll('\n', '')), 'only JSON’s own line breaks are left raw');
  const report = JSON.parse(out) as { issues: { id: string; value: string | null }[] };
  assert.deepEqual(report.issues.map((i) => [i.id, i.value]), [['code-invalid', odd]]);
});

test('snapshots lists what import stored, and measures reads a stored snapshot the same as the folder', async () => {
  const db = join(tempDir(), 'store.sqlite');
  const none = await run(['snapshots', '--db', db]);
  assert.match(none.out, /No snapshots are stored yet/);
  const folder = demoFolder();
  const imported = await run(['import', folder, '--extract-date', '2026-03-31', '--db', db]);
  assert.match(imported.out, /Rows stored per table: headers [\d,]+, episodes [\d,]+, reviews [\d,]+.*ssd\.visits [\d,]+/);
  const listed = await run(['snapshots', '--db', db]);
  assert.match(listed.out, /^ {3}1 {2}extracted 2026-03-31/);
  const fromFolder = await run(['measures', folder, '--month', '2026-03', '--months', '3']);
  const fromSnapshot = await run(['measures', '--snapshot', '1', '--db', db, '--month', '2026-03', '--months', '3']);
  assert.equal(fromSnapshot.code, 0, fromSnapshot.err);
  assert.equal(fromSnapshot.out, fromFolder.out);
  // A snapshot id that does not exist is the command used wrongly, as an unknown measure is.
  const missing = await run(['measures', '--snapshot', '9', '--db', db]);
  assert.equal(missing.code, 2);
  assert.match(missing.err, new RegExp(`no stored snapshot with id 9\\. The one stored is 1\\. List them with "carestats snapshots --db ${db}"`));
  const written = await run(['measures', '--snapshot', '#1', '--db', db]);
  assert.equal(written.code, 2);
  assert.match(written.err, /^--snapshot must be a snapshot id .*, not "#1"\. Did you mean --snapshot 1\?/);
  const badFormat = await run(['snapshots', '--db', db, '--format', 'xml']);
  assert.equal(badFormat.code, 2);
  assert.match(badFormat.err, /Unknown format "xml": use text or json/);
});

test('a database that is not one carestats made is refused in words, with no stack trace, and left alone', async () => {
  const db = join(tempDir(), 'other.sqlite');
  const other = new DatabaseSync(db);
  other.exec('create table patients (id integer primary key)');
  other.close();
  const listed = await run(['snapshots', '--db', db]);
  assert.equal(listed.code, 1);
  assert.match(listed.err, /another program's SQLite database, not one carestats made, so carestats leaves it alone/);
  assert.doesNotMatch(listed.err, /at .*\.ts:\d+/);
});

test('a --month after the newest return ends has no figures, and a note on stderr says so', async () => {
  // Before, March 2031 was given figures (every episode open in March 2026 still going on, nobody starting).
  const r = await run(['measures', demoFolder(), '--month', '2031-03', '--measure', 'cla_count']);
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /Note: March 2031 is after the newest SSDA903 return ends \(31 March 2026\), so its figures are unavailable/);
  const [row] = JSON.parse(r.out) as { value: number | null; unavailable?: string }[];
  assert.equal(row?.value, null);
  assert.match(row?.unavailable ?? '', /^The newest SSDA903 return supplied ends on 31 March 2026, and the data know nothing of who came into care, left or moved after it\. Supply the next year's return, or an extract of it, to report March 2031\.$/);
  assert.doesNotMatch((await run(['measures', demoFolder(), '--month', '2026-03', '--measure', 'cla_count'])).err, /Note:/);
});

test('a month whose figure needs episodes from before the earliest return has no figure, and says why', async () => {
  // The demo's three returns begin with 2023-24, on 1 April 2023: who was in care at the end of 31 March 2023
  // is known (every episode open on 1 April is in it), but not who was in care in February, or came into care in March.
  const dir = demoFolder();
  const r = await run(['measures', dir, '--month', '2023-04', '--months', '3', '--measure', 'cla_count', '--measure', 'cla_starts', '--format', 'json']);
  assert.equal(r.code, 0, r.err);
  const rows = JSON.parse(r.out) as { id: string; month: string; value: number | null; unavailable?: string }[];
  const shown = rows.map((x) => [x.id, x.month, x.value === null ? 'unavailable' : 'figure']);
  assert.deepEqual(shown, [
    ['cla_count', '2023-02', 'unavailable'], ['cla_count', '2023-03', 'figure'], ['cla_count', '2023-04', 'figure'],
    ['cla_starts', '2023-02', 'unavailable'], ['cla_starts', '2023-03', 'unavailable'], ['cla_starts', '2023-04', 'figure'],
  ]);
  assert.equal(rows[0]?.unavailable, 'The earliest SSDA903 return supplied begins on 1 April 2023, and this figure needs who was in care on 28 February 2023, before it: children who left care, moved or were adopted before then are not in the data. Supply the earlier returns to report it.');
  assert.match(rows[4]?.unavailable ?? '', /needs the episodes from 1 March 2023 \(the month\), before it/);
  assert.doesNotMatch(r.err, /Note:/);
  const child = readFileSync(join(dir, '903', '2023-24', 'header.csv'), 'utf8').split('\n')[1]?.split(',')[0] ?? '';
  const explained = await run(['explain', 'cla_count', '--child', child, '--month', '2023-02', dir]);
  assert.equal(explained.code, 1);
  assert.match(explained.out, /The measure is unavailable for this month, so no child is in it\. The earliest SSDA903 return supplied begins on 1 April 2023/);
});

test('validate --format xlsx refuses an --out that is a folder before reading anything', async () => {
  const out = tempDir();
  const r = await run(['validate', demoFolder(), '--format', 'xlsx', '--out', out]);
  assert.equal(r.code, 2);
  assert.match(r.err, /is a folder: give the workbook a file name, such as .*data-quality\.xlsx/);
});

test('measures on a snapshot that today\'s checks find an error in says so, then gives the figures', async () => {
  // Stored straight through the store, as an older carestats with weaker checks might have stored it.
  const dir = folderWith(`${EPISODES_HEAD}1001,05/01/2026,S,C2,N1,U6,PR1,03/01/2026,E4A,,,,\n1002,01/02/2026,S,C2,N1,U6,PR1,,,,,,\n`);
  const loaded = await loadFolder(dir);
  assert.equal(loaded.ok, false);
  const collected = collectSourceFiles();
  for (const name of ['header.csv', 'episodes.csv']) collected.add(name, readFileSync(join(dir, name)));
  const db = join(tempDir(), 'store.sqlite');
  const store = openSqliteStore(db);
  store.importSnapshot({ files: await collected.finish(), summary: summariseRecords(loaded) }, null, { extractDate: '2026-03-31', source: dir, importedAt: '2026-04-01T00:00:00Z' });
  store.close();
  const result = await run(['measures', '--snapshot', '1', '--db', db, '--month', '2026-03', '--format', 'json']);
  assert.equal(result.code, 0, result.err);
  assert.match(result.err, /Snapshot 1 was accepted when it was imported, but this version of carestats finds errors in its files/);
  assert.match(result.err, /episodes\.csv, row 2, column H \(DEC\)/);
  const rows = JSON.parse(result.out) as { id: string; value: number | null }[];
  assert.equal(rows.find((r) => r.id === 'cla_count')?.value, 1, 'child 1002, whose episode read cleanly, is counted');
  // Read in two shares, the errors stop the shares and one thread says the same and gives the same figures.
  const shared = await run(['measures', '--snapshot', '1', '--db', db, '--month', '2026-03', '--format', 'json', '--threads', '2']);
  assert.deepEqual(shared, result);
});

test('snapshots says which stored snapshots hold records from an older carestats rather than the files', async () => {
  const db = join(tempDir(), 'store.sqlite');
  const old = new DatabaseSync(db);
  old.exec(SCHEMA_V1_SQL);
  old.exec(SCHEMA_V2_SQL);
  old.exec("insert into snapshot values (1, 'h', '2026-03-31', '2026-04-01T00:00:00Z', '/old', null, 0, 0, '{}')");
  old.exec('pragma user_version = 2');
  old.close();
  await run(['import', demoFolder(), '--extract-date', '2026-03-30', '--db', db]);
  const lines = (await run(['snapshots', '--db', db])).out.split('\n');
  assert.match(lines[0] ?? '', /^ {3}1 {2}extracted 2026-03-31 .* from \/old {2}\(records stored by an older carestats, not the files\)$/);
  assert.match(lines[1] ?? '', /^ {3}2 {2}extracted 2026-03-30 .*episodes {2}from \S+$/);
});

test('a command other than start loads neither the web server nor the report’s pages', () => {
  // Every module the process loads is recorded by a resolve hook; main.ts then runs `definitions`.
  const script = `
    import { registerHooks } from 'node:module';
    const loaded = [];
    registerHooks({ resolve(specifier, context, next) { const r = next(specifier, context); loaded.push(r.url); return r; } });
    const { main } = await import(${JSON.stringify(new URL('../src/cli/main.ts', import.meta.url).href)});
    const fx = { out: () => {}, err: () => {}, env: {}, today: () => 0 };
    const code = await main(['definitions', '--format', 'json'], fx);
    console.log(JSON.stringify({ code, loaded }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, TZ: 'Europe/London' } });
  assert.equal(r.status, 0, r.stderr);
  const { code, loaded } = JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '{}') as { code: number; loaded: string[] };
  assert.equal(code, 0);
  assert.ok(loaded.some((u) => u.endsWith('/src/measures/registry.ts')));
  // (validate's workbook of issues is in report/ too, and main.ts loads validate.)
  assert.deepEqual(loaded.filter((u) => u.includes('/src/web/') || /\/src\/report\/(write-site|render-)/.test(u) || u.endsWith('/commands/start.ts')), []);
});

test('validate sets aside a date after today when a return not named for its year takes its year from its dates', async () => {
  // 01/01/2052 is a mistyped 2026 (synthetic; no real child data).
  const dir = folderWith(`${EPISODES_HEAD}1001,01/01/2026,S,C2,N1,U6,PR1,,,,,,\n1002,03/01/2026,S,V2,N1,U6,PR1,01/01/2052,E4A,,,,\n`);
  const { out } = await run(['validate', dir, '--format', 'json']);
  const report = JSON.parse(out) as { returns: { year: number }[]; issues: { id: string; file: string; row: number; column: string; columnLetter: string; value: string; message: string }[] };
  assert.deepEqual(report.returns.map((r) => r.year), [2026]);
  const setAside = report.issues.filter((i) => i.id === 'return-year-date-set-aside');
  assert.deepEqual(setAside.map((i) => [i.file, i.row, i.column, i.columnLetter, i.value]), [['episodes.csv', 3, 'DEC', 'H', '01/01/2052']]);
  assert.match(setAside[0]?.message ?? '', /2025\/26.*after the extract date, 31\/03\/2026 \(today’s date when a folder is checked/);
  // Checked against 2025/26, the mistyped date is after that year's end.
  assert.ok(report.issues.some((i) => i.id === 'episode-ends-after-year-end' && i.row === 3));
});

test('a return whose Episodes file cannot be read says so once, not as every other record of the return seeming out of care', async () => {
  // Synthetic; no real child data. 2025-26's episodes.csv is separated by semicolons, as Excel saves a CSV in
  // some locales: its missing episodes would otherwise each be "not while looked after".
  const dir = tempDir();
  const episodes = `${EPISODES_HEAD}1001,05/01/2024,S,C2,N1,U6,PR1,,,,,,\n`;
  const missing = 'CHILD,DOB,MISSING,MIS_START,MIS_END\n1001,01/02/2015,M,10/06/2025,11/06/2025\n1001,01/02/2015,M,10/07/2025,11/07/2025\n';
  for (const [folder, files] of [['2024-25', { 'header.csv': HEADER_CSV, 'episodes.csv': episodes }], ['2025-26', { 'header.csv': HEADER_CSV, 'episodes.csv': episodes.replaceAll(',', ';'), 'missing.csv': missing }]] as const) {
    mkdirSync(join(dir, '903', folder), { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, '903', folder, name), text);
  }
  const { code, out } = await run(['validate', dir, '--format', 'json']);
  assert.equal(code, 1);
  const report = JSON.parse(out) as { issues: { id: string; file: string | null; message: string }[] };
  assert.deepEqual(report.issues.filter((i) => i.id !== 'table-has-no-rows').map((i) => [i.id, i.file]), [
    ['return-table-missing', null],
    // Nor is 2024-25's open episode closed E99 for want of a later return continuing it: 2024-25 is the newest
    // return whose Episodes were read (stack-years.ts rule 5d).
    ['file-not-comma-separated', '903/2025-26/episodes.csv'],
  ]);
  assert.match(report.issues[0]?.message ?? '', /^The return in 903\/2025-26 has no SSDA903 Episodes table that carestats could read, though every return needs one\. The checks across tables were not run/);
});

test('a year whose XML return is cut off part way is one error beside the file’s, not every child in care over the gap', async () => {
  // Synthetic; no real child data. Three returns as DfE XML; the middle one ends part way through a child. Before,
  // the years either side were stacked across the gap: the open episode came out left open, then closed by a
  // later return, and the checks across tables found their echo (112 issues from one cut in an analyst's test).
  const dir = tempDir();
  const child = (sex: string) => `<CHILD>\n<HEADER><CHILDID>1001</CHILDID><SEX>${sex}</SEX><DOB>01/02/2015</DOB><ETHNIC>WBRI</ETHNIC><UPN>UN1</UPN></HEADER>\n<EPISODE><DECOM>05/01/2024</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>U6</PL><PLACE_PROVIDER>PR1</PLACE_PROVIDER></EPISODE>\n</CHILD>\n`;
  // SEX is 2 to 2023/24 and F from 2024/25 (each year's codes).
  const whole = (sex: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<EXPSSDA903>\n${child(sex)}</EXPSSDA903>\n`;
  const cut = whole('F').slice(0, whole('F').indexOf('<EPISODE>') + 20);
  const returns = { '2023-24': whole('2'), '2024-25': cut, '2025-26': whole('F') };
  for (const [folder, text] of Object.entries(returns)) {
    mkdirSync(join(dir, '903', folder), { recursive: true });
    writeFileSync(join(dir, '903', folder, 'return.xml'), text);
  }
  const { code, out } = await run(['validate', dir, '--format', 'json']);
  assert.equal(code, 1);
  const report = JSON.parse(out) as { issues: { id: string; file: string | null; row: number | null; message: string }[] };
  assert.deepEqual(report.issues.map((i) => [i.id, i.file, i.row]), [['return-unreadable', null, null], ['xml-cut-off', '903/2024-25/return.xml', 5]]);
  assert.match(report.issues[0]?.message ?? '', /^The return in 903\/2024-25 could not be read \(903\/2024-25\/return\.xml\)/);
});

test('a folder whose one XML return cannot be read does not also say no file is the Header or Episodes table', async () => {
  const dir = tempDir();
  mkdirSync(join(dir, '903', '2025-26'), { recursive: true });
  writeFileSync(join(dir, '903', '2025-26', 'return.xml'), '<!DOCTYPE html>\n<html><body>Your session has expired</body></html>\n');
  const { code, out } = await run(['validate', dir, '--format', 'json']);
  assert.equal(code, 1);
  const report = JSON.parse(out) as { issues: { id: string }[] };
  assert.deepEqual(report.issues.map((i) => i.id), ['return-unreadable', 'file-unreadable']);
});
