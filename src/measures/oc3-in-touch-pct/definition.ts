// Definition of oc3_in_touch_pct: care leavers aged 17 to 21 in touch on their birthday (year to 31 March).
import type { MeasureDefinition } from '../measure.ts';

export const definition: MeasureDefinition = {
  id: 'oc3_in_touch_pct',
  title: 'Care leavers aged 17 to 21 in touch on their birthday (year to 31 March)',
  description:
    'Of the young people who had left care and had their 17th to 21st birthday in the year to 31 March, the share the council was in touch with around their birthday, exactly as the council reports it to the Department for Education.',
  numerator:
    'Young people in the cohort whose OC3 row records IN_TOUCH YES',
  denominator:
    'Care leavers in the OC3 table with their 17th to 21st birthday in the year, including those not in touch (NO), refusing contact (REFU) or no longer requiring services (NREQ)',
  cohort:
    'Young people with an SSDA903 OC3 (care leavers) row for the collection year whose 17th, 18th, 19th, 20th or 21st birthday fell in it (aged 17 to 21 on 31 March), as the council reported them: relevant and former relevant young people, with their status on or around the birthday. Which year: the collection year ending on the latest 31 March on or before the month end. At a March month end that is the year just ended; at any other month the figure repeats the year ending the previous 31 March (October 2025 shows 2024/25), and every child’s reason names the year. The figure for a year appears once its SSDA903 return, with this table, is loaded.',
  exclusions: [
    'Young people who died since leaving care (IN_TOUCH DIED) or returned home to a parent or person with parental responsibility for 6 months or more (IN_TOUCH RHOM), as DfE care-leaver figures exclude them.',
    'OC3 rows for ages 22 to 25 (collected from 2023 only for young people receiving support).',
    'Young people not reported in the OC3 table; DfE takes the council’s OC3 rows as the cohort.',
  ],
  polarity: 'higher-is-better',
  unit: 'percent',
  decimals: 0,
  minCohort: 10,
  sources: [
    'DfE, Children looked after in England including adoptions: care leavers now aged 17 to 21, whether in touch, their activity and accommodation, measured on or around the birthday (SSDA903 OC3 IN_TOUCH, ACTIV, ACCOM); DfE headlines report ages 17, 18 and 19 to 21 separately, and this measure covers 17 to 21 together.',
    'DfE footnote to the care-leaver tables (as restated in the reference notes): excludes young people who died since leaving care, returned home for 6 months or more, or whose care transferred to another council.',
  ],
};
