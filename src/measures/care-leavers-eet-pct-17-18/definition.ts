// Definition of care_leavers_eet_pct_17_18: care leavers aged 17 or 18 in education, employment or training.
import type { MeasureDefinition } from '../measure.ts';

export const definition: MeasureDefinition = {
  id: 'care_leavers_eet_pct_17_18',
  title: 'Care leavers aged 17 or 18 in education, employment or training',
  description:
    'Of the young people aged 17 or 18 who have left the council’s care and are entitled to leaving-care support, the share in education, employment or training at their latest contact in the last three months.',
  numerator:
    'Care leavers aged 17–18 whose latest contact in the three calendar months to the month end records an education, employment or training activity: codes F1/P1 higher education, F2/P2 other education, F4/P4 apprenticeship, F5/P5 other training or employment (F3/P3 training or employment before 2021/22), F full time and P part time',
  denominator:
    'All care leavers aged 17–18 at the month end; those not in touch, with no activity recorded, or not in education, employment or training (codes G4, G5, G6) count as not met',
  cohort:
    'Young people aged 17 to 18 at the month end (age on the last day of the month) who are care leavers: any of their ssd_care_leavers rows records the eligibility category Relevant or Former relevant, and they had left care by the month end (their last period of care ended on or before it other than by adoption, or they were 18 with an episode left open; with no SSDA903 episodes, a contact dated on or before the month end). Their status is taken from the row with the latest contact date on or before the month end; a contact counts if it falls in the three calendar months ending with the month (1 January to 31 March for March).',
  exclusions: [
    'Young people still looked after at the month end (not yet care leavers).',
    'Young people whose care ended in adoption, or recorded only as eligible, qualifying or with no current eligibility.',
    'Young people whose care was taken over by another council (SSDA903 reason ceased E3), as DfE care-leaver figures exclude them.',
    'Young people who died (SSD person death date, or latest contact IN_TOUCH DIED) or returned home to a parent for six months or more (IN_TOUCH RHOM), as DfE care-leaver figures exclude them.',
    'Rows with no contact date cannot be placed in time: they count only for the eligibility category, so a young person whose only rows are undated has no contact in the window.',
    'Activity is read only from a contact in the three months; otherwise it is unknown and counts as not met.',
  ],
  polarity: 'higher-is-better',
  unit: 'percent',
  decimals: 1,
  minCohort: 10,
  sources: [
    'DfE, Children looked after in England including adoptions: care leavers aged 17 to 21, whether the council is in touch, their activity and accommodation (SSDA903 OC3 items IN_TOUCH, ACTIV and ACCOM), recorded on or around each birthday.',
    'Standard Safeguarding Dataset, ssd_care_leavers: eligibility category, in touch, latest contact date, accommodation and its suitability, activity, latest pathway plan review date.',
    'Local definition: the monthly figure uses the latest contact in the three calendar months to the month end, because the DfE measure is taken on or around each birthday and has no monthly form.',
    'Commonly cited as former National Indicators 147 (care leavers in suitable accommodation) and 148 (care leavers in education, employment or training), then measured at age 19; these ids were not verified against the 2008 National Indicator Set.',
  ],
};
