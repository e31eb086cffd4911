// Definition of cla_count: the number of children looked after at a month end.
import type { MeasureDefinition } from '../measure.ts';

export const definition: MeasureDefinition = {
  id: 'cla_count',
  title: 'Children looked after',
  description:
    'The number of children in the council’s care at the end of the month. Children who only have planned short breaks away from home are not included.',
  numerator: 'Children looked after at the end of the last day of the month',
  denominator: null,
  cohort:
    'Every child with an SSDA903 episode in force at the end of the month’s last day: the episode started on or before that day (DECOM) and had not ended on or before it (DEC blank or later).',
  exclusions: [
    'Children looked after only under an agreed series of short breaks (legal status V3 or V4).',
    'Young people aged 18 or over: looked-after status ends at 18, so an episode still open after the 18th birthday is not counted.',
  ],
  polarity: 'contextual',
  unit: 'count',
  decimals: 0,
  minCohort: null,
  sources: [
    'DfE, Children looked after in England including adoptions: children looked after at 31 March, excluding children looked after under an agreed series of short-term placements.',
    'DfE SSDA903 guidance: episodes (DECOM, DEC) and legal statuses V3 and V4 (short breaks).',
  ],
};
