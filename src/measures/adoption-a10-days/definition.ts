// Definition of adoption_a10_days: average days from entering care to moving in with the adoptive family, counting foster carers who adopt from the first move-in.
import type { MeasureDefinition } from '../measure.ts';
import { ADOPTED_IN_WINDOW_COHORT, PLACED_FOR_ADOPTION_DENOMINATOR, PLACED_FOR_ADOPTION_EXCLUSIONS } from '../shared/adoption-definition.ts';

export const definition: MeasureDefinition = {
  id: 'adoption_a10_days',
  title: 'Average days from entering care to moving in with the adoptive family, counting foster carers who adopt from the first move-in',
  description:
    'For children adopted in the last three years, the average number of days between coming into care and moving in with the family who adopted them. When the adopters were already the child’s foster carers, the count stops on the day the child first moved in with them.',
  numerator:
    'Total days, over the children counted, from entering care (start of the period of care that ended in adoption, at its first episode other than a short break, V3 or V4) to the start of the placement with the carers who adopted: the placement for adoption (A3–A6), or, where it continued an earlier placement with the same carers (each later episode a change of legal status or of placement with the same carer, 903 reason for new episode L, T or U, temporary moves and the return to the same carer included), the start of that earlier placement',
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
    'DfE adoption scorecard and Adoption and Special Guardianship Leadership Board quarterly data, indicator A10: A1 adjusted for foster-carer adoptions, using the date the child moved in with the foster carers who adopted; it replaced A1 in the Board’s quarterly data from 2021/22 quarter 1.',
    'Uncertainty: how DfE identifies the start of the foster placement was not verified. carestats uses the 903 reason for new episode through its placement counting (the same rule as placement stability), not the AD1 FOSTER_CARE flag; the child list notes where the AD1 flag says foster carers adopted but the episodes show a new carer.',
    'SSDA903 Episodes: DECOM, RNE, PLACE, REC E11 and E12; AD1 FOSTER_CARE.',
  ],
};
