// Children adopted from care: when they entered care, moved in with their adopters, and were adopted (903 episodes).
import { type Day, firstDayOfMonthsTo, formatUk } from '../../core/civil-date.ts';
import type { Episode } from '../../timeline/record-views.ts';
import type { ChildTimeline, PeriodOfCare } from '../../timeline/child-timeline.ts';
import { beganBeforeData, firstOrdinaryEpisode } from '../../timeline/looked-after-on.ts';
import { placementsOf } from '../../timeline/placements.ts';
import { rememberedPerTimeline } from '../../timeline/remembered.ts';
import type { MeasureInput } from '../measure.ts';
import { memoFor, memoForDay } from './input-memo.ts';

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
  final: Episode;
  adopted: Day;
  /**
   * Start of the period of care that ended in adoption: of its first episode other than a short break (V3/V4),
   * which is not being looked after. Null when the period began before the data (see `entryUnknown`).
   */
  enteredCare: Day | null;
  /** The first episode placed for adoption (A3–A6) in the placement that ended in adoption; null if none was recorded. */
  placedEpisode: Episode | null;
  /**
   * When the child moved in with the carers who adopted: the start of that placement, which for an adoption by
   * the child's foster carers is when the foster placement began (later episodes kept the same carer, RNE L/T/U).
   */
  withAdoptersSince: Day | null;
}

/** Returns the first day of the rolling window of `months` months ending with `monthEnd` (1 April 2023 for 36 months to 31 March 2026). */
export function windowStart(monthEnd: Day, months: number): Day {
  return firstDayOfMonthsTo(monthEnd, months);
}

/** Returns the child's adoption, if a period of care ended in adoption between `from` and `to` (both days included). */
export function adoptionBetween(t: ChildTimeline, from: Day, to: Day): Adoption | null {
  return adoptionsOf(t).find((a) => a.adopted >= from && a.adopted <= to) ?? null;
}

/**
 * Lists, in timeline order, each child adopted between `from` and `to` (both included) with that adoption (as
 * `adoptionBetween`). Worked out once per input and window end: every adoption measure asks at every month end.
 */
export function adoptionsBetween(input: MeasureInput, from: Day, to: Day): readonly { t: ChildTimeline; a: Adoption }[] {
  // The few children ever adopted, found once: most of a council's history never ends in adoption.
  const adopted = memoFor(input, 'adopted-children', () => input.timelines.filter((t) => adoptionsOf(t).length > 0));
  return memoForDay(input, to, `adopted|${String(from)}`, () =>
    adopted.flatMap((t) => {
      const a = adoptionBetween(t, from, to);
      return a ? [{ t, a }] : [];
    }),
  );
}

const NO_ADOPTIONS: readonly Adoption[] = Object.freeze([]);

/** Every period of care in the child's history that ended in adoption, in the order of the periods; remembered per timeline. */
const adoptionsOf = rememberedPerTimeline((t): readonly Adoption[] => {
  const found = t.periods.flatMap((period) => {
    const final = period.episodes.at(-1);
    if (!final || final.dec === null || !ADOPTED_RECS.has(final.rec)) return [];
    const placement = placementsOf(t).find((p) => p.episodes.includes(final));
    const placedEpisode = placement?.episodes.find((e) => ADOPTIVE_PLACEMENTS.has(e.place)) ?? null;
    return [{ period, final, adopted: final.dec, enteredCare: beganBeforeData(period) ? null : (firstOrdinaryEpisode(period.episodes)?.decom ?? period.start), placedEpisode, withAdoptersSince: placedEpisode && placement ? placement.start : null }];
  });
  // Most children were never adopted: they share one empty list (nationally, half a million of them).
  return found.length === 0 ? NO_ADOPTIONS : found;
});

/** Why an adoption's day of entering care is not known: its period of care began before the data do. */
export function entryUnknown(a: Adoption): string {
  const first = a.period.episodes[0];
  const which = first ? ` (its first episode in the data, from ${formatUk(first.decom)}, has reason for new episode ${first.rne || 'blank'}, not S)` : '';
  return `the period of care began before the data do${which}, so the day the child entered care is not known; supplying the earlier SSDA903 returns would show it`;
}

/** Describes an adoption for the child list: entered care, adopted, and the row that records it. */
export function describeAdoption(a: Adoption): string {
  const entered = a.enteredCare === null ? 'entered care before the data begin' : `entered care ${formatUk(a.enteredCare)}`;
  return `${entered}, adopted ${formatUk(a.adopted)} (REC ${a.final.rec}, ${a.final.file} row ${String(a.final.row)})`;
}

/** Describes the episode placing the child for adoption. */
export function describePlaced(e: Episode): string {
  return `placed for adoption ${formatUk(e.decom)} (placement ${e.place}, ${e.file} row ${String(e.row)})`;
}
