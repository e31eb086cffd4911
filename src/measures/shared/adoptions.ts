// Children adopted from care: when they entered care, moved in with their adopters, and were adopted (903 episodes).
import { addMonths, formatUk, type Day } from '../../core/civil-date.ts';
import type { EpisodeRecord } from '../../ingest/records.ts';
import type { ChildTimeline, PeriodOfCare } from '../../timeline/child-timeline.ts';
import { placementsOf } from '../../timeline/placements.ts';

/** Reasons an episode ceased that mean the child was adopted (903 REC E11 unopposed, E12 consent dispensed with). */
export const ADOPTED_RECS: ReadonlySet<string> = new Set(['E11', 'E12']);

/**
 * Reasons ceased that mean a special guardianship order: E43/E44 to 2017/18, E45–E48 from 2018/19 (to former
 * foster carers who are relatives or friends, to other former foster carers, to other relatives or friends,
 * to other carers).
 */
export const SGO_RECS: ReadonlySet<string> = new Set(['E43', 'E44', 'E45', 'E46', 'E47', 'E48']);

/** Placed for adoption (903 PLACE A3–A6: with consent or under a placement order, with the current foster carer or not). */
export const ADOPTIVE_PLACEMENTS: ReadonlySet<string> = new Set(['A3', 'A4', 'A5', 'A6']);

/** Legal statuses giving the council court authority to place for adoption: E1 placement order, D1 freeing order. */
export const AUTHORITY_TO_PLACE: ReadonlySet<string> = new Set(['E1', 'D1']);

/** One child's adoption, with the dates the adoption scorecard measures between. */
export interface Adoption {
  period: PeriodOfCare;
  /** The episode that ended with the adoption. */
  final: EpisodeRecord;
  adopted: Day;
  /** Start of the period of care that ended in adoption. */
  enteredCare: Day;
  /** The first episode placed for adoption (A3–A6) in the placement that ended in adoption; null if none was recorded. */
  placedEpisode: EpisodeRecord | null;
  /**
   * When the child moved in with the carers who adopted: the start of that placement, which for an adoption by
   * the child's foster carers is when the foster placement began (later episodes kept the same carer, RNE L/T/U).
   */
  withAdoptersSince: Day | null;
}

/** Returns the first day of the rolling window of `months` months ending with `monthEnd` (1 April 2023 for 36 months to 31 March 2026). */
export function windowStart(monthEnd: Day, months: number): Day {
  return addMonths(monthEnd, -months) + 1;
}

/** Returns the child's adoption, if a period of care ended in adoption between `from` and `to` (both days included). */
export function adoptionBetween(t: ChildTimeline, from: Day, to: Day): Adoption | null {
  for (const period of t.periods) {
    const final = period.episodes.at(-1);
    if (!final || final.dec === null || !ADOPTED_RECS.has(final.rec) || final.dec < from || final.dec > to) continue;
    const placement = placementsOf(t).find((p) => p.episodes.includes(final));
    const placedEpisode = placement?.episodes.find((e) => ADOPTIVE_PLACEMENTS.has(e.place)) ?? null;
    return { period, final, adopted: final.dec, enteredCare: period.start, placedEpisode, withAdoptersSince: placedEpisode && placement ? placement.start : null };
  }
  return null;
}

/** Describes an adoption for the child list: entered care, adopted, and the row that records it. */
export function describeAdoption(a: Adoption): string {
  return `entered care ${formatUk(a.enteredCare)}, adopted ${formatUk(a.adopted)} (REC ${a.final.rec}, ${a.final.file} row ${String(a.final.row)})`;
}

/** Describes the episode placing the child for adoption. */
export function describePlaced(e: EpisodeRecord): string {
  return `placed for adoption ${formatUk(e.decom)} (placement ${e.place}, ${e.file} row ${String(e.row)})`;
}
