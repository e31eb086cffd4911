// Definition of cla_placed_with_parents_pct: the share of children looked after who live with their parents.
import type { MeasureDefinition } from '../measure.ts';
import { TEMPORARY_MOVE_LOOK_BACK } from '../shared/placement-type-share.ts';

export const definition: MeasureDefinition = {
  id: 'cla_placed_with_parents_pct',
  title: 'Children in care living with their parents',
  description:
    'Of the children in the council’s care at the end of the month, the share who live with their own parents or another person with parental responsibility while still in care (usually under a care order).',
  numerator: 'Children looked after at the month end placed with their own parent(s) or another person with parental responsibility (903 placement type P1)',
  denominator: 'Children looked after at the month end (as in "Children looked after")',
  cohort: 'Children looked after at the end of the month, excluding short breaks and anyone aged 18 or over; the placement is the one in force at the end of the last day of the month.',
  exclusions: [
    'Children looked after only under an agreed series of short breaks (legal status V3 or V4).',
    'Young people aged 18 or over.',
    'A child in a temporary placement (903 codes T0 to T4, such as a hospital stay) at the month end is counted by the placement they are expected to return to, not as a separate placement. The SSDA903 returns must also cover the month before the month end, as a move may have begun up to 6 weeks before it: without that return the usual placement is not in the data, and there is no figure.',
  ],
  polarity: 'contextual',
  unit: 'percent',
  decimals: 0,
  minCohort: 10,
  ...TEMPORARY_MOVE_LOOK_BACK,
  sources: [
    'DfE, Children looked after in England including adoptions: children looked after at 31 March by placement ("placed with parents or other person with parental responsibility").',
    'DfE SSDA903 guidance: placement type P1, placed with own parent(s) or other person(s) with parental responsibility. P1 is in the code list of every 903 year carestats reads (to 2025/26); the placement-with-parents rules are in the Care Planning, Placement and Case Review (England) Regulations 2010, Part 4.',
    'DfE validator rule 383: a child in a temporary placement must return to their normal placement.',
  ],
};
