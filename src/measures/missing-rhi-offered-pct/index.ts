// missing_rhi_offered_pct: missing episodes ending in the month after which a return home interview was offered.
import type { Measure } from '../measure.ts';
import { compute } from './compute.ts';
import { definition } from './definition.ts';
import { examples } from './examples.ts';

export const missingRhiOfferedPct: Measure = { definition, compute, examples };
