// Definition of oc3_in_touch_pct: care leavers aged 17 to 21 in touch on their birthday (year to 31 March).
import type { MeasureDefinition } from '../measure.ts';
import { OC3_COHORT, OC3_EXCLUSIONS } from '../shared/annual-definition.ts';

export const definition: MeasureDefinition = {
  id: 'oc3_in_touch_pct',
  title: 'Care leavers aged 17 to 21 in touch on their birthday (year to 31 March)',
  description:
    'Of the young people who had left care and had their 17th to 21st birthday in the year to 31 March, the share the council was in touch with around their birthday, exactly as the council reports it to the Department for Education.',
  numerator:
    'Young people in the cohort whose OC3 row records IN_TOUCH YES',
  denominator:
    'Care leavers in the OC3 table with their 17th to 21st birthday in the year, including those not in touch (NO), refusing contact (REFU) or no longer requiring services (NREQ)',
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
  ],
};
