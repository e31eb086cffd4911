// Definition of cla_ceased: children who stopped being looked after during the month.
import type { MeasureDefinition } from '../measure.ts';

export const definition: MeasureDefinition = {
  id: 'cla_ceased',
  title: 'Children who left care',
  description:
    'The number of children who stopped being in the council’s care during the month, for whatever reason: going home, adoption, special guardianship, turning 18, moving to independent living or any other. Children who only have planned short breaks are not included.',
  numerator: 'Children with a period of care that ended on a day in the month',
  denominator: null,
  cohort:
    'Every child whose period of care (SSDA903 episodes joined by "X1") ended between the first and the last day of the month, both included: the last episode’s end date (DEC) is in the month and its reason (REC) is anything other than X1. A child who left care twice in the month is counted once; their record lists both endings. A child whose care went on as short breaks only (an episode ending X1, then V3 or V4 episodes and no other) left care the day the earlier episode ended: from then on they are no longer counted in "Children looked after".',
  exclusions: [
    'Periods of care made up only of short breaks (legal status V3 or V4).',
    'Young people who turned 18 but whose episode has not been closed in the data: they are not counted until it is.',
    'A last episode that ended with X1 (care continues in a new episode) but has no episode after it in the data: the data is incomplete, so the child is listed but not counted as leaving care.',
    'An episode left open in an older SSDA903 return that no later return continues: the child left care at a date no return records. carestats closes it (reason E99) so the history stays consistent and warns about it on import, but does not count it in any month, since the month is not known.',
  ],
  polarity: 'contextual',
  unit: 'count',
  decimals: 0,
  minCohort: null,
  looksBackMonths: 1,
  sources: [
    'DfE, Children looked after in England including adoptions: children who ceased to be looked after during the year (excluding children looked after under an agreed series of short-term placements), here counted month by month.',
    'DfE SSDA903 guidance: reason episode ceased (REC); any code other than X1 ends the period of care.',
    'Counting a child who left care twice in the month once is carestats’ choice, so the figure counts children as the title says.',
    'Dating the leaving of a child whose care went on as short breaks to the day the ordinary care ended is carestats’ choice (DfE guidance on this case is not known), mirroring "Children who came into care", so that the child is counted as leaving the month they stop being counted as looked after. A stretch of short breaks between two of ordinary care in one period of care is not counted as leaving and coming back.',
  ],
};
