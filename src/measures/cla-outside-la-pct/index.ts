// cla_outside_la_pct: the share of children looked after placed outside the council's postcode districts.
import type { Measure } from '../measure.ts';
import { compute } from './compute.ts';
import { definition } from './definition.ts';
import { examples } from './examples.ts';

export const claOutsideLaPct: Measure = { definition, compute, examples };
