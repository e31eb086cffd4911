// Definition of long_term_stability_pct: children in care for 2.5 years who have lived in the same placement for 2 years.
import type { MeasureDefinition } from '../measure.ts';

export const definition: MeasureDefinition = {
  id: 'long_term_stability_pct',
  title: 'Children in care long term who have lived with the same carers for two years',
  description:
    'Of the children under 16 who have been in the council’s care for at least two and a half years, the share who have lived in the same placement for at least two years, or who are now placed for adoption with the carers they were already living with, for two years in all.',
  numerator:
    'Children in the cohort whose placement at the month end began at least 2 years before, or who are placed for adoption with their foster carers and whose foster placement and adoptive placement with those carers together have lasted at least 2 years',
  denominator: 'Children looked after at the month end, aged under 16, who have been looked after continuously for at least 2½ years (30 months)',
  cohort:
    'Children looked after at the end of the month (as in "Children looked after"), under 16 on the last day of the month, whose current period of care began at least 30 months earlier (on or before 1 October 2023 for March 2026). "2 years in the placement" means the placement began on or before the first day of the 24 whole months to the month end (1 April 2024 for March 2026). Both periods are whole calendar months, however long the months at either end (the 30 months to 30 April 2026 run from 1 November 2023).',
  exclusions: [
    'Children aged 16 or over at the month end, and children looked after for less than 2½ years without a break (listed as not in the cohort).',
    'Children looked after only under an agreed series of short breaks (legal status V3 or V4); short breaks do not count towards the 2½ years.',
    'Placements are counted as in "Children in care who moved home three or more times in a year": changes of legal status, changes with the same carer (reasons T and U) and temporary placements with a return to the same carer do not end a placement.',
    'Time in care and in a placement can only be counted from the earliest SSDA903 return supplied: a child whose care began before it (their first episode in the data is not RNE S) is counted from that episode, and left out, with the reason saying so, when that is less than 2½ years before the month end. Supply returns going back at least as far as the longest-staying children came into care.',
  ],
  polarity: 'higher-is-better',
  unit: 'percent',
  decimals: 0,
  minCohort: 10,
  looksBackMonths: 30,
  sources: [
    'Former National Indicator 63 (long-term stability of placements of children looked after): children under 16 at 31 March looked after continuously for at least 2.5 years who have lived in the same placement for at least 2 years, or are placed for adoption and their adoptive placement together with their previous placement with the same carers lasts at least 2 years. Here measured at each month end. England: 68% in 2024 and 69% in 2025 (DfE stability measures).',
    'Same carers for adoption: placement types A3 and A5 mean placed for adoption with the child’s current foster carer (DfE SSDA903 guidance), so where an A3 or A5 placement was recorded as a new placement (reason P or B) straight after a foster placement (U1 to U6), the two are added together. Where the council recorded the change as the same carer (reason T or U), it is already one placement.',
  ],
};
