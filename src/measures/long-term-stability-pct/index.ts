// long_term_stability_pct: long-term children looked after in the same placement for 2+ years (former NI 63).
import type { Measure } from '../measure.ts';
import { compute } from './compute.ts';
import { definition } from './definition.ts';
import { examples } from './examples.ts';

export const longTermStabilityPct: Measure = { definition, compute, examples };
