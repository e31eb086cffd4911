// Definition of care_leavers_in_touch_pct_19_21: care leavers aged 19 to 21 in touch.
import type { MeasureDefinition } from '../measure.ts';

export const definition: MeasureDefinition = {
  id: 'care_leavers_in_touch_pct_19_21',
  title: 'Care leavers aged 19 to 21 in touch',
  description:
    'Of the young people aged 19 to 21 who have left the council’s care and are entitled to leaving-care support, the share the council was in touch with in the last three months.',
  numerator:
    'Care leavers aged 19–21 whose latest contact in the three calendar months to the month end records that the council is in touch (in-touch code YES)',
  denominator:
    'All care leavers aged 19–21 at the month end, including those not in touch, who refuse contact, no longer want services, or have no contact recorded in the three months',
  cohort:
    'Young people aged 19 to 21 at the month end (age on the last day of the month) who are care leavers: any of their ssd_care_leavers rows records the eligibility category Relevant or Former relevant, and they had left care by the month end (their last period of care ended on or before it other than by adoption, or they were 18 with an episode left open; with no SSDA903 episodes, a contact dated on or before the month end). Their status is taken from the row with the latest contact date on or before the month end; a contact counts if it falls in the three calendar months ending with the month (1 January to 31 March for March).',
  exclusions: [
    'Young people still looked after at the month end (not yet care leavers).',
    'Young people whose care ended in adoption, or recorded only as eligible, qualifying or with no current eligibility.',
    'Young people whose care was taken over by another council (SSDA903 reason ceased E3), as DfE care-leaver figures exclude them.',
    'Young people who died (SSD person death date, or latest contact IN_TOUCH DIED) or returned home to a parent for six months or more (IN_TOUCH RHOM), as DfE care-leaver figures exclude them.',
    'Rows with no contact date cannot be placed in time: they count only for the eligibility category, so a young person whose only rows are undated has no contact in the window.',
    'A young person with no contact recorded in the three months counts in the denominator as not in touch, as DfE counts no information against the council.',
  ],
  polarity: 'higher-is-better',
  unit: 'percent',
  decimals: 1,
  minCohort: 10,
  sources: [
    'DfE, Children looked after in England including adoptions: care leavers aged 17 to 21, whether the council is in touch, their activity and accommodation (SSDA903 OC3 items IN_TOUCH, ACTIV and ACCOM), recorded on or around each birthday.',
    'Standard Safeguarding Dataset, ssd_care_leavers: eligibility category, in touch, latest contact date, accommodation and its suitability, activity, latest pathway plan review date.',
    'Local definition: the monthly figure uses the latest contact in the three calendar months to the month end, because the DfE measure is taken on or around each birthday and has no monthly form.',
  ],
};
