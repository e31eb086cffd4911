// Definition of cla_section20_pct: the share of children looked after who are accommodated under section 20.
import type { MeasureDefinition } from '../measure.ts';

export const definition: MeasureDefinition = {
  id: 'cla_section20_pct',
  title: 'Children in care by agreement with their parents (section 20)',
  description:
    'Of the children in the council’s care at the end of the month, the share who are there by voluntary agreement with their parents (section 20 of the Children Act 1989) rather than under a court order.',
  numerator: 'Children looked after at the month end whose legal status is a single period of accommodation under section 20 (903 legal status V2)',
  denominator: 'Children looked after at the month end (as in "Children looked after")',
  cohort: 'Children looked after at the end of the month, excluding short breaks and anyone aged 18 or over; legal status is taken from the episode in force at the end of the last day of the month.',
  exclusions: [
    'Children looked after only under an agreed series of short breaks (legal status V3 or V4), who are also accommodated under section 20 but are excluded from every children-looked-after figure.',
    'Young people aged 18 or over.',
  ],
  polarity: 'contextual',
  unit: 'percent',
  // DfE publishes children-looked-after percentages as whole numbers.
  decimals: 0,
  minCohort: 10,
  sources: [
    'DfE, Children looked after in England including adoptions: children looked after at 31 March by legal status ("voluntary agreements under section 20").',
    'DfE SSDA903 guidance: legal status V2, single period of accommodation under section 20 of the Children Act 1989.',
    'Contextual: long stays under section 20 are scrutinised by courts and inspectors, but there is no right level.',
  ],
};
