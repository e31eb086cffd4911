// Definition of missing_rhi_offered_pct: missing episodes after which a return home interview was offered.
import type { MeasureDefinition } from '../measure.ts';

export const definition: MeasureDefinition = {
  id: 'missing_rhi_offered_pct',
  title: 'Return home interviews offered after a child in care went missing',
  description:
    'When a child in care comes back after going missing, they should be offered an independent conversation (a return home interview) about why they went and what happened. This is the share of missing episodes ending in the month after which one was offered.',
  numerator: 'Missing episodes in the denominator with a return home interview recorded as offered (Y)',
  denominator: 'Missing episodes that ended in the month, of children looked after on the day the episode began',
  cohort:
    'Missing episodes (whereabouts unknown) with an end date between the first and last day of the month, where the child was looked after (as in "Children looked after") when the episode began. A child is looked after on the day their care ends (DfE rule 578 allows an episode to begin that day), but not on their 18th birthday. The figure counts episodes, not children; the child list shows each child with their episodes.',
  exclusions: [
    'Away-from-placement episodes (whereabouts known): the guidance asks for interviews after missing episodes.',
    'Episodes still open at the month end (no return yet).',
    'Episodes that began when the child was not looked after, on a short break (legal status V3 or V4), or aged 18 or over.',
    'A second row recording a missing episode starting on the same day as another of the child’s: the same episode, counted once from its first row (its end and interview offer) and listed with both rows (a child’s missing periods cannot overlap, DfE rule 574).',
    'An offer recorded as N, NA or left blank counts as not offered.',
  ],
  polarity: 'higher-is-better',
  unit: 'percent',
  decimals: 0,
  minCohort: 10,
  looksBackMonths: 1,
  denominatorCounts: 'episodes',
  sources: [
    'DfE statutory guidance, Children who run away or go missing from home or care (2014): when a child returns, the local authority should offer an independent return interview, normally within 72 hours.',
    'Ofsted inspection (ILACS) Annex A list 8 asks whether a return interview was offered and accepted after missing episodes. No national statistic is published; this is a local measure.',
    'Episodes and offers from the SSD ssd_missing table (miss_missing_episode_type "Missing", miss_missing_episode_end_date, miss_missing_rhi_offered). The SSDA903 Missing table does not record interviews, so without ssd_missing the measure is unavailable.',
  ],
};
