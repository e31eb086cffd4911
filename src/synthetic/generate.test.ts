// Tests of the synthetic council: deterministic, consistent with the DfE 903 rules, codes valid for each
// collection year, activity only while looked after, and a realistic shape (ranges stated per test; each
// test reports its figure as a diagnostic, so `node --test` output shows where the council sits).
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { birthday, dayFromYmd, type Day } from '../core/civil-date.ts';
import { runChecks } from '../checks/run-checks.ts';
import { parseFileDate } from '../ingest/parse-date.ts';
import { ingestFiles } from '../ingest/ingest.ts';
import { readCsv } from '../ingest/read-csv.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCouncil, type GeneratedCouncil } from './generate.ts';
import { generateCouncilTo, MANIFEST_FILE } from './write-council.ts';
import { tempDir } from '../../test/helpers/temp-dir.ts';

const END = dayFromYmd(2026, 3, 31);
const csvFiles = (c: GeneratedCouncil) => c.files.filter((f) => f.name.endsWith('.csv'));

/** A generated file's rows as objects keyed by column name. */
function rows(c: GeneratedCouncil, name: string): Record<string, string>[] {
  const file = c.files.find((f) => f.name === name);
  assert.ok(file, `${name} exists`);
  const table = readCsv(name, file.text).tables[0];
  return (table?.rows ?? []).map((r) => Object.fromEntries(table?.headings.map((h, i) => [h, r.values[i] ?? '']) ?? []));
}

const day = (text: string): Day => {
  const d = parseFileDate(text);
  if (typeof d !== 'number') throw new Error(`not a date: ${text}`);
  return d;
};

/** Asserts lo ≤ value ≤ hi and reports the value. */
function within(t: TestContext, what: string, value: number, lo: number, hi: number): void {
  t.diagnostic(`${what}: ${value.toFixed(3)} (range ${String(lo)} to ${String(hi)})`);
  assert.ok(value >= lo && value <= hi, `${what} is ${value.toFixed(3)}, outside ${String(lo)} to ${String(hi)}`);
}

test('the same seed and options give byte-identical files; another seed gives different ones', () => {
  const a = generateCouncil({ seed: 11, size: 'small', end: END, years: 3 });
  const b = generateCouncil({ seed: 11, size: 'small', end: END, years: 3 });
  const c = generateCouncil({ seed: 12, size: 'small', end: END, years: 3 });
  assert.deepEqual(a.files, b.files);
  assert.notDeepEqual(a.files.find((f) => f.name.endsWith('2025-26/episodes.csv')), c.files.find((f) => f.name.endsWith('2025-26/episodes.csv')));
});

const small = generateCouncil({ seed: 1, size: 'small', end: dayFromYmd(2026, 11, 20), years: 6 });

test('there is a return for each collection year, the last one partial, with every table', () => {
  const folders = [...new Set(small.files.map((f) => f.name.split('/').slice(0, 2).join('/')).filter((n) => n.startsWith('903/')))];
  assert.deepEqual(folders, ['903/2020-21', '903/2021-22', '903/2022-23', '903/2023-24', '903/2024-25', '903/2025-26', '903/2026-27']);
  const names = (folder: string) => small.files.filter((f) => f.name.startsWith(`${folder}/`)).map((f) => f.name.slice(folder.length + 1)).sort();
  assert.deepEqual(names('903/2022-23'), ['ad1.csv', 'episodes.csv', 'header.csv', 'missing.csv', 'oc2.csv', 'oc3.csv', 'placed_adoption.csv', 'prev_perm.csv', 'reviews.csv', 'uasc.csv']);
  assert.ok(names('903/2023-24').includes('sw_episodes.csv'), 'SWEpisodes from 2023/24');
  for (const t of ['ssd_person', 'ssd_cla_reviews', 'ssd_cla_visits', 'ssd_cla_health', 'ssd_cla_immunisations', 'ssd_sdq_scores', 'ssd_missing', 'ssd_care_leavers', 'ssd_involvements', 'ssd_department', 'ssd_disability']) {
    assert.ok(rows(small, `ssd/${t}.csv`).length > 0, `${t} has rows`);
  }
});

