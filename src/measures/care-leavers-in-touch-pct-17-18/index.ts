// care_leavers_in_touch_pct_17_18: care leavers aged 17 or 18 in touch.
import type { Measure } from '../measure.ts';
import { compute } from './compute.ts';
import { definition } from './definition.ts';
import { examples } from './examples.ts';

export const careLeaversInTouchPct1718: Measure = { definition, compute, examples };
