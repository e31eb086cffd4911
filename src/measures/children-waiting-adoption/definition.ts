// Definition of children_waiting_adoption: children waiting to be placed for adoption.
import type { MeasureDefinition } from '../measure.ts';

export const definition: MeasureDefinition = {
  id: 'children_waiting_adoption',
  title: 'Children waiting to be placed for adoption',
  description:
    'The number of children in care at the end of the month for whom a court has made a placement order or the council has decided adoption is the plan, but who have not yet moved in with an adoptive family.',
  numerator:
    'Children looked after at the month end with legal status E1 (placement order) or D1 (freeing order), or with a decision that they should be placed for adoption (PlacedAdoption DATE_PLACED or AD1 DATE_INT) made in their current period of care on or before the month end and not reversed by then, whose placement at the month end is not a placement for adoption (A3–A6)',
  denominator: null,
  cohort:
    'Children looked after at the end of the month (short breaks V3/V4 and young people aged 18 or over excluded, as for children looked after) who have a placement order, freeing order or adoption decision.',
  exclusions: [
    'Children already placed for adoption (A3–A6) in the placement in force at the month end, including during a temporary move from it.',
    'Children whose latest adoption decision was reversed (PlacedAdoption DATE_PLACED_CEASED) on or before the month end, even if a placement order is still in force: adoption is no longer the plan.',
    'Decisions made in an earlier period of care.',
  ],
  polarity: 'contextual',
  unit: 'count',
  decimals: 0,
  minCohort: null,
  sources: [
    'DfE adoption scorecard: children waiting to be placed for adoption (indicators A9/A14 in the reference notes; their exact cohort was not verified, so this is a local count).',
    'Ofsted inspection of local authority children’s services (ILACS), Annex A list 10: children with a decision that they should be placed for adoption who are not yet adopted.',
    'SSDA903 Episodes (LS E1, D1; PLACE A3–A6), PlacedAdoption (DATE_PLACED is the date of the decision to place for adoption; DATE_PLACED_CEASED the reversal) and AD1 (DATE_INT).',
    'The count does not depend on how many years of returns are supplied: each return reports the decision again while it stands (DfE validation rules 559 and 560 compare it with the year before), a reversal only in the return of its year (rules 118 and 561), and a return with a placement order must hold the decision, never reversed while the order is open (rule 553). A return that keeps a placement order open after the decision was reversed in a year not supplied breaks rule 553, and the child would be counted as waiting.',
  ],
};
