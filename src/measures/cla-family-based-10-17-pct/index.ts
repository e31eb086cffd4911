// cla_family_based_10_17_pct: the share of children looked after aged 10–17 fostered or placed for adoption.
import type { Measure } from '../measure.ts';
import { compute } from './compute.ts';
import { definition } from './definition.ts';
import { examples } from './examples.ts';

export const claFamilyBased1017Pct: Measure = { definition, compute, examples };
