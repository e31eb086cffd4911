// Definition of oc2_dental_check_pct: children looked after for a year who had a dental check (year to 31 March).
import type { MeasureDefinition } from '../measure.ts';

export const definition: MeasureDefinition = {
  id: 'oc2_dental_check_pct',
  title: 'Children looked after for a year who had a dental check (year to 31 March)',
  description:
    'The share of children who had been in care for at least a year on 31 March whose teeth were checked by a dentist during the year, exactly as the council reports it to the Department for Education.',
  numerator:
    'Children in the cohort whose OC2 row for the year records TEETH_CHECK = 1 (teeth checked by a dentist in the year)',
  denominator:
    'Children looked after continuously for at least 12 months at 31 March (the OC2 cohort)',
  cohort:
    'Children looked after on 31 March of the collection year who had been looked after continuously for at least the previous 12 months (care began on or before 1 April of the previous year, with no short breaks and no gap), as DfE’s OC2 cohort; aged under 18. Which year: the collection year ending on the latest 31 March on or before the month end. At a March month end that is the year just ended; at any other month the figure repeats the year ending the previous 31 March (October 2025 shows 2024/25), and every child’s reason names the year. The figure for a year appears once its SSDA903 return, with this table, is loaded.',
  exclusions: [
    'Children looked after only under an agreed series of short breaks (legal status V3 or V4), and short breaks within the 12 months, which break continuity.',
    'Children who entered or left care during the year, or left on 31 March itself.',
    'A child with an OC2 row whose episodes do not show 12 months’ continuous care is listed but not counted (903 validation rule 190); a child in the cohort with no OC2 row counts as not met (rule 191).',
  ],
  polarity: 'higher-is-better',
  unit: 'percent',
  decimals: 0,
  minCohort: 10,
  sources: [
    'DfE, Children looked after in England including adoptions: outcomes for children looked after continuously for 12 months at 31 March, percentage whose teeth were checked by a dentist (SSDA903 OC2 TEETH_CHECK).',
  ],
};
