// oc3_suitable_accommodation_pct_17_18: care leavers aged 17 to 18 in suitable accommodation on their birthday (year to 31 March).
import type { Measure } from '../measure.ts';
import { compute } from './compute.ts';
import { definition } from './definition.ts';
import { examples } from './examples.ts';

export const oc3SuitableAccommodationPct1718: Measure = { definition, compute, examples };
