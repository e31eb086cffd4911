// Definition of care_leavers_pathway_plan_pct: care leavers with an up-to-date pathway plan.
import type { MeasureDefinition } from '../measure.ts';
import { CARE_LEAVER_EXCLUSIONS, CARE_LEAVER_LOOK_BACK, careLeaverWhoText } from '../shared/care-leaver-definition.ts';

export const definition: MeasureDefinition = {
  id: 'care_leavers_pathway_plan_pct',
  title: 'Care leavers with an up-to-date pathway plan',
  description:
    'Of the young people aged 16 to 21 who have left the council’s care and are entitled to leaving-care support, the share whose pathway plan (their plan for leaving care and adult life) was started or reviewed in the last six months.',
  numerator:
    'Care leavers aged 16–21 whose latest pathway plan start or review dated on or before the month end is no more than six calendar months before it (next review due on or after the month end)',
  denominator:
    'All care leavers aged 16–21 at the month end (relevant and former relevant young people who have left care)',
  cohort:
    `${careLeaverWhoText('16 to 21')} The pathway plan date is the latest clea_pathway_plan_review_date on any row, dated on or before the month end; it does not depend on the contact window.`,
  exclusions: [
    ...CARE_LEAVER_EXCLUSIONS,
    'Local cohort choice: ages 16 to 21, covering relevant (16–17) and former relevant (18–21) young people; former relevant young people aged 22–25 who ask for support are not included, and eligible young people still looked after are covered by their looked-after reviews instead.',
  ],
  polarity: 'higher-is-better',
  unit: 'percent',
  decimals: 0,
  minCohort: 10,
  denominatorCounts: 'young people',
  sources: [
    'Care Leavers (England) Regulations 2010 (SI 2010/2571): a pathway plan must be reviewed at intervals of no more than six months.',
    'Ofsted inspection of local authority children’s services (ILACS), Annex A list 9: care leavers, with the date of the latest pathway plan review.',
    'Standard Safeguarding Dataset, ssd_care_leavers: eligibility category and latest pathway plan review date (the plan’s start or latest review, whichever is later).',
    'Local definition: there is no national statistic for pathway plan reviews.',
  ],
  ...CARE_LEAVER_LOOK_BACK,
  breakdownCohort: 'care-leavers',
};
