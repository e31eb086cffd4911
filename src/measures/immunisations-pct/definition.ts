// Definition of immunisations_pct: children in care for a year or more whose immunisations are up to date.
import type { MeasureDefinition } from '../measure.ts';

export const definition: MeasureDefinition = {
  id: 'immunisations_pct',
  title: 'Children in care for a year or more whose immunisations are up to date',
  description:
    'Of the children who have been in care for at least 12 months without a break, the share whose vaccinations were recorded as up to date for their age when last checked, in the last 12 months.',
  numerator: 'Children in the cohort whose latest immunisation status on or before the month end says up to date (Y) and was recorded in the 12 months to the month end',
  denominator: 'Children looked after at the month end who had been looked after continuously for at least 12 months',
  cohort:
    'Children looked after at the end of the month (as in "Children looked after") whose current period of care began at least 12 months earlier, with no short-break episode since: the cohort of the SSDA903 OC2 table, moved to each month end.',
  exclusions: [
    'Children looked after for less than 12 months continuously at the month end.',
    'Children looked after only under an agreed series of short breaks (legal status V3 or V4), and young people aged 18 or over.',
    'A status recorded more than 12 months before the month end is too old to count, even if it said up to date; a row with no date is not used.',
  ],
  polarity: 'higher-is-better',
  unit: 'percent',
  decimals: 0,
  minCohort: 10,
  looksBackMonths: 12,
  sources: [
    'DfE SSDA903 OC2 item IMMUNISATIONS ("immunisations up to date"), for children looked after continuously for at least 12 months at 31 March; published in Children looked after in England including adoptions. The DfE figure is annual; this monthly version is a local measure, and requiring the status to have been recorded in the last 12 months is a local choice to keep it current.',
    'Status from the SSD ssd_cla_immunisations table (clai_immunisations_status Y/N, clai_immunisations_status_date).',
  ],
};
