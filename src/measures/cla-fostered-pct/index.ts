// cla_fostered_pct: the share of children looked after in foster placements (U1–U6).
import type { Measure } from '../measure.ts';
import { compute } from './compute.ts';
import { definition } from './definition.ts';
import { examples } from './examples.ts';

export const claFosteredPct: Measure = { definition, compute, examples };
