// health_assessment_pct: children in care for 12 months or more whose health assessment is up to date.
import type { Measure } from '../measure.ts';
import { compute } from './compute.ts';
import { definition } from './definition.ts';
import { examples } from './examples.ts';

export const healthAssessmentPct: Measure = { definition, compute, examples };
