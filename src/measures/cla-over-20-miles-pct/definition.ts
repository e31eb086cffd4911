// Definition of cla_over_20_miles_pct: the share of children looked after placed more than 20 miles from home.
import type { MeasureDefinition } from '../measure.ts';

export const definition: MeasureDefinition = {
  id: 'cla_over_20_miles_pct',
  title: 'Children in care living more than 20 miles from home',
  description:
    'Of the children in the council’s care at the end of the month whose distance from home is known, the share whose placement is more than 20 miles in a straight line from the home they were living in when they came into care.',
  numerator: 'Children in the cohort whose placement is more than 20 miles in a straight line from their home postcode',
  denominator: 'Children looked after at the month end with both a home postcode (903 HOME_POST) and a placement postcode (PL_POST) recorded, so the distance is known',
  cohort: 'Children looked after at the end of the month (as in "Children looked after") whose home-to-placement distance is known.',
  exclusions: [
    'Children with no home postcode (most unaccompanied asylum-seeking children) or no placement postcode: the distance is unknown, not zero.',
    'Children looked after only under an agreed series of short breaks (legal status V3 or V4), and young people aged 18 or over.',
  ],
  polarity: 'lower-is-better',
  unit: 'percent',
  decimals: 0,
  minCohort: 10,
  sources: [
    'DfE, Children looked after: a focus on placement location: children looked after at 31 March placed more than 20 miles from home. DfE works out the distance from the home and placement postcodes (the DfE validator computes a straight-line distance from Ordnance Survey grid references; that DfE’s published figures use the same straight-line basis is not confirmed).',
    'Not yet computed by carestats: the SSDA903 return holds postcodes but no distance, and carestats holds no postcode locations to measure between, so the figure is shown as unavailable rather than guessed. The SSD ssd_cla_placement table has a distance column, which carestats does not read yet.',
  ],
};
