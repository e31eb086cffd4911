// Computation of children_waiting_adoption at a month end.
import { formatUk, type Day } from '../../core/civil-date.ts';
import { monthKeyOf } from '../../core/month.ts';
import type { SourceRow } from '../../ingest/records.ts';
import type { ChildTimeline } from '../../timeline/child-timeline.ts';
import { beganBeforeData, lookedAfterOn, periodHolding } from '../../timeline/looked-after-on.ts';
import { placementOn } from '../../timeline/placements.ts';
import { keptReason, type ChildOutcome, type MeasureInput, type MeasureResult } from '../measure.ts';
import { ADOPTIVE_PLACEMENTS, AUTHORITY_TO_PLACE } from '../shared/adoptions.ts';
import { inCareAt } from '../shared/looked-after-index.ts';
import { unavailableUnless } from '../shared/unavailable.ts';
import { definition } from './definition.ts';

/** A decision that the child should be placed for adoption, from PlacedAdoption or AD1. */
interface Decision {
  day: Day;
  reversed: Day | null;
  source: SourceRow;
}

/** Counts children looked after at `monthEnd` with a placement order or adoption decision who are not yet placed for adoption. */
export function compute(input: MeasureInput, monthEnd: Day): MeasureResult {
  const unavailable = unavailableUnless(input, definition.id, monthEnd, ['ssda903.episodes', 'ssda903.placedAdoption']);
  if (unavailable) return unavailable;
  const children: ChildOutcome[] = [];
  for (const { timeline: t } of inCareAt(input, monthEnd)) {
    const outcome = judge(t, monthEnd);
    if (outcome) {
      outcome.reason = keptReason(input, outcome.reason);
      children.push(outcome);
    }
  }
  const count = children.filter((c) => c.met === true).length;
  return { id: definition.id, month: monthKeyOf(monthEnd), numerator: count, denominator: null, value: count, children };
}

function judge(t: ChildTimeline, monthEnd: Day): ChildOutcome | null {
  const status = lookedAfterOn(t, monthEnd);
  if (status.kind !== 'looked-after') return null;
  const episode = status.episode;
  const order = AUTHORITY_TO_PLACE.has(episode.ls);
  // Most children in care have neither a placement order nor a recorded decision: nothing more to look at.
  if (!order && t.ssda903.placedAdoption.length === 0 && t.ssda903.ad1.length === 0) return null;
  const period = periodHolding(t, episode);
  if (!period) return null;
  // Only decisions made in the current period of care count: an earlier period's plan ended with it. A period
  // that began before the data may have a decision from before its first episode in them: any after the
  // previous period in the data ended counts.
  const at = t.periods.indexOf(period);
  const since = beganBeforeData(period) ? (t.periods[at - 1]?.end ?? -Infinity) : period.start;
  const decisions: Decision[] = [
    ...t.ssda903.placedAdoption.map((r) => ({ day: r.datePlaced, reversed: r.datePlacedCeased, source: r })),
    ...t.ssda903.ad1.flatMap((r) => (r.dateInt === null ? [] : [{ day: r.dateInt, reversed: null, source: r }])),
  ].filter((d) => d.day >= since && d.day <= monthEnd);
  const latest = decisions.reduce<Decision | null>((best, d) => (best === null || d.day > best.day ? d : best), null);
  if (!order && !latest) return null;
  // As a function: read only for the reasons an analyst opens.
  const why = (): string => [
    order ? `legal status ${episode.ls} (${episode.ls === 'E1' ? 'placement order' : 'freeing order'}) in force in the episode from ${formatUk(episode.decom)} (${episode.file} row ${String(episode.row)})` : '',
    latest ? `decision to place for adoption ${formatUk(latest.day)} (${latest.source.file} row ${String(latest.source.row)})` : '',
  ].filter((s) => s !== '').join(' and ');
  const reversed = latest?.reversed ?? null;
  if (reversed !== null && reversed <= monthEnd) {
    return { child: t.child, inCohort: false, met: null, reason: () => `Not counted: ${why()}, but the decision was reversed on ${formatUk(reversed)}, so adoption is no longer the plan` };
  }
  const placed = placementOn(t, monthEnd)?.episodes.find((e) => ADOPTIVE_PLACEMENTS.has(e.place) && e.decom <= monthEnd);
  if (placed) {
    return { child: t.child, inCohort: false, met: null, reason: () => `Not counted: ${why()}; already placed for adoption since ${formatUk(placed.decom)} (placement ${placed.place}, ${placed.file} row ${String(placed.row)})` };
  }
  return { child: t.child, inCohort: true, met: true, reason: () => `Waiting: ${why()}; placement at the month end is ${episode.place}, not a placement for adoption` };
}
