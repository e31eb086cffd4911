// A folder read in shares on several threads gives exactly what one read gives: the same issues (each
// column's notes counted over every share, a file's problems once), the same tables and the same counts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeIssue, type Issue } from '../checks/issue.ts';
import { dayFromYmd } from '../core/civil-date.ts';
import { shardOfCell, type CountedNote } from '../ingest/type-table.ts';
import { generateCouncilTo } from '../synthetic/write-council.ts';
import { tempDir } from '../../test/helpers/temp-dir.ts';
import { loadFolder } from './load-folder.ts';
import { addedNotes, issuesOnce, mergeShares, type ShareResult } from './merge-shards.ts';
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
  writeFileSync(join(dir, 'ssd/notes.csv'), 'a,b\n1,2\n');
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
  assert.ok(one.summary.children > 20);
  for (const shares of [2, 3]) {
    const many = await checkFolder(dir, { shares });
    assert.deepEqual(many, one, `${String(shares)} shares`);
  }
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
  assert.ok(shares.every((l) => l.countedNotes.length > 0) && whole.countedNotes.length === 0);
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
  // Typing reads "123.00" and "1.0x" as written, so they are other ids (and may be in another share).
  const shares = new Set(Array.from({ length: 200 }, (_, i) => shardOfCell(String(100000 + i), 0, 6, 2)));
  assert.deepEqual([...shares].sort(), [0, 1], 'ids spread over both shares');
});

const issue = (row: number, value: string): Issue => makeIssue('code-invalid', { file: 'e.csv', row, column: 'LS', columnIndex: 3, value }, { valid: 'C1' });
const fileIssue = makeIssue('file-byte-order-mark', { file: 'e.csv' });

test('issues found by every share are kept once; each share’s own issues are all kept', () => {
  const a = [fileIssue, issue(2, 'X'), fileIssue];
  const b = [fileIssue, issue(3, 'Y'), fileIssue, issue(3, 'Y')];
  const merged = issuesOnce([a, b]);
  assert.deepEqual(merged, [fileIssue, issue(2, 'X'), fileIssue, issue(3, 'Y'), issue(3, 'Y')]);
  assert.deepEqual(issuesOnce([[issue(2, 'X')], []]), [issue(2, 'X')], 'found by one share only: kept');
});

test('counted notes are added up per file and column, at the earliest row', () => {
  const note = (row: number, value: string, count: number, column = 'RNE'): CountedNote => ({ id: 'code-lower-case', file: 'e.csv', row, column, columnIndex: 2, value, count });
  assert.deepEqual(addedNotes([note(7, 'p', 3), note(4, 'u', 2), note(5, 'x', 1, 'LS')]), [note(4, 'u', 5), note(5, 'x', 1, 'LS')]);
});

test('a file read differently by the shares is an error, and counts add up only for tables split by child', () => {
  const share = (hash: string, headers: number): ShareResult => ({
    issues: [], countedNotes: [], tables: [], supplied: [], returns: [], config: null, bytes: 10,
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
