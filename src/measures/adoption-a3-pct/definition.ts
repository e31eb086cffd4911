// Definition of adoption_a3_pct: adopted children who moved in with their adoptive family within 14 months of entering care.
import type { MeasureDefinition } from '../measure.ts';
import { ADOPTED_IN_WINDOW_COHORT, PLACED_FOR_ADOPTION_DENOMINATOR, PLACED_FOR_ADOPTION_EXCLUSIONS } from '../shared/adoption-definition.ts';

export const definition: MeasureDefinition = {
  id: 'adoption_a3_pct',
  title: 'Adopted children who moved in with their adoptive family within 14 months of entering care',
  description:
    'Of the children adopted in the last three years, the share who moved in with their adoptive family less than 14 months after coming into care.',
  numerator:
    'Adopted children placed for adoption (first A3–A6 episode in the placement that ended in adoption) before the date 14 calendar months after they entered care: a child who entered care on 1 January 2024 counts if placed on or before 28 February 2025',
  denominator: PLACED_FOR_ADOPTION_DENOMINATOR,
  cohort: ADOPTED_IN_WINDOW_COHORT,
  exclusions: PLACED_FOR_ADOPTION_EXCLUSIONS,
  polarity: 'higher-is-better',
  unit: 'percent',
  decimals: 0,
  minCohort: 10,
  looksBackMonths: 36,
  sources: [
    'DfE adoption scorecard, indicator A3: number and percentage of children who wait less than 14 months between entering care and moving in with their adoptive family, for children adopted over a rolling three-year period.',
    'Uncertainty: the DfE conversion of 14 months to days was not verified (426 days is commonly applied). carestats counts 14 calendar months from the day the child entered care, so the cut-off is 424 to 428 days depending on the months crossed; each child’s days are in the child list.',
    'SSDA903 Episodes: DECOM, PLACE A3–A6, REC E11 and E12.',
  ],
};
