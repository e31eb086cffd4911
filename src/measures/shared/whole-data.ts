// Facts about the whole data that measures need beside each child's own timeline: taken from the input's
// timelines on one thread, and put together from every share's when the children are computed in shares.
import type { Day } from '../../core/civil-date.ts';
import type { ChildTimeline } from '../../timeline/child-timeline.ts';
import type { DatedTable, MeasureInput, WholeData } from '../measure.ts';
import { healthCheckTookPlace, isDentalCheck, isHealthAssessment } from '../../ingest/ssd-values.ts';
import { memoFor } from './input-memo.ts';

/** The input's whole-data facts: as given (a share's, merged over every share), or worked out from its timelines. */
export function wholeData(input: MeasureInput): WholeData {
  return input.whole ?? memoFor(input, 'whole-data', () => wholeDataOf(input.timelines));
}

/**
 * Works the facts out from timelines. A table's first record is that of a child in the timelines (a child of
 * the SSDA903 return): a row no child's timeline holds cannot be counted by any measure either.
 */
export function wholeDataOf(timelines: readonly ChildTimeline[]): WholeData {
  const first = new FirstRecords();
  let latest: Day | null = null;
  const at = (day: Day | null) => {
    if (day !== null && (latest === null || day > latest)) latest = day;
  };
  const oc2 = new Set<number>();
  const oc3 = new Set<number>();
  const kinds = { assessment: false, dental: false };
  for (const t of timelines) {
    const { ssd, ssda903 } = t;
    for (const r of ssd.reviews) if (r.held !== null && tookPlace(r)) first.saw('ssd.reviews', r.held);
    for (const r of ssda903.reviews) first.saw('ssda903.reviews', r.review);
    for (const r of ssd.visits) first.saw('ssd.visits', r.date);
    for (const r of ssd.health) {
      first.saw('ssd.health', r.date);
      if (!healthCheckTookPlace(r.status)) continue;
      if (!kinds.assessment && isHealthAssessment(r.type)) kinds.assessment = true;
      if (!kinds.dental && isDentalCheck(r.type)) kinds.dental = true;
    }
    for (const r of ssd.immunisations) first.saw('ssd.immunisations', r.date);
    for (const r of ssd.sdq) first.saw('ssd.sdq', r.date);
    for (const r of ssd.missing) first.saw('ssd.missing', r.start);
    for (const r of ssda903.missing) first.saw('ssda903.missing', r.misStart);
    // A row is dated by its contact: the pathway plan review it records may be older than the extract.
    for (const r of ssd.careLeavers) first.saw('ssd.careLeavers', r.latestContact);
    // A spell table by its first end, not its first start: an extract from a date keeps the spells in force
    // then with their own (earlier) starts, but none that had ended (measure.ts SPELL_TABLES).
    for (const r of ssd.placements) first.saw('ssd.placements', r.end);
    for (const r of ssd.involvements) first.saw('ssd.involvements', r.end);
    for (const r of ssda903.oc2) oc2.add(r.year);
    for (const r of ssda903.oc3) oc3.add(r.year);
    // Where the SSD extract ends: the last day anything in it happened (a review's due date is no event).
    for (const r of ssd.reviews) if (tookPlace(r)) at(r.held);
    for (const r of ssd.visits) at(r.date);
    for (const r of ssd.health) at(r.date);
    for (const r of ssd.immunisations) at(r.date);
    for (const r of ssd.sdq) at(r.date);
    for (const r of ssd.missing) at(r.end ?? r.start);
    for (const r of ssd.careLeavers) at(r.latestContact);
    for (const r of ssd.placements) at(r.end ?? r.start);
    for (const r of ssd.involvements) at(r.end ?? r.start);
  }
  return { firstRecord: first.days, ssdLatest: latest, oc2Years: sorted(oc2), oc3Years: sorted(oc3), ssdHealthKinds: kinds };
}

/** Whether an SSD review took place: a cancelled review, or one with no held date (only due), did not. */
export function tookPlace(r: { held: Day | null; cancelled: string }): boolean {
  return r.held !== null && r.cancelled !== 'Y';
}

/** The facts of several shares' children as the facts of them all. */
export function mergeWholeData(parts: readonly WholeData[]): WholeData {
  const first = new FirstRecords();
  for (const p of parts) for (const [table, day] of Object.entries(p.firstRecord)) first.saw(table as DatedTable, day);
  const latest = parts.reduce<Day | null>((l, p) => (p.ssdLatest === undefined || p.ssdLatest === null ? l : l === null ? p.ssdLatest : Math.max(l, p.ssdLatest)), null);
  return {
    firstRecord: first.days,
    ssdLatest: latest,
    oc2Years: sorted(new Set(parts.flatMap((p) => p.oc2Years))),
    oc3Years: sorted(new Set(parts.flatMap((p) => p.oc3Years))),
    ssdHealthKinds: { assessment: parts.some((p) => p.ssdHealthKinds?.assessment === true), dental: parts.some((p) => p.ssdHealthKinds?.dental === true) },
  };
}

/** The earliest day seen in each table. */
class FirstRecords {
  readonly days: Partial<Record<DatedTable, Day>> = {};

  saw(table: DatedTable, day: Day | null): void {
    if (day === null) return;
    const known = this.days[table];
    if (known === undefined || day < known) this.days[table] = day;
  }
}

function sorted(years: ReadonlySet<number>): number[] {
  return [...years].sort((a, b) => a - b);
}