test('the files read cleanly, stack into one history, and pass every data-quality check', () => {
  const ingest = ingestFiles(csvFiles(small));
  // A council this small can go a year without an adoption: an AD1 file with headings only is right then.
  assert.deepEqual(ingest.issues.filter((i) => !(i.id === 'table-has-no-rows' && i.file?.endsWith('/ad1.csv'))).map((i) => `${i.id} ${i.file ?? ''}`), []);
  const issues = runChecks({ data: ingest.data, headings: ingest.headings, rejectedChildren: ingest.rejectedChildren });
  assert.deepEqual(issues.slice(0, 5).map((i) => `${i.id} ${i.file ?? ''} row ${String(i.row)}: ${i.message}`), []);
});

test('codes are valid for each collection year', () => {
  for (const f of small.files.filter((x) => /^903\/\d{4}-\d{2}\//.test(x.name))) {
    const endYear = Number(f.name.slice(4, 8)) + 1;
    if (f.name.endsWith('header.csv')) {
      const sexes = new Set(rows(small, f.name).map((r) => r.SEX));
      assert.deepEqual([...sexes].sort(), endYear <= 2024 ? ['1', '2'] : ['F', 'M'], `${f.name} SEX`);
    }
    if (f.name.endsWith('episodes.csv')) {
      for (const r of rows(small, f.name)) {
        if (endYear <= 2024) assert.notEqual(r.PLACE, 'K3', `${f.name}: K3 only from 2024/25`);
        else assert.notEqual(r.PLACE, 'H5', `${f.name}: H5 reported as K3 from 2024/25`);
        if (endYear <= 2018) assert.ok(!['E45', 'E46', 'E47', 'E48'].includes(r.REC ?? ''), `${f.name}: E45–E48 from 2018/19`);
        assert.ok(!['P2', 'Z1'].includes(r.PLACE ?? ''), `${f.name}: no retired codes`);
      }
    }
    if (f.name.endsWith('oc3.csv')) {
      for (const r of rows(small, f.name)) {
        const a = r.ACTIV ?? '';
        if (endYear <= 2021) assert.ok(!/^[FP][45]$/.test(a), `${f.name}: F4/F5 from 2021/22`);
        else assert.ok(!/^[FP]3$/.test(a), `${f.name}: F3/P3 to 2020/21`);
        if (r.IN_TOUCH === 'YES') assert.ok(a !== '0' && r.ACCOM !== '0', `${f.name}: in touch needs activity and accommodation (rule 345)`);
      }
    }
  }
});

test('older years use the codes of their time (sex 1/2, E43/E44, F3/P3)', () => {
  const old = generateCouncil({ seed: 4, size: 'small', end: END, years: 10 });
  const folders = new Set(old.files.flatMap((f) => (f.name.startsWith('903/') ? [f.name.split('/')[1]] : [])));
  assert.equal(folders.size, 10, 'ten years to 31 March 2026 are ten returns');
  assert.ok(folders.has('2016-17') && !folders.has('2015-16'), 'the first is 2016-17');
  const recs = new Set(['903/2016-17', '903/2017-18'].flatMap((y) => rows(old, `${y}/episodes.csv`).map((r) => r.REC)));
  assert.ok(!['E45', 'E46', 'E47', 'E48'].some((c) => recs.has(c)), 'no E45–E48 before 2018/19');
  assert.ok(recs.has('E43') || recs.has('E44'), 'special guardianship as E43/E44 before 2018/19');
  const activities = new Set(['903/2018-19', '903/2019-20', '903/2020-21'].flatMap((y) => rows(old, `${y}/oc3.csv`).map((r) => r.ACTIV)));
  assert.ok(activities.has('F3') || activities.has('P3'), 'F3/P3 used to 2020/21');
});

test('reviews and visits happen only while the child is looked after', () => {
  const { data } = ingestFiles(csvFiles(small));
  const episodes = new Map<string, { decom: Day; dec: Day | null; ls: string }[]>();
  for (const e of data.episodes) episodes.set(e.child, [...(episodes.get(e.child) ?? []), e]);
  const inCare = (child: string, d: Day) => (episodes.get(child) ?? []).some((e) => e.ls !== 'V3' && e.decom <= d && (e.dec === null || d < e.dec));
  const reviews = small.files.filter((f) => f.name.endsWith('/reviews.csv')).flatMap((f) => rows(small, f.name));
  assert.ok(reviews.length > 100);
  for (const r of reviews) assert.ok(inCare(r.CHILD ?? '', day(r.REVIEW ?? '')), `review for ${r.CHILD ?? ''} on ${r.REVIEW ?? ''}`);
  const visits = rows(small, 'ssd/ssd_cla_visits.csv');
  assert.ok(visits.length > 1000);
  for (const v of visits) assert.ok(inCare(v.clav_person_id ?? '', day(v.clav_cla_visit_date ?? '')), `visit for ${v.clav_person_id ?? ''}`);
});

// Shape: a medium council (about 600 looked after), measured at 31 March 2025 from the 2024-25 return.
const medium = generateCouncil({ seed: 2, size: 'medium', end: END, years: 6 });
const eps25 = rows(medium, '903/2024-25/episodes.csv');
const atEnd = eps25.filter((e) => e.DEC === '' && e.LS !== 'V3');

test('shape: 600 ± 40% looked after, 60–80% fostered, 4–14% unaccompanied asylum-seeking', (t) => {
  within(t, 'looked after at 31 March 2025', atEnd.length, 360, 840);
  within(t, 'share fostered (U1–U6)', atEnd.filter((e) => /^U[1-6]$/.test(e.PLACE ?? '')).length / atEnd.length, 0.6, 0.8);
  const uasc = new Set(rows(medium, '903/2024-25/uasc.csv').filter((u) => u.DUC === '').map((u) => u.CHILD));
  within(t, 'share unaccompanied asylum-seeking', atEnd.filter((e) => uasc.has(e.CHILD)).length / atEnd.length, 0.04, 0.14);
});

test('shape: 5–16% of children looked after at 31 March had 3 or more placements in the year', (t) => {
  const byChild = new Map<string, Record<string, string>[]>();
  for (const e of eps25) byChild.set(e.CHILD ?? '', [...(byChild.get(e.CHILD ?? '') ?? []), e]);
  let three = 0;
  for (const e of atEnd) {
    const list = (byChild.get(e.CHILD ?? '') ?? []).filter((x) => x.LS !== 'V3');
    // Placements: the first in the year, then each change of placement and carer (RNE P, B or a new S),
    // not counting temporary placements (T0–T4) or the return from one.
    let count = 0;
    list.forEach((x, i) => {
      const prev = list[i - 1];
      const temporary = /^T[0-4]$/.test(x.PLACE ?? '') || (prev !== undefined && /^T[0-4]$/.test(prev.PLACE ?? ''));
      if (i === 0 || (['P', 'B', 'S'].includes(x.RNE ?? '') && !temporary)) count += 1;
    });
    if (count >= 3) three += 1;
  }
  within(t, 'share with 3+ placements', three / atEnd.length, 0.05, 0.16);
});

test('shape: 40–70% of care leavers aged 19–21 in education, employment or training; 75–95% suitably housed', (t) => {
  const oc3 = ['2022-23', '2023-24', '2024-25'].flatMap((y) => rows(medium, `903/${y}/oc3.csv`).map((r): Record<string, string> & { year: string } => ({ ...r, year: y })));
  const older = oc3.filter((r) => {
    const endYear = Number(r.year.slice(0, 4)) + 1;
    const dob = day(r.DOB ?? '');
    return [19, 20, 21].some((age) => birthday(dob, age) >= dayFromYmd(endYear - 1, 4, 1) && birthday(dob, age) <= dayFromYmd(endYear, 3, 31));
  });
  within(t, 'care leavers aged 19–21 in three OC3 returns', older.length, 60, 2000);
  within(t, 'share in education, employment or training', older.filter((r) => /^[FP]\d$/.test(r.ACTIV ?? '')).length / older.length, 0.4, 0.7);
  within(t, 'share in suitable accommodation', older.filter((r) => (r.ACCOM ?? '').endsWith('1')).length / older.length, 0.75, 0.95);
});

test('shape: adopted children waited on average 300–750 days from entering care to moving in with adopters', (t) => {
  const { data } = ingestFiles(csvFiles(medium));
  const adopted = data.episodes.filter((e) => e.rec === 'E11' || e.rec === 'E12');
  within(t, 'adoptions in six years', adopted.length, 10, 1000);
  const waits = adopted.map((last) => {
    const mine = data.episodes.filter((e) => e.child === last.child && e.decom <= last.decom).sort((a, b) => a.decom - b.decom);
    // Entry: the start of the period of care that ended in adoption.
    let entry = last.decom;
    for (let i = mine.length - 1; i >= 0; i -= 1) {
      const e = mine[i];
      if (!e) break;
      entry = e.decom;
      if (e.rne === 'S') break;
    }
    const placed = mine.find((e) => e.decom >= entry && /^A[3-6]$/.test(e.place))?.decom ?? last.decom;
    return placed - entry;
  });
  within(t, 'mean days from entering care to placed for adoption', waits.reduce((s, w) => s + w, 0) / waits.length, 300, 750);
  assert.ok(rows(medium, '903/2024-25/ad1.csv').every((r) => day(r.DATE_MATCH ?? '') >= day(r.DATE_INT ?? '')), 'matched after the decision');
});

test('PlacedAdoption follows the DfE rules: a return with a placement order has the decision, reversed only in its own year, and a reversal ends the order', () => {
  const council = generateCouncil({ seed: 3, size: 'medium', end: END, years: 10 });
  const years = council.files.filter((f) => f.name.endsWith('/placed_adoption.csv')).map((f) => f.name.slice(0, -'/placed_adoption.csv'.length)).sort();
  let reversals = 0;
  let orders = 0;
  let last: Map<string, Record<string, string>[]> = new Map();
  for (const y of years) {
    const start = dayFromYmd(Number(y.slice(4, 8)), 4, 1);
    const decisions = new Map<string, Record<string, string>[]>();
    for (const r of rows(council, `${y}/placed_adoption.csv`)) decisions.set(r.CHILD ?? '', [...(decisions.get(r.CHILD ?? '') ?? []), r]);
    for (const e of rows(council, `${y}/episodes.csv`).filter((r) => r.LS === 'E1')) {
      orders += 1;
      const mine = decisions.get(e.CHILD ?? '') ?? [];
      // Rule 553: a placement order with no decision that the child should be placed for adoption; and an open E1
      // episode whose decision is recorded as reversed.
      assert.ok(mine.length > 0, `${y}: ${e.CHILD ?? ''} has an E1 episode from ${e.DECOM ?? ''} and no PlacedAdoption row`);
      if (e.DEC === '') assert.ok(mine.every((r) => r.DATE_PLACED_CEASED === ''), `${y}: ${e.CHILD ?? ''}'s E1 episode is open, but the decision is reversed`);
    }
    for (const [child, mine] of decisions) {
      for (const r of mine.filter((d) => d.DATE_PLACED_CEASED !== '')) {
        reversals += 1;
        // Rule 118: a reversal is reported in the return of its year, not before it.
        assert.ok(day(r.DATE_PLACED_CEASED ?? '') >= start, `${y}: ${child}'s decision was reversed before the year`);
      }
      // Rule 561: a decision reversed last year is not reported again.
      for (const r of mine) assert.ok(!(last.get(child) ?? []).some((p) => p.DATE_PLACED === r.DATE_PLACED && p.DATE_PLACED_CEASED !== ''), `${y}: ${child}'s decision reversed last year is reported again`);
    }
    last = decisions;
  }
  assert.ok(orders > 50 && reversals > 3, `${String(orders)} E1 episodes and ${String(reversals)} reversals`);
});

test('shape: missing episodes are mostly teenagers, and care leavers have contacts to 21', (t) => {
  const missing = ['2023-24', '2024-25'].flatMap((y) => rows(medium, `903/${y}/missing.csv`));
  within(t, 'missing and away episodes in two years', missing.length, 50, 20_000);
  within(t, 'share of missing episodes by teenagers', missing.filter((m) => day(m.MIS_START ?? '') - day(m.DOB ?? '') >= 13 * 365).length / missing.length, 0.75, 1);
  within(t, 'care leavers with contacts', new Set(rows(medium, 'ssd/ssd_care_leavers.csv').map((l) => l.clea_person_id)).size, 100, 5000);
});

test('--messy injects each kind of fault once and the manifest says exactly where', () => {
  const messy = generateCouncil({ seed: 5, size: 'small', end: END, years: 3, messy: true });
  const faults = messy.faults ?? [];
  assert.deepEqual(faults.map((f) => f.kind).sort(), [
    'blank-file', 'byte-order-mark', 'child-id-dot-zero', 'duplicated-row', 'excel-date', 'header-only-file', 'lower-case-code', 'overlapping-episode', 'trailing-spaces',
  ]);
  const text = (name: string) => messy.files.find((f) => f.name === name)?.text ?? '';
  for (const f of faults) {
    const lines = text(f.file).replace(/^\uFEFF/, '').split('\n');
    if (f.kind === 'byte-order-mark') assert.ok(text(f.file).startsWith('\uFEFF'));
    if (f.kind === 'blank-file') assert.equal(text(f.file), '');
    if (f.kind === 'header-only-file') assert.equal(text(f.file).trim().split('\n').length, 1);
    if (f.kind === 'duplicated-row' && f.row !== null) assert.equal(lines[f.row - 1], lines[f.row - 2], 'the row repeats the one above it');
    if (f.column !== null && f.row !== null) {
      // The cell at the manifest's Excel row and column holds the injected value.
      const header = (lines[0] ?? '').split(',');
      assert.equal(header.indexOf(f.column), (f.columnLetter ?? 'A').charCodeAt(0) - 65, `${f.kind}: column letter`);
      assert.equal((lines[f.row - 1] ?? '').split(',')[header.indexOf(f.column)], f.after, `${f.kind}: value at row ${String(f.row)}`);
      assert.notEqual(f.before, f.after);
    }
  }
  const byKind = Object.fromEntries(faults.map((f) => [f.kind, f]));
  assert.match(byKind['excel-date']?.after ?? '', /^\d{4}-\d{2}-\d{2} 00:00:00$/);
  assert.match(byKind['child-id-dot-zero']?.after ?? '', /^\d+\.0$/);
  assert.match(byKind['trailing-spaces']?.after ?? '', / {3}$/);
  assert.match(byKind['lower-case-code']?.after ?? '', /^[a-z]\d$/);
  // The same seed gives the same faults in the same places.
  assert.deepEqual(generateCouncil({ seed: 5, size: 'small', end: END, years: 3, messy: true }).faults, faults);
});

test('a clean council has no fault manifest', () => {
  assert.equal(small.faults, null);
});

test('streaming to disk writes exactly the bytes the in-memory generator makes, messy or not', () => {
  for (const messy of [false, true]) {
    const options = { seed: 9, size: 'small' as const, end: END, years: 2, messy };
    const dir = tempDir('carestats-gen-');
    const written = generateCouncilTo(dir, options);
    const memory = generateCouncil(options);
    const names = written.paths.map((p) => p.slice(dir.length + 1)).filter((n) => n !== MANIFEST_FILE);
    assert.deepEqual(names, memory.files.map((f) => f.name).sort());
    for (const f of memory.files) assert.equal(readFileSync(join(dir, f.name), 'utf8'), f.text, f.name);
    assert.deepEqual(written.faults, memory.faults);
  }
});

test('each disabled child has one ssd_disability row; the SEND flag (an EHC plan) is given to the same children', () => {
  const disabled = rows(small, 'ssd/ssd_disability.csv').map((r) => r.disa_person_id ?? '');
  assert.ok(disabled.length > 0);
  assert.equal(new Set(disabled).size, disabled.length, 'one row each');
  const people = rows(small, 'ssd/ssd_person.csv');
  assert.deepEqual(disabled, people.filter((p) => p.pers_send_flag === 'Y').map((p) => p.pers_person_id));
  assert.ok(rows(small, 'ssd/ssd_disability.csv').every((r) => r.disa_disability_code !== ''));
});
