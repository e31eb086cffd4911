// Computation of adoption_a3_pct at a month end.
import { addMonths, formatUk, type Day } from '../../core/civil-date.ts';
import { monthKeyOf } from '../../core/month.ts';
import { keptReason, type ChildOutcome, type MeasureInput, type MeasureResult, valueFromParts } from '../measure.ts';
import { SCORECARD_MONTHS } from '../shared/adoption-average.ts';
import { adoptionsBetween, describeAdoption, describePlaced, entryUnknown, windowStart } from '../shared/adoptions.ts';
import { unavailableUnless } from '../shared/unavailable.ts';
import { definition } from './definition.ts';

/** Scorecard A3 threshold, in calendar months. */
const MONTHS = 14;

/** Computes the percentage of children adopted in the 36 months to `monthEnd` who moved in with their adopters less than 14 months after entering care. */
export function compute(input: MeasureInput, monthEnd: Day): MeasureResult {
  const unavailable = unavailableUnless(input, definition.id, monthEnd, ['ssda903.episodes']);
  if (unavailable) return unavailable;
  const from = windowStart(monthEnd, SCORECARD_MONTHS);
  const children: ChildOutcome[] = [];
  let numerator = 0;
  let denominator = 0;
  for (const { t, a } of adoptionsBetween(input, from, monthEnd)) {
    if (!a.placedEpisode) {
      children.push({ child: t.child, inCohort: false, met: null, reason: keptReason(input, () => `Not counted: ${describeAdoption(a)}; the placement that ended in adoption has no placement for adoption (A3–A6) episode, so the day the child moved in with the adopters is unknown (903 rule 390)`) });
      continue;
    }
    if (a.enteredCare === null) {
      const why = entryUnknown(a);
      children.push({ child: t.child, inCohort: false, met: null, reason: keptReason(input, () => `Not counted: ${describeAdoption(a)}; ${why}`) });
      continue;
    }
    const limit = addMonths(a.enteredCare, MONTHS);
    const days = a.placedEpisode.decom - a.enteredCare;
    const met = a.placedEpisode.decom < limit;
    denominator += 1;
    if (met) numerator += 1;
    const verdict = met ? `moved in before ${formatUk(limit)}, 14 months after entering care` : `moved in on or after ${formatUk(limit)}, 14 months after entering care`;
    const placed = a.placedEpisode;
    // Grouped in breakdowns as on the last day in care, the day before the adoption order.
    children.push({ child: t.child, inCohort: true, met, value: days, groupDay: a.adopted - 1, reason: keptReason(input, () => `${verdict} (${String(days)} days): ${describeAdoption(a)}; ${describePlaced(placed)}`) });
  }
  const value = valueFromParts('percent', definition.decimals, numerator, denominator);
  return { id: definition.id, month: monthKeyOf(monthEnd), numerator, denominator, value, children };
}
