// Tests of finding a data folder's files (the file-system edge of ingest), on a folder made for the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDataFolder } from './read-folder.ts';

test('files are listed folder by folder, so a sub-folder’s files do not fall among its parent’s', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'carestats-folder-'));
  t.after(() => { rmSync(dir, { recursive: true, force: true }); });
  for (const name of ['903/2024-25/header.csv', '903/2024-25/uasc.csv', '903/2024-25/old/episodes.csv', '903/2024-25 v2/header.csv', 'ssd/ssd_person.csv', 'top.csv']) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), 'A\n');
  }
  assert.deepEqual(readDataFolder(dir).names, [
    'top.csv', '903/2024-25 v2/header.csv', '903/2024-25/header.csv', '903/2024-25/uasc.csv', '903/2024-25/old/episodes.csv', 'ssd/ssd_person.csv',
  ]);
});
