// Definition of oc2_dental_check_pct: children looked after for a year who had a dental check (year to 31 March).
import type { MeasureDefinition } from '../measure.ts';
import { OC2_COHORT, OC2_EXCLUSIONS } from '../shared/annual-definition.ts';

export const definition: MeasureDefinition = {
  id: 'oc2_dental_check_pct',
  title: 'Children looked after for a year who had a dental check (year to 31 March)',
  description:
    'The share of children who had been in care for at least a year on 31 March whose teeth were checked by a dentist during the year, exactly as the council reports it to the Department for Education.',
  numerator:
    'Children in the cohort whose OC2 row for the year records TEETH_CHECK = 1 (teeth checked by a dentist in the year)',
  denominator:
    'Children looked after continuously for at least 12 months at 31 March (the OC2 cohort)',
  cohort: OC2_COHORT,
  exclusions: OC2_EXCLUSIONS,
  polarity: 'higher-is-better',
  unit: 'percent',
  decimals: 0,
  minCohort: 10,
  sources: [
    'DfE, Children looked after in England including adoptions: outcomes for children looked after continuously for 12 months at 31 March, percentage whose teeth were checked by a dentist (SSDA903 OC2 TEETH_CHECK).',
  ],
};
