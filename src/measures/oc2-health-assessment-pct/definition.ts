// Definition of oc2_health_assessment_pct: children looked after for a year with their annual health assessment (year to 31 March).
import type { MeasureDefinition } from '../measure.ts';
import { OC2_COHORT, OC2_EXCLUSIONS } from '../shared/annual-definition.ts';

export const definition: MeasureDefinition = {
  id: 'oc2_health_assessment_pct',
  title: 'Children looked after for a year with their annual health assessment (year to 31 March)',
  description:
    'The share of children who had been in care for at least a year on 31 March who had their annual health assessment during the year, exactly as the council reports it to the Department for Education.',
  numerator:
    'Children in the cohort whose OC2 row for the year records HEALTH_ASSESSMENT = 1 (annual health assessment in the year)',
  denominator:
    'Children looked after continuously for at least 12 months at 31 March (the OC2 cohort)',
  cohort: OC2_COHORT,
  exclusions: OC2_EXCLUSIONS,
  polarity: 'higher-is-better',
  unit: 'percent',
  decimals: 0,
  minCohort: 10,
  sources: [
    'DfE, Children looked after in England including adoptions: outcomes for children looked after continuously for 12 months at 31 March, percentage with an annual health assessment (SSDA903 OC2 HEALTH_ASSESSMENT).',
    'DfE/DHSC statutory guidance, Promoting the health and well-being of looked-after children (2015): review health assessments every 12 months from age 5, every 6 months under 5.',
    'HEALTH_CHECK in OC2 is the developmental (health surveillance) check for under-5s, not the annual health assessment; this measure uses HEALTH_ASSESSMENT.',
  ],
};
