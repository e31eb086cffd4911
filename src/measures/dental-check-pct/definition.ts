// Definition of dental_check_pct: children in care for a year or more who had a dental check in the last year.
import type { MeasureDefinition } from '../measure.ts';

export const definition: MeasureDefinition = {
  id: 'dental_check_pct',
  title: 'Children in care for a year or more who had a dental check in the last year',
  description: 'Of the children who have been in care for at least 12 months without a break, the share who had their teeth checked by a dentist in the last 12 months.',
  numerator: 'Children in the cohort with a dental check that took place in the 12 months to the month end',
  denominator: 'Children looked after at the month end who had been looked after continuously for at least 12 months',
  cohort:
    'Children looked after at the end of the month (as in "Children looked after") whose current period of care began at least 12 months earlier, with no short-break episode since: the cohort of the SSDA903 OC2 table, moved to each month end.',
  exclusions: [
    'Children looked after for less than 12 months continuously at the month end.',
    'Children looked after only under an agreed series of short breaks (legal status V3 or V4), and young people aged 18 or over.',
    'Dental checks recorded as Planned, Refused or Cancelled do not count; a row with a date and a blank status counts as held.',
  ],
  polarity: 'higher-is-better',
  unit: 'percent',
  decimals: 0,
  minCohort: 10,
  looksBackMonths: 12,
  sources: [
    'DfE SSDA903 OC2 item TEETH_CHECK ("teeth checked by a dentist" in the year), for children looked after continuously for at least 12 months at 31 March; published in Children looked after in England including adoptions. The DfE figure is annual; this monthly version is a local measure. Babies are not excepted, as in the OC2 item.',
    'Dental checks from the SSD ssd_cla_health table: rows whose check type names a dental check (for example "Dental Check").',
  ],
};
