// Definition of cla_starts: children who started to be looked after during the month.
import type { MeasureDefinition } from '../measure.ts';

export const definition: MeasureDefinition = {
  id: 'cla_starts',
  title: 'Children who came into care',
  description: 'The number of children who came into the council’s care during the month. Children who only have planned short breaks are not included.',
  numerator: 'Children with a new period of care that began on a day in the month',
  denominator: null,
  cohort:
    'Every child whose period of care (SSDA903 episodes joined by "X1", starting with reason for new episode "S") began between the first and the last day of the month, both included. A child who came into care twice in the month is counted once; their record lists both starts.',
  exclusions: [
    'Periods of care made up only of short breaks (legal status V3 or V4). If a child’s short breaks turn into ordinary care within the same period (a change of legal status only), the child is counted as starting on the day the ordinary care began.',
    'Changes of placement or legal status within a period of care, which are not new starts.',
    'A period of care whose first episode in the data has a reason other than S (for example P, a move): the child was already in care before the data begins, so it is listed but not counted as a start.',
  ],
  polarity: 'contextual',
  unit: 'count',
  decimals: 0,
  minCohort: null,
  looksBackMonths: 1,
  sources: [
    'DfE, Children looked after in England including adoptions: children who started to be looked after during the year (excluding children looked after under an agreed series of short-term placements), here counted month by month.',
    'DfE SSDA903 guidance: reason for new episode S (started to be looked after); episodes ending with X1 continue the period of care.',
    'Counting a child who started twice in the month once is carestats’ choice, so the figure counts children as the title says.',
  ],
};
