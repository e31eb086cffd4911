// visits_in_time_pct: children looked after whose statutory social worker visits are up to date at the month end.
import type { Measure } from '../measure.ts';
import { compute } from './compute.ts';
import { definition } from './definition.ts';
import { examples } from './examples.ts';

export const visitsInTimePct: Measure = { definition, compute, examples };
