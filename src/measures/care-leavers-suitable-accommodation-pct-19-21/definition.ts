// Definition of care_leavers_suitable_accommodation_pct_19_21: care leavers aged 19 to 21 in suitable accommodation.
import type { MeasureDefinition } from '../measure.ts';
import { CARE_LEAVER_EXCLUSIONS, CARE_LEAVER_LOOK_BACK, CARE_LEAVER_SOURCES, careLeaverCohortText } from '../shared/care-leaver-definition.ts';

export const definition: MeasureDefinition = {
  id: 'care_leavers_suitable_accommodation_pct_19_21',
  title: 'Care leavers aged 19 to 21 in suitable accommodation',
  description:
    'Of the young people aged 19 to 21 who have left the council’s care and are entitled to leaving-care support, the share living in accommodation judged suitable (safe, secure and affordable) at their latest contact in the last three months.',
  numerator:
    'Care leavers aged 19–21 whose latest contact in the three calendar months to the month end records their accommodation as suitable (SSD suitability Suitable, Y or 1; or a 903-style accommodation code ending 1)',
  denominator:
    'All care leavers aged 19–21 at the month end; those not in touch, with suitability not recorded, or in unsuitable accommodation count as not met',
  cohort: careLeaverCohortText('19 to 21'),
  exclusions: [
    ...CARE_LEAVER_EXCLUSIONS,
    'Accommodation is read only from a contact in the three months; otherwise it is unknown and counts as not met.',
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
