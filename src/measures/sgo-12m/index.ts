// sgo_12m: children leaving care under a special guardianship order in the last 12 months.
import type { Measure } from '../measure.ts';
import { compute } from './compute.ts';
import { definition } from './definition.ts';
import { examples } from './examples.ts';

export const sgo12m: Measure = { definition, compute, examples };
