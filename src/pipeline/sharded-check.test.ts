// A folder read in shares on several threads gives exactly what one read gives: the same issues (each
// column's notes counted over every share, a file's problems once), the same tables and the same counts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeIssue, type Issue } from '../checks/issue.ts';
import { dayFromYmd } from '../core/civil-date.ts';
import { readCsv } from '../ingest/read-csv.ts';
import { shardOfCell } from '../ingest/shard.ts';
import type { CountedNote } from '../ingest/type-table.ts';
import { ssda903Xml } from '../synthetic/to-xml.ts';
import { generateCouncilTo } from '../synthetic/write-council.ts';
import { tempDir } from '../../test/helpers/temp-dir.ts';
import { loadFolder } from './load-folder.ts';
import { addedNotes, mergeShares, type ShareResult } from './merge-shards.ts';
import { checkFolder, sharesFor, SHARDED_FROM_BYTES } from './sharded-check.ts';

/** Rewrites a CSV's data rows: `edit` gets each row's cells (by heading) and its number as Excel shows it. */
function editCsv(path: string, edit: (cells: Record<string, string>, row: number) => void): void {
  const [head = '', ...rows] = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\n');
  const names = head.split(',');
  const out = rows.map((line, i) => {
    const values = line.split(',');
    const cells = Object.fromEntries(names.map((n, k) => [n, values[k] ?? '']));
    edit(cells, i + 2);
    return names.map((n) => cells[n] ?? '').join(',');
  });
  writeFileSync(path, `${[head, ...out].join('\n')}\n`);
}

/** A messy small council, made messier: notes in many rows of both shares, errors, and a file carestats does not know. */
function messierCouncil(): string {
  const dir = tempDir('carestats-shards-');
  generateCouncilTo(dir, { seed: 5, size: 'small', end: dayFromYmd(2026, 3, 31), years: 3, messy: true });
  editCsv(join(dir, '903/2025-26/episodes.csv'), (c, row) => {
    if (row % 3 === 0) c.CHILD = `${c.CHILD ?? ''}.0`;
    if (row % 4 === 0) c.RNE = (c.RNE ?? '').toLowerCase();
    if (row % 5 === 0) c.PLACE = ` ${c.PLACE ?? ''}`;
    if (row === 9) c.LS = 'ZZ';
  });
  editCsv(join(dir, 'ssd/ssd_cla_visits.csv'), (c, row) => {
    if (row % 2 === 0) c.clav_cla_visit_seen = (c.clav_cla_visit_seen ?? '').toLowerCase();
    if (row % 7 === 0) c.clav_person_id = ` ${c.clav_person_id ?? ''} `;
    if (row === 11) c.clav_cla_visit_date = '2023-02-30';
  });
  // Tables with no child id, which every share reads whole: their notes are counted once, not once a share.
  editCsv(join(dir, 'ssd/ssd_department.csv'), (c) => { c.dept_team_name = `${c.dept_team_name ?? ''} `; });
  editCsv(join(dir, 'ssd/ssd_cla_reviews.csv'), (c) => { c.clar_cla_review_cancelled = (c.clar_cla_review_cancelled ?? '').toLowerCase(); });
  writeFileSync(join(dir, 'ssd/notes.csv'), 'a,b\n1,2\n');
  return dir;
}

/** A return as DfE XML on one line (every row is line 1), some children with one bad code and spaced placements. */
function oneLineXmlCouncil(): string {
  const dir = messierCouncil();
  const year = join(dir, '903/2025-26');
  editCsv(join(year, 'episodes.csv'), (c, row) => {
    if (row % 7 === 0) c.LS = 'ZZ';
    if (row % 5 === 0) c.PLACE = ` ${c.PLACE ?? ''}`;
  });
  const tables = readdirSync(year).flatMap((f) => readCsv(f, readFileSync(join(year, f), 'utf8')).tables);
  rmSync(year, { recursive: true });
  mkdirSync(year);
  writeFileSync(join(year, 'return.xml'), ssda903Xml(tables).replace(/\n\s*/g, ''));
  return dir;
}

