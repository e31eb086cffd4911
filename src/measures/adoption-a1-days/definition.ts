// Definition of adoption_a1_days: average days from entering care to moving in with the adoptive family.
import type { MeasureDefinition } from '../measure.ts';
import { ADOPTED_IN_WINDOW_COHORT, PLACED_FOR_ADOPTION_DENOMINATOR, PLACED_FOR_ADOPTION_EXCLUSIONS } from '../shared/adoption-definition.ts';

export const definition: MeasureDefinition = {
  id: 'adoption_a1_days',
  title: 'Average days from entering care to moving in with the adoptive family',
  description:
    'For children adopted in the last three years, the average number of days between coming into care and moving in with the family who adopted them. Fewer days means children reach their permanent family sooner.',
  numerator:
    'Total days, over the children counted, from entering care (start of the period of care that ended in adoption, at its first episode other than a short break, V3 or V4) to being placed for adoption (start of the first episode with placement A3–A6 in the placement that ended in adoption)',
  denominator: PLACED_FOR_ADOPTION_DENOMINATOR,
  cohort: ADOPTED_IN_WINDOW_COHORT,
  exclusions: PLACED_FOR_ADOPTION_EXCLUSIONS,
  polarity: 'lower-is-better',
  unit: 'days',
  decimals: 0,
  minCohort: 10,
  // The 36-month window and the 3 years before it: a child adopted in the window came into care (or had the
  // order) before it, and one whose start is before the data is left out (shared/adoptions.ts entryUnknown).
  // With returns only from the window's start, a large council's A1 left out 141 of 321 children and gave 458
  // days against 473; with 2 years more, none (synthetic, 10 years of returns to 2026-03).
  looksBackMonths: 72,
  looksBackWhy: 'the 36 months of adoptions to the month end, and the 3 years before, when nearly all those children came into care',
  sources: [
    'DfE adoption scorecard, indicator A1: average time between a child entering care and moving in with its adoptive family, for children adopted, over a rolling three-year period.',
    'Adoption scorecard thresholds: 14 months from entering care to moving in (A1) and 4 months from court authority to match (A2) from 2013–16 onwards; they are commonly applied as 426 and 121 days, a day conversion not verified against DfE wording.',
    'The Adoption and Special Guardianship Leadership Board quarterly data replaced A1 with A10 from 2021/22 quarter 1 (see adoption_a10_days).',
    'SSDA903 Episodes: DECOM, PLACE A3–A6, REC E11 and E12.',
  ],
};
