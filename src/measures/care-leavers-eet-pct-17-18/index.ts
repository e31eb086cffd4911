// care_leavers_eet_pct_17_18: care leavers aged 17 or 18 in education, employment or training.
import type { Measure } from '../measure.ts';
import { compute } from './compute.ts';
import { definition } from './definition.ts';
import { examples } from './examples.ts';

export const careLeaversEetPct1718: Measure = { definition, compute, examples };
