// visits_seen_alone_pct: children in care, aged 4 or over and visited in the month, who were seen alone.
import type { Measure } from '../measure.ts';
import { compute } from './compute.ts';
import { definition } from './definition.ts';
import { examples } from './examples.ts';

export const visitsSeenAlonePct: Measure = { definition, compute, examples };
