// sdq_mean_score: the average latest SDQ score of children aged 4 to 16 in care for 12 months or more.
import type { Measure } from '../measure.ts';
import { compute } from './compute.ts';
import { definition } from './definition.ts';
import { examples } from './examples.ts';

export const sdqMeanScore: Measure = { definition, compute, examples };
