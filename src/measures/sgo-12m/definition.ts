// Definition of sgo_12m: children leaving care under a special guardianship order in the last 12 months.
import type { MeasureDefinition } from '../measure.ts';

export const definition: MeasureDefinition = {
  id: 'sgo_12m',
  title: 'Children leaving care under a special guardianship order in the last 12 months',
  description:
    'The number of children who left the council’s care because a court made a special guardianship order (a permanent order giving a carer, often a relative, parental responsibility), in the 12 months to the end of the month.',
  numerator:
    'Children whose period of care ended with a special guardianship order on a day in the 12 months ending with the month end: reason ceased E45 (to former foster carers who are relatives or friends), E46 (to other former foster carers), E47 (to relatives or friends who were not foster carers) or E48 (to other carers) from 2018/19, and E43 or E44 in earlier returns',
  denominator: null,
  cohort:
    'Every child with an SSDA903 period of care that ended under a special guardianship order in the 12 months ending with the month end; each child is counted once.',
  exclusions: [
    'Child arrangements orders and residence orders (reason ceased E41) are not special guardianship orders.',
    'Special guardianship orders for children who were not looked after, which the SSDA903 does not record.',
  ],
  polarity: 'contextual',
  unit: 'count',
  decimals: 0,
  minCohort: null,
  looksBackMonths: 12,
  sources: [
    'DfE, Children looked after in England including adoptions: children who ceased to be looked after because of a special guardianship order (903 reason episode ceased E45–E48 from 2018/19; E43 and E44 until 2017/18).',
    'SSDA903 Episodes: DEC and REC.',
  ],
};
