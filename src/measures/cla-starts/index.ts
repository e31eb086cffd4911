// cla_starts: children who came into care during the month.
import type { Measure } from '../measure.ts';
import { compute } from './compute.ts';
import { definition } from './definition.ts';
import { examples } from './examples.ts';

export const claStarts: Measure = { definition, compute, examples };
