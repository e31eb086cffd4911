// Definition of missing_children: children looked after who went missing in the month.
import type { MeasureDefinition } from '../measure.ts';

export const definition: MeasureDefinition = {
  id: 'missing_children',
  title: 'Children in care who went missing',
  description:
    'The number of children in the council’s care who went missing from their placement during the month (their whereabouts were unknown). Each child counts once however many times they went missing.',
  numerator: 'Children with at least one missing episode that began in the month while they were looked after',
  denominator: null,
  cohort:
    'Children looked after (as in "Children looked after") on the day a missing episode began, for episodes beginning between the first and last day of the month. A child is looked after on the day their care ends (DfE rule 578 allows an episode to begin that day), but not on their 18th birthday.',
  exclusions: [
    'Episodes where the child was away from placement without authorisation but their whereabouts were known ("away" or "absent"): counted in "Away from placement without authorisation".',
    'Episodes that began when the child was not looked after, on a short break (legal status V3 or V4), or aged 18 or over.',
    'A second row recording an episode of the same kind starting on the same day as another of the child’s: the same episode, counted once and listed with both rows (a child’s missing periods cannot overlap, DfE rule 574).',
  ],
  polarity: 'lower-is-better',
  unit: 'count',
  decimals: 0,
  minCohort: null,
  looksBackMonths: 1,
  sources: [
    'DfE, Children looked after in England including adoptions: children looked after who had a missing incident during the year (Official Statistics; DfE warns that recording practice differs between councils, so compare with care). Missing = not at the placement or where expected and whereabouts not known.',
    'DfE statutory guidance, Children who run away or go missing from home or care (2014), for the definitions of missing and away.',
    'Episodes from the SSD ssd_missing table (miss_missing_episode_type "Missing"), or the SSDA903 Missing table (MISSING = M) when ssd_missing is not supplied, holds no episode, or begins after the month; the 903 holds episodes only up to the end of the latest return.',
  ],
};
