// away_incidents: away-from-placement episodes of children looked after starting in the month.
import type { Measure } from '../measure.ts';
import { compute } from './compute.ts';
import { definition } from './definition.ts';
import { examples } from './examples.ts';

export const awayIncidents: Measure = { definition, compute, examples };
