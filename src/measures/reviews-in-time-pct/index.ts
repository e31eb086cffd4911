// reviews_in_time_pct: children whose statutory reviews in the last 12 months were all held on time.
import type { Measure } from '../measure.ts';
import { compute } from './compute.ts';
import { definition } from './definition.ts';
import { examples } from './examples.ts';

export const reviewsInTimePct: Measure = { definition, compute, examples };
