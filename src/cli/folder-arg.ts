// Reads the data folder a command is given (validate, import, measures, explain), and says in words what is
// wrong with a path that is not one: before, a path that did not exist, a file or a folder with no data files
// in it was read as an empty folder, and the analyst was told as well that no file in it was the Episodes or
// Header table (and, of the empty folder, that it had no .csv files, though XML and .xlsx are read too).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import { isDataFileName } from '../ingest/read-folder.ts';
import { isMeasureId } from './measure-args.ts';
import { UsageError } from './effects.ts';
import { didYouMean } from './near-miss.ts';

/**
 * Returns the one folder in `positionals`, or throws a usage error saying what is wrong: none or several given
 * (a folder name with a space, unquoted, is two), a path that does not exist (with the near one beside it, or
 * what a Windows path or an unexpanded ~ needs), a file rather than its folder, or a folder with no data files
 * (with what else it holds: a .zip, an old .xls workbook). `platform` is the system's
 * (tests set it).
 */
export function folderArg(positionals: readonly string[], command: string, platform: NodeJS.Platform = process.platform): string {
  const [dir] = positionals;
  if (dir === undefined) throw new UsageError(`Give the data folder, such as "carestats ${command} data/2026-04".`);
  if (positionals.length > 1) {
    const joined = positionals.join(' ');
    if (isFolder(joined)) throw new UsageError(`The folder "${joined}" has a space in its name: put it in quotes, as "${joined}", or it is read as ${String(positionals.length)} words.`);
    const measure = positionals.find(isMeasureId);
    if (measure !== undefined && command === 'measures') throw new UsageError(`${measure} is a measure, not a folder: give it with --measure ${measure}.`);
    throw new UsageError(`Give one data folder, not ${String(positionals.length)}: ${positionals.map((p) => `"${p}"`).join(', ')}.`);
  }
  if (isFolder(dir)) {
    if (readableDataFiles(dir) === 0) throw new UsageError(`${otherFiles(dir)} carestats reads SSDA903 returns as CSV or DfE XML and SSD tables as CSV or .xlsx, in the folder or its sub-folders: is it the right folder?`);
    return dir;
  }
  if (existsSync(dir)) {
    throw new UsageError(`${dir} is a file, not a folder: give the folder of the files, such as ${dirname(dir)} (carestats reads every file in it and its sub-folders).`);
  }
  throw new UsageError(`There is no folder ${dir}.${missingFolderHint(dir, command, platform)}`);
}

/** What was probably meant by a folder that does not exist, as a sentence starting with a space, or ''. */
function missingFolderHint(dir: string, command: string, platform: NodeJS.Platform): string {
  if (platform !== 'win32') {
    // C:\Users\… typed on Linux or macOS (or in WSL, where Windows' drives are under /mnt).
    const windows = /^([A-Za-z]):[\\/](.*)$/.exec(dir);
    if (windows) {
      const [, drive = '', rest = ''] = windows;
      return ` That is a Windows path; on this system write it with forward slashes, such as /mnt/${drive.toLowerCase()}/${rest.replaceAll('\\', '/')} in WSL.`;
    }
    // The shell took the backslashes of an unquoted C:\Users\… as escapes and dropped them.
    if (/^[A-Za-z]:[^\\/]/.test(dir)) return ' Its backslashes look lost: put a Windows path in quotes, or write it with forward slashes.';
  }
  if (dir === '~' || dir.startsWith('~/')) return ` A ~ in quotes is not your home folder: write ${join(homedir(), dir.slice(1))}.`;
  if (dir === 'help') return ` For help with this command, run "carestats ${command} --help".`;
  if (isMeasureId(dir)) return ` ${dir} is a measure: ${command === 'explain' ? 'give the measure first, then the folder' : `give it with --measure ${dir}`}.`;
  const near = didYouMean(basename(dir), foldersBeside(dir), (name) => join(dirname(dir), name));
  return near || ' Check the path, or give the full path to the folder.';
}

/**
 * Returns how many data files the folder holds (the names read-folder.ts lists, `isDataFileName`), or throws a
 * usage error naming what in it is named like a data file but cannot be read as one: a folder named
 * backup.csv, a link to a file that is gone. Reading either ended the command with Node's stack trace
 * (EISDIR, ENOENT).
 */
function readableDataFiles(dir: string): number {
  let files = 0;
  const bad: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const name = relative(dir, join(entry.parentPath, entry.name));
    if (!isDataFileName(name.split(sep).join('/'))) continue;
    let file = false;
    try {
      file = statSync(join(dir, name)).isFile();
    } catch {
      // A link to nothing.
    }
    if (file) files += 1;
    else bad.push(entry.isDirectory() ? `${name} (a folder)` : entry.isSymbolicLink() ? `${name} (a link to a file that is not there)` : `${name} (not a file)`);
  }
  if (bad.length) throw new UsageError(`${dir} has ${bad.length === 1 ? 'something' : 'things'} named like a data file that ${bad.length === 1 ? 'is' : 'are'} not one: ${bad.join(', ')}. Rename or move ${bad.length === 1 ? 'it' : 'them'} out of the data folder.`);
  return files;
}

/** Says what a folder with no data files holds instead, if anything: a workbook in the old .xls format, a .zip to unpack. */
function otherFiles(dir: string): string {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && !e.name.startsWith('.'));
  if (files.length === 0) return `The folder ${dir} is empty.`;
  const count = (ext: string) => files.filter((e) => e.name.toLowerCase().endsWith(ext)).length;
  const advice = [
    count('.zip') ? 'unzip the .zip first' : '',
    count('.xls') ? 'save each .xls workbook as .xlsx or CSV' : '',
  ].filter(Boolean);
  const kinds = [...new Set(files.map((e) => extname(e.name).toLowerCase() || 'no ending'))].slice(0, 5).join(', ');
  return `There are no data files in ${dir}, only ${String(files.length)} other ${files.length === 1 ? 'file' : 'files'} (${kinds})${advice.length ? `: ${advice.join(', and ')}` : ''}.`;
}

function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/** The folders beside a path that does not exist (in its parent folder), to find the one meant; none if the parent is not there either. */
function foldersBeside(dir: string): string[] {
  try {
    return readdirSync(dirname(dir), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  } catch {
    return [];
  }
}
