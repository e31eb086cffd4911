// Definition of care_leavers_eet_pct_17_18: care leavers aged 17 or 18 in education, employment or training.
import type { MeasureDefinition } from '../measure.ts';
import { CARE_LEAVER_EXCLUSIONS, CARE_LEAVER_LOOK_BACK, CARE_LEAVER_SOURCES, careLeaverCohortText } from '../shared/care-leaver-definition.ts';

export const definition: MeasureDefinition = {
  id: 'care_leavers_eet_pct_17_18',
  title: 'Care leavers aged 17 or 18 in education, employment or training',
  description:
    'Of the young people aged 17 or 18 who have left the council’s care and are entitled to leaving-care support, the share in education, employment or training at their latest contact in the last three months.',
  numerator:
    'Care leavers aged 17–18 whose latest contact in the three calendar months to the month end records an education, employment or training activity: codes F1/P1 higher education, F2/P2 other education, F4/P4 apprenticeship, F5/P5 other training or employment (F3/P3 training or employment before 2021/22), F full time and P part time',
  denominator:
    'All care leavers aged 17–18 at the month end; those not in touch, with no activity recorded, or not in education, employment or training (codes G4, G5, G6) count as not met',
  cohort: careLeaverCohortText('17 to 18'),
  exclusions: [
    ...CARE_LEAVER_EXCLUSIONS,
    'Activity is read only from a contact in the three months; otherwise it is unknown and counts as not met.',
  ],
  polarity: 'higher-is-better',
  unit: 'percent',
  decimals: 0,
  minCohort: 10,
  denominatorCounts: 'young people',
  sources: [
    ...CARE_LEAVER_SOURCES,
    'Commonly cited as former National Indicators 147 (care leavers in suitable accommodation) and 148 (care leavers in education, employment or training), then measured at age 19; these ids were not verified against the 2008 National Indicator Set.',
  ],
  ...CARE_LEAVER_LOOK_BACK,
  breakdownCohort: 'care-leavers',
};
