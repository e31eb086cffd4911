// adoption_a2_days: average days from court authority to place for adoption to matching with adopters.
import type { Measure } from '../measure.ts';
import { compute } from './compute.ts';
import { definition } from './definition.ts';
import { examples } from './examples.ts';

export const adoptionA2Days: Measure = { definition, compute, examples };
