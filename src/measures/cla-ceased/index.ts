// cla_ceased: children who left care during the month.
import type { Measure } from '../measure.ts';
import { compute } from './compute.ts';
import { definition } from './definition.ts';
import { examples } from './examples.ts';

export const claCeased: Measure = { definition, compute, examples };
