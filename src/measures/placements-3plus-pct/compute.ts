// Computation of placements_3plus_pct at a month end.
import { formatUk, type Day } from '../../core/civil-date.ts';
import { latestQualifyingStart } from '../../timeline/continuous-care.ts';
import { placementsBetween, TEMPORARY_PLACEMENTS, type Placement } from '../../timeline/placements.ts';
import type { MeasureInput, MeasureResult } from '../measure.ts';
import { shareOfLookedAfter } from '../shared/share-of-looked-after.ts';
import { definition } from './definition.ts';

/** Computes the percentage of children looked after at `monthEnd` with 3+ placements in the 12 months to it. */
export function compute(input: MeasureInput, monthEnd: Day): MeasureResult {
  const from = latestQualifyingStart(monthEnd, 12);
  return shareOfLookedAfter(input, monthEnd, definition.id, definition.decimals, (t) => {
    const placements = placementsBetween(t, from, monthEnd);
    const met = placements.length >= 3;
    const n = String(placements.length);
    return {
      inCohort: true,
      met,
      reason: () => `${n} placement${placements.length === 1 ? '' : 's'} between ${formatUk(from)} and ${formatUk(monthEnd)}${met ? ' (3 or more)' : ''}: ${placements.map(describe).join('; ')}`,
    };
  });
}

function describe(p: Placement): string {
  const [first, ...rest] = p.episodes;
  const where = first ? `${first.place} at ${first.file} row ${String(first.row)}` : '';
  // Later episodes of the same placement, so an analyst sees which changes were not counted as moves and why.
  const notMoves = rest.map((e, i) => {
    const before = p.episodes[i];
    const kind = TEMPORARY_PLACEMENTS.has(e.place) ? 'temporary' : before && TEMPORARY_PLACEMENTS.has(before.place) ? 'return to same carer' : `RNE ${e.rne}`;
    return `${kind} ${e.place} ${formatUk(e.decom)}`;
  });
  return `from ${formatUk(p.start)}${p.end === null ? '' : ` to ${formatUk(p.end)}`} (${where}${notMoves.length ? `; not moves: ${notMoves.join(', ')}` : ''})`;
}
