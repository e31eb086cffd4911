// cla_over_20_miles_pct: the share of children looked after placed more than 20 miles from home (unavailable).
import type { Measure } from '../measure.ts';
import { compute } from './compute.ts';
import { definition } from './definition.ts';
import { examples } from './examples.ts';

export const claOver20MilesPct: Measure = { definition, compute, examples };
