// Unit tests for the plain-text issue list the CLI prints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeIssue } from '../checks/issue.ts';
import { formatIssuesText, formatTablesRead, shellWord } from './format-issues.ts';

const duplicate = (row: number) => makeIssue('row-duplicated', { file: 'prev_perm.csv', row }, { otherRow: String(row - 1) });
const error = (row: number) => makeIssue('episode-ends-before-it-starts', { file: 'episodes.csv', row, column: 'DEC' }, { start: '05/01/2026' });

test('with a cap, repeated warnings are counted after the first few and every error is still listed', () => {
  const issues = [error(2), error(3), ...Array.from({ length: 8 }, (_, i) => duplicate(10 + i))];
  const text = formatIssuesText(issues, 'data', true, 'Nothing was stored.', { warningsPerId: 5 }).join('\n');
  assert.equal(text.match(/^ERROR/gm)?.length, 2);
  assert.equal(text.match(/^WARNING/gm)?.length, 5);
  assert.match(text, /… and 3 more warnings like this \[row-duplicated\]\./);
  assert.match(text, /"carestats validate data" lists every one/);
});

test('a folder to give validate is quoted where its name would not copy as one word', () => {
  const text = formatIssuesText(Array.from({ length: 8 }, (_, i) => duplicate(10 + i)), '/home/bi/CLA data', false, '', { warningsPerId: 5 }).join('\n');
  assert.match(text, /"carestats validate '\/home\/bi\/CLA data'" lists every one/);
  assert.equal(shellWord('data/2026-04'), 'data/2026-04');
  assert.equal(shellWord('C:\\903\\2025-26'), 'C:\\903\\2025-26');
  assert.equal(shellWord("Children's data"), "'Children'\\''s data'");
});

test('without a cap every issue is listed and nothing is said to be left out', () => {
  const text = formatIssuesText(Array.from({ length: 8 }, (_, i) => duplicate(10 + i)), 'data', false).join('\n');
  assert.equal(text.match(/^WARNING/gm)?.length, 8);
  assert.doesNotMatch(text, /more warning/);
});

test('the summary names only the kinds of issue there are', () => {
  const note = makeIssue('file-byte-order-mark', { file: 'header.csv' });
  const first = (issues: Parameters<typeof formatIssuesText>[0], blocked: boolean) => formatIssuesText(issues, 'data', blocked).slice(0, 2).join('\n');
  assert.match(first([error(2), duplicate(4)], true), /It also found 1 warning, listed after the problems\./);
  assert.match(first([duplicate(4), note], false), /^carestats found 1 warning and 1 note in data\./);
  assert.match(first([note], false), /^carestats found 1 note in data\./);
  assert.doesNotMatch(first([error(2), duplicate(4)], true), /0 notes/);
});

test('a value, heading or file name holding a terminal escape sequence or a text-reversing override is shown, not sent to the terminal', () => {
  // What a hostile or corrupt cell can hold: clear the screen, home the cursor, write a verdict, ring the bell.
  const clear = '\x1b[2J\x1b[1;1HNo problems found.\x07';
  const issues = [
    makeIssue('code-invalid', { file: 'header\x1b[31m.csv', row: 3, column: 'ETH\x9bNIC', columnIndex: 3, value: clear }, { valid: 'WBRI' }),
    makeIssue('code-invalid', { file: 'header.csv', row: 4, column: 'SEX', columnIndex: 1, value: 'M\u202eF' }, { valid: 'M, F, U' }),
  ];
  const lines = [...formatIssuesText(issues, 'data', true), ...formatTablesRead([{ file: '903/2025\x1b]0;x\x07/header.csv', table: 'Header', rows: 2, used: true }], [{ folder: '903/2025\x1b]0;x\x07', year: 0, yearFrom: 'latest-date' }])];
  const text = lines.join('\n');
  for (const line of lines) assert.doesNotMatch(line, /[\p{Cc}\u202a-\u202e]/u);
  assert.match(text, /^ERROR {2}header\\x1b\[31m\.csv, row 3, column D \(ETH\\x9bNIC\)$/m);
  assert.match(text, /"\\x1b\[2J\\x1b\[1;1HNo problems found\.\\x07" is not a valid ETH\\x9bNIC code/);
  assert.match(text, /"M\\u202eF" is not a valid SEX code/);
  assert.match(text, /SSDA903 return 903\/2025\\x1b\]0;x\\x07 \(collection year not known\): Header 2$/m);
});
