// `carestats validate <data-dir>`: reads and checks a folder and reports every problem, as text, JSON or an
// Excel workbook. Stores nothing.
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatIso } from '../../core/civil-date.ts';
import { checkFolder } from '../../pipeline/sharded-check.ts';
import { issuesWorkbook } from '../../report/issues-workbook.ts';
import { EXIT, UsageError, type Effects } from '../effects.ts';
import { choiceArg, readArgs } from '../args.ts';
import { folderArg } from '../folder-arg.ts';
import { formatIssuesText, formatTablesRead } from '../format-issues.ts';
import { progressBar } from '../progress.ts';
import { threadsArg, threadsUsage } from '../threads-arg.ts';
import { readDataFolder } from '../../ingest/read-folder.ts';
import { visibleJson } from '../../core/visible-text.ts';

export const VALIDATE_USAGE = `carestats validate <data-dir> [--format text|json|xlsx] [--out FILE]
                          [--threads N]

  Reads every file in the folder (SSDA903 CSV or DfE XML returns, one folder per collection
  year or all in one; SSD tables as CSV or .xlsx) and checks them, listing every problem with
  its file, row, column, what is wrong and what to do. Stores nothing.

  --format text   readable report on the terminal (default)
  --format json   {"ok", "counts", "tables", "returns", "issues"} for other tools
  --format xlsx   an Excel workbook (Summary, Issues, Files read) written to --out
  --out FILE      where to write the xlsx report, a name ending .xlsx (default
                  data-quality.xlsx); --out alone means --format xlsx
  ${threadsUsage(16)}

  Exit code 0 when nothing blocks an import, 1 when an error does, 2 when the folder does not
  exist, is a file or has no data files in it.`;

/**
 * Where the workbook goes (data-quality.xlsx unless --out says), said wrong before the folder is read, not
 * after a long check: --out with text or JSON (they go to standard output), a folder, or a name Excel would
 * not open as a workbook (it goes by the .xlsx ending).
 */
function xlsxOut(format: string, out: string | undefined): string {
  if (format !== 'xlsx') {
    if (out !== undefined) throw new UsageError(`--out is where --format xlsx writes its workbook; --format ${format} goes to standard output: save it with > FILE.`);
    return '';
  }
  const path = out ?? 'data-quality.xlsx';
  if (existsSync(path) && statSync(path).isDirectory()) throw new UsageError(`--out ${path} is a folder: give the workbook a file name, such as ${join(path, 'data-quality.xlsx')}.`);
  if (!path.toLowerCase().endsWith('.xlsx')) throw new UsageError(`--out ${path} does not end .xlsx, and Excel opens a workbook by its ending: give a name such as ${path.replace(/\.[^./\\]*$/, '')}.xlsx.`);
  return path;
}

/** Runs the command; returns the exit code. */
export async function validateCommand(args: string[], fx: Effects): Promise<number> {
  const { values, positionals } = readArgs('validate', {
    args,
    allowPositionals: true,
    options: { format: { type: 'string' }, out: { type: 'string' }, threads: { type: 'string' } },
  });
  // --out names a workbook, so with no --format it asks for one: before, the text report was printed and no
  // workbook written, without a word.
  const format = choiceArg('format', values.format ?? (values.out === undefined ? 'text' : 'xlsx'), ['text', 'json', 'xlsx']);
  const out = xlsxOut(format, values.out);
  const dir = folderArg(positionals, 'validate');

  const shares = threadsArg(values.threads, () => readDataFolder(dir).bytes);
  const bar = progressBar(fx, 'Reading');
  const checked = await checkFolder(dir, { shares, extractDate: fx.today, onFile: (done, total, name) => { bar.update(done, total, name); } });
  bar.end();
  const counts = {
    errors: checked.issues.filter((i) => i.severity === 'error').length,
    warnings: checked.issues.filter((i) => i.severity === 'warning').length,
    notes: checked.issues.filter((i) => i.severity === 'note').length,
  };
  if (format === 'json') {
    fx.out(visibleJson({ ok: checked.ok, counts, tables: checked.tables, returns: checked.returns, issues: checked.issues }));
  } else if (format === 'xlsx') {
    const path = resolve(out);
    const bytes = await issuesWorkbook(checked.issues, { source: resolve(dir), checkedOn: formatIso(fx.today), tables: checked.tables });
    fx.writeFile(path, bytes);
    fx.out(`Wrote the data-quality report to ${path}: ${String(counts.errors)} errors, ${String(counts.warnings)} warnings, ${String(counts.notes)} notes.`);
  } else {
    for (const line of formatTablesRead(checked.tables, checked.returns)) fx.out(line);
    fx.out('');
    const lines = formatIssuesText(checked.issues, dir, !checked.ok);
    if (lines.length === 0) fx.out(`No problems found in ${dir}.`);
    for (const line of lines) fx.out(line);
  }
  return checked.ok ? EXIT.ok : EXIT.dataProblem;
}
