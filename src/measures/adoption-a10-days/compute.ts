// Computation of adoption_a10_days at a month end.
import { formatUk, type Day } from '../../core/civil-date.ts';
import type { MeasureInput, MeasureResult } from '../measure.ts';
import { adoptionAverage } from '../shared/adoption-average.ts';
import { describePlaced, entryUnknown } from '../shared/adoptions.ts';
import { definition } from './definition.ts';

/** Averages the days from entering care to moving in with the eventual adopters, over children adopted in the 36 months to `monthEnd`. */
export function compute(input: MeasureInput, monthEnd: Day): MeasureResult {
  return adoptionAverage(input, monthEnd, definition.id, definition.decimals, ['ssda903.episodes'], (a, t) => {
    if (!a.placedEpisode || a.withAdoptersSince === null) return { excluded: 'the placement that ended in adoption has no placement for adoption (A3–A6) episode, so the day the child moved in with the adopters is unknown (903 rule 390)' };
    if (a.enteredCare === null) return { excluded: entryUnknown(a) };
    const entered = a.enteredCare;
    const placed = describePlaced(a.placedEpisode);
    const since = a.withAdoptersSince;
    if (since < a.placedEpisode.decom) {
      return { days: since - entered, reason: () => `adopted by the carers they had lived with since ${formatUk(since)} (later episodes kept the same carer), so that day is used; ${placed}` };
    }
    // AD1 FOSTER_CARE = 1 says the foster carers adopted, but the episodes show no earlier placement with them.
    const flagged = t.ssda903.ad1.some((r) => r.fosterCare === '1');
    const note = flagged ? '; AD1 says adopted by foster carers, but the episodes show a new carer when placed for adoption (check RNE)' : '';
    return { days: a.withAdoptersSince - entered, reason: () => `${placed}${note}` };
  });
}