test('a folder read in 2 or 3 shares gives exactly the issues, tables and counts of one read', async () => {
  const dir = messierCouncil();
  const one = await checkFolder(dir, { shares: 1 });
  // The mangling shows: counted notes over many rows, a row's errors and a file's problem.
  const trimmed = one.issues.filter((i) => i.id === 'value-trimmed' && i.file === '903/2025-26/episodes.csv');
  assert.ok(trimmed.length === 1 && /more rows/.test(trimmed[0]?.message ?? ''), 'spaces before PLACE are one counted note');
  assert.ok(one.issues.some((i) => i.id === 'code-invalid' && i.row === 9 && i.column === 'LS'));
  assert.ok(one.issues.some((i) => i.id === 'date-invalid' && i.file === 'ssd/ssd_cla_visits.csv' && i.row === 11));
  assert.equal(one.issues.filter((i) => i.id === 'table-not-recognised').length, 1);
  assert.ok(one.issues.some((i) => i.id === 'value-trimmed' && i.file === 'ssd/ssd_department.csv' && /more rows/.test(i.message)));
  assert.ok(one.issues.some((i) => i.id === 'code-lower-case' && i.file === 'ssd/ssd_cla_reviews.csv'));
  assert.ok(one.summary.children > 20);
  for (const shares of [2, 3]) {
    const many = await checkFolder(dir, { shares });
    assert.deepEqual(many, one, `${String(shares)} shares`);
  }
});

test('a one-line XML return read in shares keeps every child’s issue, though their words and row are alike', async () => {
  const dir = oneLineXmlCouncil();
  const one = await checkFolder(dir, { shares: 1 });
  const bad = one.issues.filter((i) => i.id === 'code-invalid' && i.file === '903/2025-26/return.xml (Episodes)');
  assert.ok(bad.length > 3 && bad.every((i) => i.row === 1 && i.message === bad[0]?.message), 'several children, one row, one message');
  assert.ok(one.issues.some((i) => i.id === 'value-trimmed' && i.column === 'PLACE'));
  assert.deepEqual(await checkFolder(dir, { shares: 2 }), one);
});

test('each share reads and checks only its own children, and the shares together are every child once', async () => {
  // Without this the merge test could pass with shares that each read everything (and kept one copy).
  const dir = messierCouncil();
  const whole = await loadFolder(dir);
  const shares = await Promise.all([0, 1].map((index) => loadFolder(dir, { shard: { index, count: 2 } })));
  const ids = (l: typeof whole) => l.data.headers.map((h) => h.child);
  const [a = [], b = []] = shares.map(ids);
  assert.ok(a.length > 0 && b.length > 0, 'both shares have children');
  assert.equal(a.filter((c) => b.includes(c)).length, 0, 'no child in both');
  assert.deepEqual([...a, ...b].sort(), ids(whole).sort());
  assert.equal(shares.reduce((n, l) => n + l.data.episodes.length, 0), whole.data.episodes.length);
  // A share's notes wait to be added up; one read's are issues.
  assert.ok(shares.every((l) => (l.share?.countedNotes.length ?? 0) > 0) && whole.share === null);
});

test('a child id falls in the same share however the file wrote it', () => {
  for (const count of [2, 3, 7]) {
    for (const id of ['100003', '7', 'A123', '0456']) {
      const share = shardOfCell(id, 0, id.length, count);
      for (const written of [` ${id}`, `${id} `, `\t${id}\r`]) assert.equal(shardOfCell(written, 0, written.length, count), share, JSON.stringify(written));
      if (/^\d+$/.test(id)) assert.equal(shardOfCell(`${id}.0`, 0, id.length + 2, count), share, `${id}.0`);
      // Read from the middle of a file's text, as the CSV parser gives cells.
      const text = `x,${id},y`;
      assert.equal(shardOfCell(text, 2, 2 + id.length, count), share);
    }
  }
  // Different ids fall in different shares, so both shares have work.
  const shares = new Set(Array.from({ length: 200 }, (_, i) => shardOfCell(String(100000 + i), 0, 6, 2)));
  assert.deepEqual([...shares].sort(), [0, 1], 'ids spread over both shares');
});

const issue = (row: number, value: string): Issue => makeIssue('code-invalid', { file: 'e.csv', row, column: 'LS', columnIndex: 3, value }, { valid: 'C1' });
const fileIssue = makeIssue('file-byte-order-mark', { file: 'e.csv' });

