// Definition of oc3_eet_pct_19_21: care leavers aged 19 to 21 in education, employment or training on their birthday (year to 31 March).
import type { MeasureDefinition } from '../measure.ts';
import { bandWords, OC3_SOURCES, oc3CohortText, oc3Exclusions, type Oc3Band } from '../shared/annual-definition.ts';

const AGES: Oc3Band = [19, 21];

export const definition: MeasureDefinition = {
  id: 'oc3_eet_pct_19_21',
  title: 'Care leavers aged 19 to 21 in education, employment or training on their birthday (year to 31 March)',
  description:
    'Of the young people who had left care and had their 19th, 20th or 21st birthday in the year to 31 March, the share in education, employment or training around their birthday, as the council reports it to the Department for Education and as DfE publishes it for ages 19 to 21.',
  numerator:
    'Young people in the cohort whose OC3 row records an education, employment or training activity: ACTIV F1/P1 higher education, F2/P2 other education, F4/P4 apprenticeship, F5/P5 other training or employment (F3/P3 training or employment before 2021/22)',
  denominator:
    `Care leavers in the OC3 table aged ${bandWords(AGES)} on 31 March; those not in education, employment or training (G4, G5, G6) or with no activity information (0) count as not met`,
  cohort: oc3CohortText(AGES),
  exclusions: oc3Exclusions(AGES),
  polarity: 'higher-is-better',
  unit: 'percent',
  decimals: 0,
  minCohort: 10,
  denominatorCounts: 'young people',
  sources: [
    ...OC3_SOURCES,
    'Commonly cited as former National Indicator 148 (care leavers in education, employment or training, then at 19); the id was not verified.',
  ],
};
