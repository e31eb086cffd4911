// `carestats explain <measure-id> --child ID`: why one child is in or out of a measure's cohort, and counted or not.
import { existsSync } from 'node:fs';
import { EXIT, UsageError, type Effects } from '../effects.ts';
import { readArgs } from '../args.ts';
import { DEFAULT_DB } from '../db-arg.ts';
import { afterDataNote, describeSource, loadMeasureInput, sourceArg } from '../load-source.ts';
import { monthArg } from '../date-args.ts';
import { isMeasureId, measureArg } from '../measure-args.ts';
import { explainChild, PERSONAL_DATA_REMINDER } from '../../results/explain-child.ts';
import { visibleText } from '../../core/visible-text.ts';

export const EXPLAIN_USAGE = `carestats explain <measure-id> --child ID [--month YYYY-MM] <data-dir> | --snapshot ID [--db PATH]

  Says whether one child is in a measure's cohort at the end of the month, whether they are
  counted, and why, in the words an analyst can check against the case record; then the
  child's group in each breakdown. The output is personal data: keep it secure.

  --child ID        the child's id (CHILD in the SSDA903 return)
  --month YYYY-MM   the month (default: the latest month the data cover, as for "measures")
  --snapshot ID     a snapshot stored by "carestats import", instead of a folder
  --db PATH         the database of snapshots (default data/carestats.sqlite)

  Exit code 2 for a measure, child or snapshot that does not exist; 1 when the data cannot be read or
  the measure is unavailable for lack of data.`;

/**
 * The child an id typed differently probably is, as a sentence starting with a space, or '': the same id
 * with its leading zeros lost (as Excel loses them: 12345 for 012345), written 12345.0, or in another case.
 * Only such an id, never one merely like it: explain's output is about one child, and a near id is another's.
 */
export function childMeant(typed: string, ids: readonly string[]): string {
  const same = (id: string) => id.replace(/\.0+$/, '').replace(/^0+(?=.)/, '').toLowerCase();
  const found = ids.filter((id) => same(id) === same(typed));
  if (found.length === 0) return '';
  const lostZeros = found.some((id) => id.length > typed.length && id.endsWith(typed)) ? ' (Excel drops an id\'s leading zeros)' : '';
  const names = found.map((id) => `"${id}"`).join(' and ');
  return found.length === 1 ? ` There is a child ${names}${lostZeros}: did you mean them?` : ` There are children ${names}${lostZeros}: did you mean one of them?`;
}

/** Runs the command; returns the exit code. */
export async function explainCommand(args: string[], fx: Effects): Promise<number> {
  const { values, positionals } = readArgs('explain', {
    args,
    allowPositionals: true,
    options: { child: { type: 'string' }, month: { type: 'string' }, snapshot: { type: 'string' }, db: { type: 'string', default: DEFAULT_DB } },
  });
  const [measureId, ...rest] = positionals;
  if (measureId === undefined) throw new UsageError('Name the measure to explain, such as "carestats explain cla_count --child 1001 <data-dir>".');
  // The folder before the measure (explain data cla_count): said as that, not as "there is no measure data".
  const measureLater = rest.find(isMeasureId);
  if (measureLater !== undefined && !isMeasureId(measureId)) {
    throw new UsageError(`Give the measure first, then the folder: carestats explain ${measureLater} --child ID ${[measureId, ...rest.filter((p) => p !== measureLater)].join(' ')}`);
  }
  const measure = measureArg(measureId);
  const childId = values.child?.trim();
  if (!childId) {
    // The child's id given as a word of its own (explain cla_count 1001 data): shown as it is written.
    const loose = rest.length === 2 ? rest.find((p) => !existsSync(p)) : undefined;
    const meant = loose === undefined ? '' : ` Did you mean: carestats explain ${measureId} --child ${loose} ${rest.filter((p) => p !== loose).join(' ')}?`;
    throw new UsageError(`Give the child with --child ID.${meant}`);
  }
  const src = sourceArg(rest, values.snapshot, values.db, 'explain');
  let monthEnd = monthArg(values.month);

  const loaded = await loadMeasureInput(src, fx);
  if (!loaded) return EXIT.dataProblem;
  const note = afterDataNote(monthEnd, loaded.latest, loaded.input.returnsEnd ?? null);
  if (note !== null) fx.err(note);
  monthEnd ??= loaded.latest;
  if (monthEnd === null) {
    fx.err(`There are no episodes in ${describeSource(src)}, so there is no month to explain. Give --month.`);
    return EXIT.dataProblem;
  }
  const child = loaded.input.timelines.find((t) => t.child === childId);
  if (!child) throw new UsageError(`There is no child "${childId}" in ${describeSource(src)}.${childMeant(childId, loaded.input.timelines.map((t) => t.child))} Give the CHILD id as the SSDA903 Header has it.`);
  const result = measure.compute(loaded.input, monthEnd);
  fx.out(PERSONAL_DATA_REMINDER);
  // The lines quote the council's text (team names, codes in the reasons), shown as format-issues.ts shows it.
  for (const line of explainChild(measure, result, child, loaded.input, monthEnd)) fx.out(visibleText(line));
  return result.unavailable === undefined ? EXIT.ok : EXIT.dataProblem;
}
