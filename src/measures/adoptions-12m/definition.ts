// Definition of adoptions_12m: children adopted in the last 12 months.
import type { MeasureDefinition } from '../measure.ts';

export const definition: MeasureDefinition = {
  id: 'adoptions_12m',
  title: 'Children adopted in the last 12 months',
  description:
    'The number of children who left the council’s care because an adoption order was made, in the 12 months to the end of the month.',
  numerator:
    'Children whose period of care ended with reason E11 (adopted, application unopposed) or E12 (adopted, consent dispensed with by the court) on a day in the 12 months ending with the month end (1 April 2025 to 31 March 2026 for March 2026)',
  denominator: null,
  cohort:
    'Every child with an SSDA903 period of care that ended in adoption in the 12 months ending with the month end; each child is counted once.',
  exclusions: [
    'Adoptions before the window or after the month end.',
  ],
  polarity: 'contextual',
  unit: 'count',
  decimals: 0,
  minCohort: null,
  looksBackMonths: 12,
  sources: [
    'DfE, Children looked after in England including adoptions: children who ceased to be looked after during the year because they were adopted (903 reason episode ceased E11, E12).',
    'SSDA903 Episodes: DEC and REC.',
  ],
};