test('the files’ issues are taken from the first share, and every share’s children’s issues are kept, alike or not', () => {
  const share = (childIssues: Issue[]): ShareResult => ({
    commonIssues: [fileIssue], childIssues, countedNotes: [], tables: [], supplied: [], returns: [], config: null, bytes: 10,
    summary: { counts: {}, children: 1, episodes: 1 }, hashes: [],
  });
  // Two children's rows on one line of an XML file give the same words: both are kept.
  const merged = mergeShares([share([issue(2, 'X'), issue(1, 'ZZ')]), share([issue(1, 'ZZ')])], new Set());
  assert.deepEqual(merged.issues, [fileIssue, issue(1, 'ZZ'), issue(1, 'ZZ'), issue(2, 'X')]);
  assert.equal(merged.ok, false);
});

test('counted notes are added up per file and column, at the earliest row', () => {
  const note = (row: number, value: string, count: number, column = 'RNE', order = row): CountedNote => ({ id: 'code-lower-case', file: 'e.csv', row, column, columnIndex: 2, value, count, order });
  assert.deepEqual(addedNotes([note(7, 'p', 3), note(4, 'u', 2), note(5, 'x', 1, 'LS')]), [note(4, 'u', 5), note(5, 'x', 1, 'LS')]);
  // Rows of one number (XML on one line): the first in the file, by its order among the table's rows.
  assert.deepEqual(addedNotes([note(1, 'b', 1, 'RNE', 9), note(1, 'a', 1, 'RNE', 3)]), [note(1, 'a', 2, 'RNE', 3)]);
});

test('a file read differently by the shares is an error, and counts add up only for tables split by child', () => {
  const share = (hash: string, headers: number): ShareResult => ({
    commonIssues: [], childIssues: [], countedNotes: [], tables: [], supplied: [], returns: [], config: null, bytes: 10,
    summary: { counts: { headers, returns: 3, 'ssd.departments': 4 }, children: headers, episodes: 2 * headers }, hashes: [['903/e.csv', hash]],
  });
  const split = new Set(['headers']);
  const same = mergeShares([share('aa', 5), share('aa', 6)], split);
  assert.equal(same.ok, true);
  assert.deepEqual(same.summary, { counts: { headers: 11, returns: 3, 'ssd.departments': 4 }, children: 11, episodes: 22 });
  const changed = mergeShares([share('aa', 5), share('bb', 6)], split);
  assert.equal(changed.ok, false);
  assert.deepEqual(changed.issues.map((i) => [i.id, i.file]), [['file-changed-during-reading', '903/e.csv']]);
});

test('a small folder is read on one thread, a large one in two shares where there are two cores', () => {
  assert.equal(sharesFor(SHARDED_FROM_BYTES - 1), 1);
  assert.ok([1, 2].includes(sharesFor(SHARDED_FROM_BYTES)));
});

test('a missing folder read in shares says so once, as one read does', async () => {
  const missing = join(tempDir('carestats-shards-missing-'), 'not-here');
  const one = await checkFolder(missing, { shares: 1 });
  assert.equal(one.issues.filter((i) => i.id === 'folder-not-found').length, 1);
  assert.deepEqual(await checkFolder(missing, { shares: 2 }), one);
});

test('read in shares, a return not named for its year sets aside a date after the extract date, as one read does', async () => {
  const dir = tempDir('carestats-shards-extract-');
  // Synthetic; no real child data. 01/01/2052 is a mistyped 2026.
  writeFileSync(join(dir, 'header.csv'), 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1001,M,01/02/2015,WBRI,UN1,,\n1002,F,11/09/2012,WBRI,UN1,,\n');
  writeFileSync(join(dir, 'episodes.csv'), 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n1001,01/01/2026,S,C2,N1,U6,PR1,,,,,,\n1002,03/01/2026,S,V2,N1,U6,PR1,01/01/2052,E4A,,,,\n');
  const extractDate = dayFromYmd(2026, 3, 31);
  const one = await checkFolder(dir, { shares: 1, extractDate });
  assert.deepEqual(one.returns.map((r) => r.year), [2026]);
  assert.equal(one.issues.filter((i) => i.id === 'return-year-date-set-aside').length, 1);
  assert.deepEqual(await checkFolder(dir, { shares: 2, extractDate }), one);
});
