// Unit tests for the progress bar the CLI draws on a terminal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Effects } from './effects.ts';
import { progressBar } from './progress.ts';

test('the file named beside the bar is shown with its escape sequences visible, so a file name cannot rewrite the terminal', () => {
  const drawn: (string | null)[] = [];
  const bar = progressBar({ progress: (text: string | null) => drawn.push(text) } as unknown as Effects, 'Reading');
  bar.update(1, 2, 'ssd/\x1b[2Jperson.csv');
  bar.end();
  assert.deepEqual(drawn, ['Reading [#############            ]  50% ssd/\\x1b[2Jperson.csv', null]);
});
