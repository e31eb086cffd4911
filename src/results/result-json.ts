// The public JSON shape of a measure result: the fixed CLI contract {id, month, numerator, denominator, value},
// with `unavailable`, `cohort` and `breakdown` added after it.
import type { MeasureResult } from '../measures/measure.ts';
import type { Breakdown } from './breakdown.ts';

/** A result as printed by `carestats measures --format json`. Fields are only ever added, never renamed. */
export interface ResultJson {
  id: string;
  month: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  unavailable?: string;
  /** Children in the measure's cohort (for a percentage, its denominator); null when the measure is unavailable. */
  cohort: number | null;
  /** Present when a breakdown was asked for (`--by`). */
  breakdown?: Breakdown;
}

/** Returns the number of children in a result's cohort, or null when the measure is unavailable. */
export function cohortSize(r: MeasureResult): number | null {
  if (r.unavailable !== undefined) return null;
  let n = 0;
  for (const c of r.children) if (c.inCohort) n += 1;
  return n;
}

/** Drops the child list (child-level data stays out of aggregate outputs) and keeps the contract fields first; a breakdown goes after them. */
export function toResultJson(r: MeasureResult): ResultJson {
  return {
    id: r.id, month: r.month, numerator: r.numerator, denominator: r.denominator, value: r.value,
    ...(r.unavailable === undefined ? {} : { unavailable: r.unavailable }),
    cohort: cohortSize(r),
  };
}
