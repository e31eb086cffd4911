// adoption_a3_pct: adopted children who moved in with their adoptive family within 14 months of entering care.
import type { Measure } from '../measure.ts';
import { compute } from './compute.ts';
import { definition } from './definition.ts';
import { examples } from './examples.ts';

export const adoptionA3Pct: Measure = { definition, compute, examples };
