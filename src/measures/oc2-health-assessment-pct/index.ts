// oc2_health_assessment_pct: children looked after for a year with their annual health assessment (year to 31 March).
import type { Measure } from '../measure.ts';
import { compute } from './compute.ts';
import { definition } from './definition.ts';
import { examples } from './examples.ts';

export const oc2HealthAssessmentPct: Measure = { definition, compute, examples };
