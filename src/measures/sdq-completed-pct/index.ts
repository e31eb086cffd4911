// sdq_completed_pct: children aged 4 to 16 in care for 12 months or more with an SDQ score in the last 12 months.
import type { Measure } from '../measure.ts';
import { compute } from './compute.ts';
import { definition } from './definition.ts';
import { examples } from './examples.ts';

export const sdqCompletedPct: Measure = { definition, compute, examples };
