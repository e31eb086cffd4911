// placements_3plus_pct: children looked after with 3 or more placements in the last 12 months (former NI 62).
import type { Measure } from '../measure.ts';
import { compute } from './compute.ts';
import { definition } from './definition.ts';
import { examples } from './examples.ts';

export const placements3plusPct: Measure = { definition, compute, examples };
