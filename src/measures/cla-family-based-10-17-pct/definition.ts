// Definition of cla_family_based_10_17_pct: the share of children in care aged 10 to 17 living in a family.
import type { MeasureDefinition } from '../measure.ts';
import { TEMPORARY_MOVE_LOOK_BACK } from '../shared/placement-type-share.ts';

export const definition: MeasureDefinition = {
  id: 'cla_family_based_10_17_pct',
  title: 'Older children in care living in a family',
  description:
    'Of the children aged 10 to 17 in the council’s care at the end of the month, the share living in a family setting: with foster carers or with the family they are placed with for adoption.',
  numerator: 'Children in the cohort in a foster placement (903 placement types U1 to U6) or placed for adoption (A3 to A6)',
  denominator: 'Children looked after at the month end aged 10 to 17 on the last day of the month',
  cohort: 'Children looked after at the end of the month (as in "Children looked after") who are aged 10 or over on the last day of the month; looked-after status ends at 18, so all are 10 to 17.',
  exclusions: [
    'Children under 10 at the month end (listed as not in the cohort).',
    'Children looked after only under an agreed series of short breaks (legal status V3 or V4).',
    'Young people aged 18 or over.',
    'A child in a temporary placement (903 codes T0 to T4) is counted by the placement they are expected to return to. The SSDA903 returns must also cover the month before the month end, as a move may have begun up to 6 weeks before it: without that return the usual placement is not in the data, and there is no figure.',
  ],
  polarity: 'higher-is-better',
  unit: 'percent',
  decimals: 0,
  minCohort: 10,
  ...TEMPORARY_MOVE_LOOK_BACK,
  sources: [
    'Local definition after an older national performance indicator of children aged 10 to 15 or 16 in foster placements or placed for adoption (thought to be PAF B79; the id and its exact age range are not confirmed). Carestats uses ages 10 to 17, every age from 10 a child can be looked after at; there is no current DfE figure to compare with.',
    'DfE SSDA903 guidance: placement types U1 to U6 (foster placements) and A3 to A6 (placed for adoption), the same codes in every 903 year carestats reads.',
  ],
};
