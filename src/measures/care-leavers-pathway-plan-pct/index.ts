// care_leavers_pathway_plan_pct: care leavers with an up-to-date pathway plan.
import type { Measure } from '../measure.ts';
import { compute } from './compute.ts';
import { definition } from './definition.ts';
import { examples } from './examples.ts';

export const careLeaversPathwayPlanPct: Measure = { definition, compute, examples };
