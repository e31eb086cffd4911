// Computation of adoption_a2_days at a month end.
import { formatUk, type Day } from '../../core/civil-date.ts';
import type { MeasureInput, MeasureResult } from '../measure.ts';
import { beganBeforeData } from '../../timeline/looked-after-on.ts';
import { adoptionAverage } from '../shared/adoption-average.ts';
import { AUTHORITY_TO_PLACE } from '../shared/adoptions.ts';
import { definition } from './definition.ts';

/** Reasons for a new episode that change the legal status (903 RNE L, B, U): the episode's DECOM is when its legal status began. */
const LEGAL_STATUS_CHANGES: ReadonlySet<string> = new Set(['L', 'B', 'U']);

/** Averages the days from court authority to place to the match with adopters, over children adopted in the 36 months to `monthEnd`. */
export function compute(input: MeasureInput, monthEnd: Day): MeasureResult {
  return adoptionAverage(input, monthEnd, definition.id, definition.decimals, ['ssda903.episodes', 'ssda903.ad1'], (a, t) => {
    const order = a.period.episodes.find((e) => AUTHORITY_TO_PLACE.has(e.ls));
    if (!order) return { excluded: 'no placement order or freeing order (legal status E1 or D1) in the period of care, as when placed with parental consent' };
    // A period that began before the data whose first episode in them already has the order, and did not start
    // with a change of legal status, had the order before the data begin: its DECOM is a later move, not the
    // day of the court's authority, and timing the match from it would understate the wait (or make it 0).
    if (order === a.period.episodes[0] && beganBeforeData(a.period) && !LEGAL_STATUS_CHANGES.has(order.rne)) {
      return { excluded: `the period of care began before the data do and its first episode in them (from ${formatUk(order.decom)}, reason for new episode ${order.rne || 'blank'}, ${order.file} row ${String(order.row)}) already has legal status ${order.ls}, so the day the court gave authority to place is not known; supplying the earlier SSDA903 returns would show it` };
    }
    if (!a.placedEpisode) return { excluded: 'the placement that ended in adoption has no placement for adoption (A3–A6) episode' };
    const matched = [...t.ssda903.ad1].reverse().find((r) => r.dateMatch !== null && r.dateMatch >= (a.enteredCare ?? -Infinity));
    if (!matched || matched.dateMatch === null) return { excluded: 'no date matched with adopters (AD1 DATE_MATCH) is recorded for this adoption' };
    const authority = `court authority to place ${formatUk(order.decom)} (legal status ${order.ls}, ${order.file} row ${String(order.row)})`;
    const match = `matched ${formatUk(matched.dateMatch)} (${matched.file} row ${String(matched.row)})`;
    // Scorecard A2: a child matched before the court's authority counts as 0 days.
    if (matched.dateMatch < order.decom) return { days: 0, reason: () => `${match}, before the ${authority}: counts as 0` };
    return { days: matched.dateMatch - order.decom, reason: () => `${authority}, ${match}` };
  });
}
