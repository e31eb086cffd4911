// cla_placed_with_parents_pct: the share of children looked after placed with parents (placement type P1).
import type { Measure } from '../measure.ts';
import { compute } from './compute.ts';
import { definition } from './definition.ts';
import { examples } from './examples.ts';

export const claPlacedWithParentsPct: Measure = { definition, compute, examples };
