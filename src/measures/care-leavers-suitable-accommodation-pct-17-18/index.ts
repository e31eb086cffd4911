// care_leavers_suitable_accommodation_pct_17_18: care leavers aged 17 or 18 in suitable accommodation.
import type { Measure } from '../measure.ts';
import { compute } from './compute.ts';
import { definition } from './definition.ts';
import { examples } from './examples.ts';

export const careLeaversSuitableAccommodationPct1718: Measure = { definition, compute, examples };
