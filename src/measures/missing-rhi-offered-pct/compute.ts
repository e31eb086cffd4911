// Computation of missing_rhi_offered_pct for a month.
import { formatUk, type Day } from '../../core/civil-date.ts';
import { monthKeyOf, monthStartOf } from '../../core/month.ts';
import { isYes } from '../../ingest/ssd-values.ts';
import { keptReason, type ChildOutcome, type MeasureInput, type MeasureResult, valueFromParts } from '../measure.ts';
import { childrenWithMissing, describeMissing, groupDayFor, notLookedAfterAt } from '../shared/missing-episodes.ts';
import { unavailableBefore, unavailableUnless } from '../shared/unavailable.ts';
import { definition } from './definition.ts';

/**
 * Computes the share of missing episodes ending in the month after which a return home interview was offered.
 * The figure counts episodes; each child with such an episode gets one outcome, met only if every one of
 * their episodes ending in the month had an interview offered.
 */
export function compute(input: MeasureInput, monthEnd: Day): MeasureResult {
  // Only the SSD records return interviews; the 903 Missing table does not.
  const missing = unavailableUnless(input, definition.id, monthEnd, ['ssda903.episodes', 'ssd.missing'])
    ?? unavailableBefore(input, definition.id, monthEnd, 'ssd.missing', monthStartOf(monthEnd));
  if (missing) return missing;
  const from = monthStartOf(monthEnd);
  const children: ChildOutcome[] = [];
  let offered = 0;
  let ended = 0;
  for (const { t, episodes } of childrenWithMissing(input, 'ssd')) {
    const endedInMonth = episodes.filter((e) => e.kind === 'missing' && e.end !== null && e.end >= from && e.end <= monthEnd);
    if (endedInMonth.length === 0) continue;
    const counted = endedInMonth.filter((e) => notLookedAfterAt(t, e.start) === null);
    if (counted.length === 0) {
      const why = endedInMonth.map((e) => `${describeMissing(e)}: ${notLookedAfterAt(t, e.start) ?? ''}`).join('; ');
      children.push({ child: t.child, inCohort: false, met: null, reason: keptReason(input, () => `Not counted: ${why}`) });
      continue;
    }
    const yes = counted.filter((e) => isYes(e.rhiOffered));
    ended += counted.length;
    offered += yes.length;
    const each = counted.map((e) => `${describeMissing(e)}: interview ${isYes(e.rhiOffered) ? 'offered' : `not recorded as offered (${e.rhiOffered || 'blank'})`}`);
    // Grouped as on the day the latest counted episode began, when the cohort is looked after (see missing-episodes.ts).
    children.push({ child: t.child, inCohort: true, met: yes.length === counted.length, events: { met: yes.length, of: counted.length }, groupDay: groupDayFor(t, counted), reason: keptReason(input, () => `${String(yes.length)} of ${String(counted.length)} episodes ending by ${formatUk(monthEnd)} with an interview offered: ${each.join('; ')}`) });
  }
  const value = valueFromParts('percent', definition.decimals, offered, ended);
  return { id: definition.id, month: monthKeyOf(monthEnd), numerator: offered, denominator: ended, value, children };
}

