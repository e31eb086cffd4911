// Definition of health_assessment_pct: children in care for a year or more whose health assessment is up to date.
import type { MeasureDefinition } from '../measure.ts';

export const definition: MeasureDefinition = {
  id: 'health_assessment_pct',
  title: 'Children in care for a year or more with an up-to-date health assessment',
  description:
    'Of the children who have been in care for at least 12 months without a break, the share who have had their health assessment by a doctor or nurse in the last 12 months, or in the last 6 months where their last assessment was before their 5th birthday.',
  numerator:
    'Children in the cohort whose latest health assessment took place in the 12 months to the month end, or in the 6 months to it where the child was under 5 when assessed (each assessment falls due again by the child’s age when it was held)',
  denominator: 'Children looked after at the month end who had been looked after continuously for at least 12 months',
  cohort:
    'Children looked after at the end of the month (as in "Children looked after") whose current period of care began at least 12 months earlier (on or before the first day of the 12 whole months to the month end: 1 April 2025 for 31 March 2026, 1 March 2024 for 28 February 2025), with no short-break episode since: the cohort of the SSDA903 OC2 table, moved to each month end.',
  exclusions: [
    'Children looked after for less than 12 months continuously at the month end.',
    'Children looked after only under an agreed series of short breaks (legal status V3 or V4), and young people aged 18 or over.',
    'Health assessments recorded as Planned, Refused or Cancelled do not count; a row with a date and a blank status counts as held.',
  ],
  polarity: 'higher-is-better',
  unit: 'percent',
  decimals: 0,
  minCohort: 10,
  looksBackMonths: 12,
  sources: [
    'DfE SSDA903 OC2 item HEALTH_ASSESSMENT ("annual health assessment"), for children looked after continuously for at least 12 months at 31 March; published in Children looked after in England including adoptions (outcomes for children looked after). The DfE figure is annual; this monthly version is a local measure.',
    'DfE and DHSC statutory guidance, Promoting the health and well-being of looked-after children (2015): review health assessments at least every 6 months before a child’s 5th birthday and at least every 12 months after.',
    'Health assessments from the SSD ssd_cla_health table: rows whose check type names a health assessment (for example "Health Assessment", "Review Health Assessment", "IHA", "RHA").',
  ],
};
