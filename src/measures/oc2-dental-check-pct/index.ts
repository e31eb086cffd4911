// oc2_dental_check_pct: children looked after for a year who had a dental check (year to 31 March).
import type { Measure } from '../measure.ts';
import { compute } from './compute.ts';
import { definition } from './definition.ts';
import { examples } from './examples.ts';

export const oc2DentalCheckPct: Measure = { definition, compute, examples };
