// Definition of oc3_eet_pct: care leavers aged 17 to 21 in education, employment or training on their birthday (year to 31 March).
import type { MeasureDefinition } from '../measure.ts';
import { OC3_COHORT, OC3_EXCLUSIONS } from '../shared/annual-definition.ts';

export const definition: MeasureDefinition = {
  id: 'oc3_eet_pct',
  title: 'Care leavers aged 17 to 21 in education, employment or training on their birthday (year to 31 March)',
  description:
    'Of the young people who had left care and had their 17th to 21st birthday in the year to 31 March, the share in education, employment or training around their birthday, exactly as the council reports it to the Department for Education.',
  numerator:
    'Young people in the cohort whose OC3 row records an education, employment or training activity: ACTIV F1/P1 higher education, F2/P2 other education, F4/P4 apprenticeship, F5/P5 other training or employment (F3/P3 training or employment before 2021/22)',
  denominator:
    'Care leavers in the OC3 table with their 17th to 21st birthday in the year; those not in education, employment or training (G4, G5, G6) or with no activity information (0) count as not met',
  cohort: OC3_COHORT,
  exclusions: OC3_EXCLUSIONS,
  polarity: 'higher-is-better',
  unit: 'percent',
  decimals: 0,
  minCohort: 10,
  denominatorCounts: 'young people',
  sources: [
    'DfE, Children looked after in England including adoptions: care leavers now aged 17 to 21, whether in touch, their activity and accommodation, measured on or around the birthday (SSDA903 OC3 IN_TOUCH, ACTIV, ACCOM); DfE headlines report ages 17, 18 and 19 to 21 separately, and this measure covers 17 to 21 together.',
    'DfE footnote to the care-leaver tables (as restated in the reference notes): excludes young people who died since leaving care, returned home for 6 months or more, or whose care transferred to another council.',
    'Commonly cited as former National Indicator 148 (care leavers in education, employment or training, then at 19); the id was not verified.',
  ],
};
