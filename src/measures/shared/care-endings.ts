// Counts children whose care ended for given reasons in the 12 months to a month end (adoptions, special guardianship).
import { formatUk, type Day } from '../../core/civil-date.ts';
import { monthKeyOf } from '../../core/month.ts';
import type { ChildOutcome, MeasureInput, MeasureResult } from '../measure.ts';
import { windowStart } from './adoptions.ts';
import { memoFor } from './input-memo.ts';
import { unavailableUnless } from './unavailable.ts';

/**
 * Counts children with a period of care that ended with one of `reasons` (903 REC) on a day in the 12 months
 * ending with `monthEnd`; a child is counted once however many such endings they have.
 */
export function careEndingsIn12Months(input: MeasureInput, monthEnd: Day, id: string, reasons: ReadonlySet<string>, label: string): MeasureResult {
  const unavailable = unavailableUnless(input, id, monthEnd, ['ssda903.episodes']);
  if (unavailable) return unavailable;
  const from = windowStart(monthEnd, 12);
  const children: ChildOutcome[] = [];
  // Every child's closed periods of care, found once for all month ends and both measures.
  const closed = memoFor(input, 'closed-periods', () =>
    input.timelines.flatMap((t) => {
      const lasts = t.periods.flatMap((p) => {
        const last = p.episodes.at(-1);
        return last && last.dec !== null ? [last] : [];
      });
      return lasts.length > 0 ? [{ t, lasts }] : [];
    }),
  );
  for (const { t, lasts } of closed) {
    const endings = lasts.filter((last) => last.dec !== null && last.dec >= from && last.dec <= monthEnd && reasons.has(last.rec));
    if (endings.length === 0) continue;
    const text = endings.map((e) => `care ended ${formatUk(e.dec ?? 0)} with REC ${e.rec} (${e.file} row ${String(e.row)})`).join('; ');
    children.push({ child: t.child, inCohort: true, met: true, reason: () => `${label}: ${text}, within ${formatUk(from)} to ${formatUk(monthEnd)}` });
  }
  return { id, month: monthKeyOf(monthEnd), numerator: children.length, denominator: null, value: children.length, children };
}
