// Definition of away_incidents: away-from-placement episodes of children looked after that began in the month.
import type { MeasureDefinition } from '../measure.ts';

export const definition: MeasureDefinition = {
  id: 'away_incidents',
  title: 'Away from placement without authorisation',
  description:
    'The number of times children in the council’s care were away from their placement without permission during the month while it was known where they were (for example staying at a friend’s house without agreement).',
  numerator: 'Away-from-placement episodes that began in the month while the child was looked after',
  denominator: null,
  cohort: 'Away episodes beginning between the first and last day of the month, of children looked after (as in "Children looked after") on the day the episode began. A child is looked after on the day their care ends (DfE rule 578 allows an episode to begin that day), but not on their 18th birthday.',
  exclusions: [
    'Missing episodes (whereabouts unknown): counted in "Missing incidents".',
    'Episodes that began when the child was not looked after, on a short break (legal status V3 or V4), or aged 18 or over.',
    'A second row recording an episode of the same kind starting on the same day as another of the child’s: the same episode, counted once and listed with both rows (a child’s missing periods cannot overlap, DfE rule 574).',
  ],
  polarity: 'lower-is-better',
  unit: 'count',
  decimals: 0,
  minCohort: null,
  looksBackMonths: 1,
  sources: [
    'DfE, Children looked after in England including adoptions: away from placement without authorisation, where the child’s whereabouts are known but they are not where they should be and the carer is concerned or has told the council or police (Official Statistics; recording practice differs between councils).',
    'Episodes from the SSD ssd_missing table (type "Absent" or "Away"), or the SSDA903 Missing table (MISSING = A) when ssd_missing is not supplied, holds no episode, or begins after the month; the 903 holds episodes only up to the end of the latest return. Each child’s own count is their value in the child list.',
  ],
};
