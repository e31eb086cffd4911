// Computation of adoption_a1_days at a month end.
import type { Day } from '../../core/civil-date.ts';
import type { MeasureInput, MeasureResult } from '../measure.ts';
import { adoptionAverage } from '../shared/adoption-average.ts';
import { describePlaced, entryUnknown } from '../shared/adoptions.ts';
import { definition } from './definition.ts';

/** Averages the days from entering care to being placed for adoption, over children adopted in the 36 months to `monthEnd`. */
export function compute(input: MeasureInput, monthEnd: Day): MeasureResult {
  return adoptionAverage(input, monthEnd, definition.id, definition.decimals, ['ssda903.episodes'], (a) => {
    if (!a.placedEpisode) return { excluded: 'the placement that ended in adoption has no placement for adoption (A3–A6) episode, so the day the child moved in with the adopters is unknown (903 rule 390)' };
    if (a.enteredCare === null) return { excluded: entryUnknown(a) };
    return { days: a.placedEpisode.decom - a.enteredCare, reason: describePlaced(a.placedEpisode) };
  });
}
