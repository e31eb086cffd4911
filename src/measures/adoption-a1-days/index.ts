// adoption_a1_days: average days from entering care to moving in with the adoptive family.
import type { Measure } from '../measure.ts';
import { compute } from './compute.ts';
import { definition } from './definition.ts';
import { examples } from './examples.ts';

export const adoptionA1Days: Measure = { definition, compute, examples };
