// Definition of adoption_a2_days: average days from court authority to place for adoption to matching with adopters.
import type { MeasureDefinition } from '../measure.ts';
import { ADOPTED_IN_WINDOW_COHORT } from '../shared/adoption-definition.ts';

export const definition: MeasureDefinition = {
  id: 'adoption_a2_days',
  title: 'Average days from court authority to place for adoption to matching with adopters',
  description:
    'For children adopted in the last three years, the average number of days between the court giving the council authority to place the child for adoption and the council deciding on a match with the adoptive family.',
  numerator:
    'Total days, over the children counted, from court authority to place (start of the first episode in the period of care with legal status E1, placement order, or D1, freeing order) to the date the child was matched with adopters (AD1 DATE_MATCH); a child matched before the order counts as 0 days',
  denominator:
    'Children adopted in the 36 months to the month end who had a placement or freeing order, were placed for adoption before the adoption order, and have a match date',
  cohort: ADOPTED_IN_WINDOW_COHORT,
  exclusions: [
    'Children with no placement order or freeing order in the period of care, such as children placed for adoption with parental consent.',
    'Children not placed for adoption (A3–A6) before the adoption order.',
    'Children with no match date in the AD1 table; listed with the reason.',
    'Children whose period of care began before the earliest SSDA903 return supplied (its first episode in the data has a reason for new episode other than S) and whose first episode in the data already has legal status E1 or D1 without having started with a change of legal status (reason for new episode L, B or U): the order was made before the data begin, so its date is not known. They are listed with the reason; supplying the earlier returns counts them.',
  ],
  polarity: 'lower-is-better',
  unit: 'days',
  decimals: 0,
  minCohort: 10,
  // The 36-month window and the 3 years before it: a child adopted in the window came into care (or had the
  // order) before it, and one whose start is before the data is left out (shared/adoptions.ts entryUnknown).
  // With returns only from the window's start, a large council's A1 left out 141 of 321 children and gave 458
  // days against 473; with 2 years more, none (synthetic, 10 years of returns to 2026-03).
  looksBackMonths: 72,
  looksBackWhy: 'the 36 months of adoptions to the month end, and the 3 years before, when nearly all their placement orders were made',
  sources: [
    'DfE adoption scorecard, indicator A2: average time between a council receiving court authority to place a child and deciding on a match to an adoptive family, for children adopted over a rolling three-year period; children matched before authority count as 0; children without an order, or not placed before the adoption order, are excluded (LG Inform metric 912 help text).',
    'Adoption scorecard thresholds: 14 months from entering care to moving in (A1) and 4 months from court authority to match (A2) from 2013–16 onwards; they are commonly applied as 426 and 121 days, a day conversion not verified against DfE wording.',
    'SSDA903 Episodes (LS E1 and D1, REC E11 and E12) and AD1 (DATE_MATCH).',
  ],
};
