// cla_rate: children looked after per 10,000 children aged 0 to 17.
import type { Measure } from '../measure.ts';
import { compute } from './compute.ts';
import { definition } from './definition.ts';
import { examples } from './examples.ts';

export const claRate: Measure = { definition, compute, examples };
