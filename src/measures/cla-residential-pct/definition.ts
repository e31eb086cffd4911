// Definition of cla_residential_pct: the share of children looked after living in residential care.
import type { MeasureDefinition } from '../measure.ts';
import { TEMPORARY_MOVE_LOOK_BACK } from '../shared/placement-type-share.ts';

export const definition: MeasureDefinition = {
  id: 'cla_residential_pct',
  title: 'Children in care living in residential care',
  description:
    'Of the children in the council’s care at the end of the month, the share who live in a children’s home, a secure children’s home, a residential care home or a residential school.',
  numerator:
    'Children looked after at the month end in a secure children’s home (903 placement type K1), a children’s home (K2), a residential care home (R1) or a residential school that is not also a children’s home (S1)',
  denominator: 'Children looked after at the month end (as in "Children looked after")',
  cohort: 'Children looked after at the end of the month, excluding short breaks and anyone aged 18 or over; the placement is the one in force at the end of the last day of the month.',
  exclusions: [
    'Children looked after only under an agreed series of short breaks (legal status V3 or V4).',
    'Young people aged 18 or over.',
    'Supported accommodation (K3 from 2024/25, which replaced semi-independent living H5) is not residential care and is not counted; nor are health settings (R2), family centres or mother-and-baby units (R3) or young offender institutions (R5).',
    'A child in a temporary placement (903 codes T0 to T4) is counted by the placement they are expected to return to. The SSDA903 returns must also cover the month before the month end, as a move may have begun up to 6 weeks before it: without that return the usual placement is not in the data, and there is no figure.',
  ],
  polarity: 'contextual',
  unit: 'percent',
  decimals: 0,
  minCohort: 10,
  ...TEMPORARY_MOVE_LOOK_BACK,
  sources: [
    'Carestats defines the group as K1, K2, R1 and S1 and their successors. K1, K2, R1 and S1 are in the 903 code list of every year carestats reads (to 2025/26) and no code replaces any of them, so none has a successor; K3 (2024/25 onwards) is supported accommodation, the successor of H5, which was never in this group.',
    'The 2025/26 903 code list adds Z11 to Z14 in place of Z1 (other placements). Their meanings are not in the sources carestats holds, so they are not counted as residential care; councils should check this when the 2025/26 guide is read.',
    'DfE, Children looked after in England including adoptions: children looked after at 31 March by placement (secure homes and children’s homes; other residential settings; residential schools).',
    'DfE validator rule 383: a child in a temporary placement must return to their normal placement.',
  ],
};
