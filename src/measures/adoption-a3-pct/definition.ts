// Definition of adoption_a3_pct: adopted children who moved in with their adoptive family within 14 months of entering care.
import type { MeasureDefinition } from '../measure.ts';

export const definition: MeasureDefinition = {
  id: 'adoption_a3_pct',
  title: 'Adopted children who moved in with their adoptive family within 14 months of entering care',
  description:
    'Of the children adopted in the last three years, the share who moved in with their adoptive family less than 14 months after coming into care.',
  numerator:
    'Adopted children placed for adoption (first A3–A6 episode in the placement that ended in adoption) before the date 14 calendar months after they entered care: a child who entered care on 1 January 2024 counts if placed on or before 28 February 2025',
  denominator:
    'Children adopted in the 36 months to the month end whose placement for adoption is recorded',
  cohort:
    'Children whose period of care ended in adoption (903 reason ceased E11, adoption application unopposed, or E12, consent dispensed with) on a day in the 36 months ending with the month end (1 April 2023 to 31 March 2026 for March 2026). Entering care is the start of that period of care (episodes joined by X1).',
  exclusions: [
    'Adopted children with no placement for adoption (A3–A6) recorded in the placement that ended in adoption: the day they moved in is unknown (903 validation rule 390). They are listed with the reason.',
    'Children adopted before the window or after the month end.',
  ],
  polarity: 'higher-is-better',
  unit: 'percent',
  decimals: 0,
  minCohort: 10,
  sources: [
    'DfE adoption scorecard, indicator A3: number and percentage of children who wait less than 14 months between entering care and moving in with their adoptive family, for children adopted over a rolling three-year period.',
    'Uncertainty: the DfE conversion of 14 months to days was not verified (426 days is commonly applied). carestats counts 14 calendar months from the day the child entered care, so the cut-off is 424 to 428 days depending on the months crossed; each child’s days are in the child list.',
    'SSDA903 Episodes: DECOM, PLACE A3–A6, REC E11 and E12.',
  ],
};
