// immunisations_pct: children in care for 12 months or more whose immunisations are up to date.
import type { Measure } from '../measure.ts';
import { compute } from './compute.ts';
import { definition } from './definition.ts';
import { examples } from './examples.ts';

export const immunisationsPct: Measure = { definition, compute, examples };
