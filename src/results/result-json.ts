// The public JSON shape of a measure result: the fixed CLI contract {id, month, numerator, denominator, value}.
import type { MeasureResult } from '../measures/measure.ts';

/** A result as printed by `carestats measures --format json`. Fields are only ever added, never renamed. */
export interface ResultJson {
  id: string;
  month: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  unavailable?: string;
}

/** Drops the child list (child-level data stays out of aggregate outputs) and keeps the contract fields. */
export function toResultJson(r: MeasureResult): ResultJson {
  const out: ResultJson = { id: r.id, month: r.month, numerator: r.numerator, denominator: r.denominator, value: r.value };
  if (r.unavailable !== undefined) out.unavailable = r.unavailable;
  return out;
}
