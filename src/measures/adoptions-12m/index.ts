// adoptions_12m: children adopted in the last 12 months.
import type { Measure } from '../measure.ts';
import { compute } from './compute.ts';
import { definition } from './definition.ts';
import { examples } from './examples.ts';

export const adoptions12m: Measure = { definition, compute, examples };
