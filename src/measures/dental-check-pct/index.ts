// dental_check_pct: children in care for 12 months or more who had a dental check in the last 12 months.
import type { Measure } from '../measure.ts';
import { compute } from './compute.ts';
import { definition } from './definition.ts';
import { examples } from './examples.ts';

export const dentalCheckPct: Measure = { definition, compute, examples };
