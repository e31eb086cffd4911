// cla_section20_pct: the share of children looked after who are accommodated under section 20 (legal status V2).
import type { Measure } from '../measure.ts';
import { compute } from './compute.ts';
import { definition } from './definition.ts';
import { examples } from './examples.ts';

export const claSection20Pct: Measure = { definition, compute, examples };
