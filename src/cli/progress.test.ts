// Unit tests of the progress line drawn on a terminal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Effects } from './effects.ts';
import { fitToWidth, progressBar } from './progress.ts';

const HEAD = 'Reading [#####                    ]  20%';
const FILE = '903/2024-25 (resubmitted after the DfE validator)/placed_adoption.csv';

test('a progress line wider than the terminal is cut to fit, the file name from its start, so redrawing it leaves no line behind', () => {
  assert.equal(fitToWidth(HEAD, FILE, 80).length, 79);
  assert.equal(fitToWidth(HEAD, FILE, 80), `${HEAD} …${FILE.slice(-37)}`);
  assert.equal(fitToWidth(HEAD, 'header.csv', 80), `${HEAD} header.csv`);
  assert.equal(fitToWidth(HEAD, FILE, undefined), `${HEAD} ${FILE}`, 'no width known: as it is');
  assert.equal(fitToWidth(HEAD, FILE, 20), HEAD.slice(0, 19), 'a terminal narrower than the bar: the bar, cut');
});

test('the progress bar draws each line to the terminal\'s width', () => {
  const drawn: (string | null)[] = [];
  const fx = { progress: (text: string | null) => drawn.push(text), columns: () => 70 } as unknown as Effects;
  const bar = progressBar(fx, 'Reading');
  bar.update(1, 5, FILE);
  bar.end();
  assert.ok(drawn[0] !== null && drawn[0] !== undefined && drawn[0].length < 70, String(drawn[0]));
  assert.match(drawn[0] ?? '', /^Reading \[#####\s+\] {2}20% ….*placed_adoption\.csv$/);
  assert.equal(drawn[1], null);
});

test('the file named beside the bar is shown with its escape sequences visible, so a file name cannot rewrite the terminal', () => {
  const drawn: (string | null)[] = [];
  const bar = progressBar({ progress: (text: string | null) => drawn.push(text) } as unknown as Effects, 'Reading');
  bar.update(1, 2, 'ssd/\x1b[2Jperson.csv');
  bar.end();
  assert.deepEqual(drawn, ['Reading [#############            ]  50% ssd/\\x1b[2Jperson.csv', null]);
});
