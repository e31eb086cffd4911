// adoption_a10_days: average days from entering care to moving in with the adoptive family, counting foster carers who adopt from the first move-in.
import type { Measure } from '../measure.ts';
import { compute } from './compute.ts';
import { definition } from './definition.ts';
import { examples } from './examples.ts';

export const adoptionA10Days: Measure = { definition, compute, examples };
