// cla_residential_pct: the share of children looked after in residential care (K1, K2, R1, S1).
import type { Measure } from '../measure.ts';
import { compute } from './compute.ts';
import { definition } from './definition.ts';
import { examples } from './examples.ts';

export const claResidentialPct: Measure = { definition, compute, examples };
