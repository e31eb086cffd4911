// missing_children: children looked after with a missing episode starting in the month.
import type { Measure } from '../measure.ts';
import { compute } from './compute.ts';
import { definition } from './definition.ts';
import { examples } from './examples.ts';

export const missingChildren: Measure = { definition, compute, examples };
