// cla_uasc: unaccompanied asylum-seeking children looked after at the month end.
import type { Measure } from '../measure.ts';
import { compute } from './compute.ts';
import { definition } from './definition.ts';
import { examples } from './examples.ts';

export const claUasc: Measure = { definition, compute, examples };
