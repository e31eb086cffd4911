// Definition of cla_rate: children looked after per 10,000 children aged 0 to 17.
import type { MeasureDefinition } from '../measure.ts';

export const definition: MeasureDefinition = {
  id: 'cla_rate',
  title: 'Children looked after per 10,000 children',
  description:
    'How many children the council looks after for every 10,000 children living in the area, so councils of different sizes can be compared.',
  numerator: 'Children looked after at the end of the month (as in "Children looked after")',
  denominator: 'ONS mid-year population estimate of children aged 0 to 17 in the council’s area',
  cohort: 'As for the count of children looked after.',
  exclusions: ['As for the count of children looked after: short breaks (V3, V4) and anyone aged 18 or over.'],
  polarity: 'contextual',
  unit: 'rate-per-10000',
  // DfE publishes children-looked-after rates as whole numbers.
  decimals: 0,
  minCohort: null,
  sources: [
    'DfE, Children looked after in England including adoptions: rate per 10,000 children aged under 18, using ONS mid-year population estimates.',
    'Population: the latest ONS mid-year estimate (30 June) on or before the month end among those named in la-config.json; for a month end before the earliest estimate named, that earliest estimate, the nearest one given (add the earlier estimates to la-config.json to use them).',
  ],
};
