// Unit tests of reading the data folder a command is given: what is said of a path that is not a data folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from './effects.ts';
import { folderArg } from './folder-arg.ts';

/** A folder for the test, removed after it: `files` are written in it (a name ending / is a folder). */
function folder(t: { after: (fn: () => void) => void }, files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'carestats-folder-arg-'));
  t.after(() => { rmSync(dir, { recursive: true, force: true }); });
  for (const name of files) {
    if (name.endsWith('/')) mkdirSync(join(dir, name), { recursive: true });
    else {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), 'CHILD\n');
    }
  }
  return dir;
}

function refused(positionals: string[], message: RegExp, command = 'validate'): void {
  assert.throws(() => folderArg(positionals, command, 'linux'), (e: unknown) => e instanceof UsageError && message.test(e.message));
}

test('a folder with data files is the folder', (t) => {
  const dir = folder(t, ['903/2025-26/header.csv']);
  assert.equal(folderArg([dir], 'validate', 'linux'), dir);
});

test('a path that does not exist is said so, with the folder beside it that was probably meant', (t) => {
  const dir = folder(t, ['903/2025-26/header.csv']);
  refused([join(dir, '903', '2025-2026')], new RegExp(`^There is no folder .*2025-2026\\. Did you mean ${join(dir, '903', '2025-26').replaceAll('/', '\\/')}\\?$`));
  refused([join(dir, 'nothing', 'like', 'it')], /^There is no folder .*\. Check the path, or give the full path to the folder\.$/);
});

test('a file is not a folder: the folder it is in is named', (t) => {
  const dir = folder(t, ['903/2025-26/episodes.csv']);
  refused([join(dir, '903', '2025-26', 'episodes.csv')], new RegExp(`is a file, not a folder: give the folder of the files, such as ${join(dir, '903', '2025-26').replaceAll('/', '\\/')} `));
});

test('a folder with no data files is refused, saying what it holds instead', (t) => {
  refused([folder(t, [])], /^The folder .* is empty\. carestats reads SSDA903 returns as CSV or DfE XML/);
  refused([folder(t, ['903.zip', 'old/ssd.xls'])], /^There are no data files in .*, only 2 other files \(\.zip, \.xls\): unzip the \.zip first, and save each \.xls workbook as \.xlsx or CSV\./);
});

test('an unquoted folder name with a space is two words, and is said to need quotes', (t) => {
  const dir = folder(t, ['Children in care/header.csv']);
  const [first, second] = join(dir, 'Children in care').split(' in ');
  refused([first ?? '', 'in', second ?? ''], /has a space in its name: put it in quotes, as ".*Children in care", or it is read as 3 words\./);
  refused(['one', 'two'], /^Give one data folder, not 2: "one", "two"\.$/);
});

test('a Windows path, an unexpanded ~ or a measure name for the folder is said what it is', () => {
  refused(['C:\\Users\\analyst\\903'], /That is a Windows path; on this system write it with forward slashes, such as \/mnt\/c\/Users\/analyst\/903 in WSL\./);
  refused(['C:Usersanalyst903'], /Its backslashes look lost: put a Windows path in quotes/);
  refused(['~/no-such-carestats-folder'], new RegExp(`A ~ in quotes is not your home folder: write ${join(homedir(), 'no-such-carestats-folder').replaceAll('/', '\\/')}\\.`));
  refused(['cla_count'], /cla_count is a measure: give it with --measure cla_count\./, 'measures');
  refused(['cla_count', 'data'], /^cla_count is a measure, not a folder: give it with --measure cla_count\./, 'measures');
  refused(['help'], /For help with this command, run "carestats validate --help"\./);
  refused([], /^Give the data folder, such as "carestats validate data\/2026-04"\./);
});
