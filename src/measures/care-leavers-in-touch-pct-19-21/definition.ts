// Definition of care_leavers_in_touch_pct_19_21: care leavers aged 19 to 21 in touch.
import type { MeasureDefinition } from '../measure.ts';
import { CARE_LEAVER_EXCLUSIONS, CARE_LEAVER_LOOK_BACK, CARE_LEAVER_SOURCES, careLeaverCohortText } from '../shared/care-leaver-definition.ts';

export const definition: MeasureDefinition = {
  id: 'care_leavers_in_touch_pct_19_21',
  title: 'Care leavers aged 19 to 21 in touch',
  description:
    'Of the young people aged 19 to 21 who have left the council’s care and are entitled to leaving-care support, the share the council was in touch with in the last three months.',
  numerator:
    'Care leavers aged 19–21 whose latest contact in the three calendar months to the month end records that the council is in touch (in-touch code YES)',
  denominator:
    'All care leavers aged 19–21 at the month end, including those not in touch, who refuse contact, no longer want services, or have no contact recorded in the three months',
  cohort: careLeaverCohortText('19 to 21'),
  exclusions: [
    ...CARE_LEAVER_EXCLUSIONS,
    'A young person with no contact recorded in the three months counts in the denominator as not in touch, as DfE counts no information against the council.',
  ],
  polarity: 'higher-is-better',
  unit: 'percent',
  decimals: 0,
  minCohort: 10,
  denominatorCounts: 'young people',
  sources: [
    ...CARE_LEAVER_SOURCES,
  ],
  ...CARE_LEAVER_LOOK_BACK,
  breakdownCohort: 'care-leavers',
};
