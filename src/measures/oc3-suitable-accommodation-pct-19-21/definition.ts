// Definition of oc3_suitable_accommodation_pct_19_21: care leavers aged 19 to 21 in suitable accommodation on their birthday (year to 31 March).
import type { MeasureDefinition } from '../measure.ts';
import { bandWords, OC3_SOURCES, oc3CohortText, oc3Exclusions, type Oc3Band } from '../shared/annual-definition.ts';

const AGES: Oc3Band = [19, 21];

export const definition: MeasureDefinition = {
  id: 'oc3_suitable_accommodation_pct_19_21',
  title: 'Care leavers aged 19 to 21 in suitable accommodation on their birthday (year to 31 March)',
  description:
    'Of the young people who had left care and had their 19th, 20th or 21st birthday in the year to 31 March, the share living in suitable accommodation around their birthday, as the council reports it to the Department for Education and as DfE publishes it for ages 19 to 21.',
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
  sources: [
    ...OC3_SOURCES,
    'Commonly cited as former National Indicator 147 (care leavers in suitable accommodation, then at 19); the id was not verified.',
  ],
};
