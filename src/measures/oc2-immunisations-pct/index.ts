// oc2_immunisations_pct: children looked after for a year with immunisations up to date (year to 31 March).
import type { Measure } from '../measure.ts';
import { compute } from './compute.ts';
import { definition } from './definition.ts';
import { examples } from './examples.ts';

export const oc2ImmunisationsPct: Measure = { definition, compute, examples };
