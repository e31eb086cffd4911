// Computation of cla_uasc at a month end.
import { formatUk, type Day } from '../../core/civil-date.ts';
import { monthKeyOf } from '../../core/month.ts';
import { lookedAfterOn } from '../../timeline/looked-after-on.ts';
import { keptReason, type ChildOutcome, type MeasureInput, type MeasureResult } from '../measure.ts';
import { memoFor } from '../shared/input-memo.ts';
import { describeEpisode } from '../shared/share-of-looked-after.ts';
import { latestUascRow } from '../shared/uasc-row.ts';
import { unavailableUnless } from '../shared/unavailable.ts';
import { definition } from './definition.ts';

/** Counts children looked after at `monthEnd` whose UASC status had not ceased by then. */
export function compute(input: MeasureInput, monthEnd: Day): MeasureResult {
  const unavailable = unavailableUnless(input, definition.id, monthEnd, ['ssda903.uasc']);
  if (unavailable) return unavailable;
  const children: ChildOutcome[] = [];
  let count = 0;
  for (const t of memoFor(input, 'with-uasc', () => input.timelines.filter((c) => c.ssda903.uasc.length > 0))) {
    const row = latestUascRow(t);
    if (!row) continue;
    const status = lookedAfterOn(t, monthEnd);
    if (status.kind === 'not-looked-after') continue;
    const where = `${row.file} row ${String(row.row)}`;
    if (status.kind !== 'looked-after') {
      children.push({ child: t.child, inCohort: false, met: null, reason: keptReason(input, () => `Not counted: UASC (${where}) but not a child looked after at ${formatUk(monthEnd)} (${status.kind === 'short-break' ? 'short break' : 'aged 18 or over'})`) });
      continue;
    }
    // DUC is the date UASC status ceased: on that day the child is no longer UASC.
    const duc = row.duc;
    if (duc !== null && duc <= monthEnd) {
      children.push({ child: t.child, inCohort: false, met: null, reason: keptReason(input, () => `Not counted: UASC status ceased on ${formatUk(duc)} (DUC, ${where})`) });
      continue;
    }
    count += 1;
    children.push({ child: t.child, inCohort: true, met: true, reason: keptReason(input, () => `UASC (${where}, ${row.duc === null ? 'status not ceased' : `status ceases ${formatUk(row.duc)}`}); looked after: ${describeEpisode(status.episode)}`) });
  }
  return { id: definition.id, month: monthKeyOf(monthEnd), numerator: count, denominator: null, value: count, children };
}
