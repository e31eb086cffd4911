// Definition of oc3_suitable_accommodation_pct_17_18: care leavers aged 17 to 18 in suitable accommodation on their birthday (year to 31 March).
import type { MeasureDefinition } from '../measure.ts';
import { bandWords, OC3_SOURCES, oc3CohortText, oc3Exclusions, type Oc3Band } from '../shared/annual-definition.ts';

const AGES: Oc3Band = [17, 18];

export const definition: MeasureDefinition = {
  id: 'oc3_suitable_accommodation_pct_17_18',
  title: 'Care leavers aged 17 to 18 in suitable accommodation on their birthday (year to 31 March)',
  description:
    'Of the young people who had left care and had their 17th or 18th birthday in the year to 31 March, the share living in suitable accommodation around their birthday, as the council reports it to the Department for Education and as DfE publishes it for ages 17 to 18.',
  numerator:
    'Young people in the cohort whose OC3 row records accommodation judged suitable: ACCOM a letter followed by 1',
  denominator:
    `Care leavers in the OC3 table aged ${bandWords(AGES)} on 31 March; unsuitable accommodation (letter then 2) or no information (0) counts as not met`,
  cohort: oc3CohortText(AGES),
  exclusions: oc3Exclusions(AGES),
  polarity: 'higher-is-better',
  unit: 'percent',
  decimals: 0,
  minCohort: 10,
  denominatorCounts: 'young people',
  sources: [...OC3_SOURCES],
};
