// Definition of cla_fostered_pct: the share of children looked after who live with foster carers.
import type { MeasureDefinition } from '../measure.ts';
import { TEMPORARY_MOVE_LOOK_BACK } from '../shared/placement-type-share.ts';

export const definition: MeasureDefinition = {
  id: 'cla_fostered_pct',
  title: 'Children in care living with foster carers',
  description:
    'Of the children in the council’s care at the end of the month, the share who live with foster carers, including relatives or friends approved as foster carers.',
  numerator: 'Children looked after at the month end in a foster placement (903 placement types U1 to U6)',
  denominator: 'Children looked after at the month end (as in "Children looked after")',
  cohort: 'Children looked after at the end of the month, excluding short breaks and anyone aged 18 or over; the placement is the one in force at the end of the last day of the month.',
  exclusions: [
    'Children looked after only under an agreed series of short breaks (legal status V3 or V4).',
    'Young people aged 18 or over.',
    'A child in a temporary placement (903 codes T0 to T4, such as a stay elsewhere while the foster carer is on holiday) is counted by the placement they are expected to return to. The SSDA903 returns must also cover the month before the month end, as a move may have begun up to 6 weeks before it: without that return the usual placement is not in the data, and there is no figure.',
    'Children placed for adoption with their foster carers (A3, A5) count as placed for adoption (their 903 placement type), not as fostered.',
  ],
  polarity: 'contextual',
  unit: 'percent',
  decimals: 0,
  minCohort: 10,
  ...TEMPORARY_MOVE_LOOK_BACK,
  sources: [
    'DfE, Children looked after in England including adoptions: children looked after at 31 March by placement ("foster placements").',
    'DfE SSDA903 guidance: placement types U1 to U3 (foster placement with a relative or friend) and U4 to U6 (foster placement with another foster carer), the same codes in every 903 year carestats reads (to 2025/26).',
    'DfE validator rule 383: a child in a temporary placement must return to their normal placement.',
  ],
};
