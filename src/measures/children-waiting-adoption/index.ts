// children_waiting_adoption: children waiting to be placed for adoption.
import type { Measure } from '../measure.ts';
import { compute } from './compute.ts';
import { definition } from './definition.ts';
import { examples } from './examples.ts';

export const childrenWaitingAdoption: Measure = { definition, compute, examples };
