// Computation of visits_in_time_pct at a month end.
import { addMonths, formatUk, type Day } from '../../core/civil-date.ts';
import type { SsdVisit } from '../../timeline/record-views.ts';
import type { ChildTimeline } from '../../timeline/child-timeline.ts';
import { placementOn, usualEpisodeOn } from '../../timeline/placements.ts';
import type { MeasureInput, MeasureResult } from '../measure.ts';
import { datedBetween } from '../shared/dated-range.ts';
import { where } from '../shared/health-records.ts';
import { shareOfLookedAfter, type ShareVerdict } from '../shared/share-of-looked-after.ts';
import { unavailableBefore, unavailableUnless } from '../shared/unavailable.ts';
import { definition } from './definition.ts';

/** Long-term foster placements (903 PLACE U1, U4): the only placements the data marks as meant to last until 18. */
export const LONG_TERM_FOSTERING: ReadonlySet<string> = new Set(['U1', 'U4']);

/** Computes the share of children looked after whose statutory visits are up to date at the month end. */
export function compute(input: MeasureInput, monthEnd: Day): MeasureResult {
  const missing = unavailableUnless(input, definition.id, monthEnd, ['ssda903.episodes', 'ssd.visits'])
    // The longest interval between visits is 3 months (long-term fostering after the first year).
    ?? unavailableBefore(input, definition.id, monthEnd, 'ssd.visits', addMonths(monthEnd, -3));
  if (missing) return missing;
  return shareOfLookedAfter(input, monthEnd, definition.id, definition.decimals, (t) => visitsUpToDate(t, monthEnd));
}

/** Tells whether a visit counts as a statutory visit: the child was seen (a visit recorded "not seen" does not). */
function childSeen(v: SsdVisit): boolean {
  return v.seen.trim().toUpperCase() !== 'N';
}

/**
 * Judges one child at the month end against Care Planning Regulations 2010, reg 28(2): a visit within 1 week
 * of the start of the placement, then at intervals of not more than 6 weeks in the first year of the
 * placement, and after that not more than 3 months where the placement is meant to last until 18 (here: long-term
 * foster placements, U1 and U4) or 6 weeks otherwise. Placements are counted the DfE way (placements.ts), so a
 * change of legal status or a temporary move and return is not a new placement.
 */
export function visitsUpToDate(t: ChildTimeline, monthEnd: Day): ShareVerdict {
  const placement = placementOn(t, monthEnd);
  const usual = usualEpisodeOn(t, monthEnd);
  if (!placement || !usual) return { inCohort: false, reason: 'Not in cohort: no placement in force at the month end' };
  const about = () => `placement from ${formatUk(placement.start)} (type ${usual.place}, ${usual.file} row ${String(usual.row)})`;
  const since = datedBetween(t.ssd.visits, placement.start, monthEnd, (v) => v.date);
  let latest: SsdVisit | undefined;
  for (let i = since.length - 1; i >= 0; i -= 1) {
    const v = since[i];
    if (v && childSeen(v)) {
      latest = v;
      break;
    }
  }
  if (!latest) {
    const due = placement.start + 7;
    const met = monthEnd <= due;
    return { inCohort: true, met, reason: () => `${met ? 'Up to date' : 'Overdue'}: no visit since the ${about()}; the first was due within 1 week, by ${formatUk(due)}` };
  }
  const firstYear = latest.date < addMonths(placement.start, 12);
  const longTerm = !firstYear && LONG_TERM_FOSTERING.has(usual.place);
  const due = longTerm ? addMonths(latest.date, 3) : latest.date + 42;
  const rule = longTerm ? '3 months (long-term fostering, after the first year)' : firstYear ? '6 weeks (first year of the placement)' : '6 weeks';
  const met = monthEnd <= due;
  return {
    inCohort: true, met,
    reason: () => `${met ? 'Up to date' : 'Overdue'}: last visit with the child seen on ${formatUk(latest.date)} at ${where(latest)}; next due within ${rule}, by ${formatUk(due)}; ${about()}`,
  };
}
