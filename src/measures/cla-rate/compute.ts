// Computation of cla_rate at a month end.
import { dayFromYmd, type Day } from '../../core/civil-date.ts';
import { monthKeyOf } from '../../core/month.ts';
import type { LaConfig, PopulationEstimate } from '../../config/la-config.ts';
import { type MeasureInput, type MeasureResult, valueFromParts } from '../measure.ts';
import { lookedAfterCohort } from '../shared/looked-after-cohort.ts';
import { definition } from './definition.ts';

/** Computes children looked after per 10,000 children aged 0–17, or says why it cannot. */
export function compute(input: MeasureInput, monthEnd: Day): MeasureResult {
  const month = monthKeyOf(monthEnd);
  if (!input.config) {
    return {
      id: 'cla_rate',
      month,
      numerator: null,
      denominator: null,
      value: null,
      unavailable: 'Needs the ONS population of children aged 0 to 17, from la-config.json in the data folder.',
      children: [],
    };
  }
  const estimate = populationFor(input.config, monthEnd);
  const { count, children } = lookedAfterCohort(input, monthEnd);
  const value = valueFromParts('rate-per-10000', definition.decimals, count, estimate.children0to17);
  return { id: 'cla_rate', month, numerator: count, denominator: estimate.children0to17, value, children };
}

/**
 * Picks the population estimate for a month end: the latest ONS mid-year (30 June) estimate on or before it.
 * Months before the earliest estimate use the earliest, the nearest available figure.
 */
export function populationFor(config: LaConfig, monthEnd: Day): PopulationEstimate {
  const sorted = [...config.population].sort((a, b) => a.year - b.year);
  let chosen = sorted[0];
  for (const p of sorted) if (dayFromYmd(p.year, 6, 30) <= monthEnd) chosen = p;
  if (!chosen) throw new Error('Programmer error: la-config population is validated as non-empty');
  return chosen;
}
