// Computation of adoption_a2_days at a month end.
import { formatUk, type Day } from '../../core/civil-date.ts';
import type { MeasureInput, MeasureResult } from '../measure.ts';
import { adoptionAverage } from '../shared/adoption-average.ts';
import { AUTHORITY_TO_PLACE } from '../shared/adoptions.ts';
import { definition } from './definition.ts';

/** Averages the days from court authority to place to the match with adopters, over children adopted in the 36 months to `monthEnd`. */
export function compute(input: MeasureInput, monthEnd: Day): MeasureResult {
  return adoptionAverage(input, monthEnd, definition.id, definition.decimals, ['ssda903.episodes', 'ssda903.ad1'], (a, t) => {
    const order = a.period.episodes.find((e) => AUTHORITY_TO_PLACE.has(e.ls));
    if (!order) return { excluded: 'no placement order or freeing order (legal status E1 or D1) in the period of care, as when placed with parental consent' };
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
