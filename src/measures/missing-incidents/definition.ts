// Definition of missing_incidents: missing episodes of children looked after that began in the month.
import type { MeasureDefinition } from '../measure.ts';

export const definition: MeasureDefinition = {
  id: 'missing_incidents',
  title: 'Missing incidents of children in care',
  description: 'The number of times children in the council’s care went missing from their placement during the month (their whereabouts were unknown). A child who went missing three times counts three times.',
  numerator: 'Missing episodes that began in the month while the child was looked after',
  denominator: null,
  cohort: 'Missing episodes beginning between the first and last day of the month, of children looked after (as in "Children looked after") on the day the episode began. A child is looked after on the day their care ends (DfE rule 578 allows an episode to begin that day), but not on their 18th birthday.',
  exclusions: [
    'Away-from-placement episodes (whereabouts known): counted in "Away from placement without authorisation".',
    'Episodes that began when the child was not looked after, on a short break (legal status V3 or V4), or aged 18 or over.',
    'A second row recording an episode of the same kind starting on the same day as another of the child’s: the same episode, counted once and listed with both rows (a child’s missing periods cannot overlap, DfE rule 574).',
  ],
  polarity: 'lower-is-better',
  unit: 'count',
  decimals: 0,
  minCohort: null,
  looksBackMonths: 1,
  sources: [
    'DfE, Children looked after in England including adoptions: number of missing incidents of children looked after during the year (Official Statistics; recording practice differs between councils).',
    'Episodes from the SSD ssd_missing table (type "Missing"), or the SSDA903 Missing table (MISSING = M) when ssd_missing is not supplied, holds no episode, or begins after the month; the 903 holds episodes only up to the end of the latest return. Each child’s own count is their value in the child list.',
  ],
};
