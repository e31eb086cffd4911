// oc3_eet_pct_19_21: care leavers aged 19 to 21 in education, employment or training on their birthday (year to 31 March).
import type { Measure } from '../measure.ts';
import { compute } from './compute.ts';
import { definition } from './definition.ts';
import { examples } from './examples.ts';

export const oc3EetPct1921: Measure = { definition, compute, examples };
