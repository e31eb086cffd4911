// Definition of cla_over_20_miles_pct: the share of children looked after placed more than 20 miles from home.
import type { MeasureDefinition } from '../measure.ts';

export const definition: MeasureDefinition = {
  id: 'cla_over_20_miles_pct',
  title: 'Children in care living more than 20 miles from home',
  description:
    'Of the children in the council’s care at the end of the month whose distance from home is known, the share whose placement is more than 20 miles from the home they were living in when they came into care.',
  numerator: 'Children in the cohort whose placement is more than 20 miles from home (the distance recorded for the placement in ssd_cla_placement)',
  denominator: 'Children looked after at the month end, including those whose distance from home is not known',
  cohort: 'Children looked after at the end of the month (as in "Children looked after") The distance is that recorded for the placement in force at the end of the month in the SSD ssd_cla_placement table (clap_cla_placement_distance, in miles). A temporary placement (T0 to T4) stands for the usual placement the child returns to.',
  exclusions: [
    'Children looked after only under an agreed series of short breaks (legal status V3 or V4), and young people aged 18 or over.',
  ],
  polarity: 'lower-is-better',
  unit: 'percent',
  decimals: 0,
  minCohort: 10,
  sources: [
    'DfE, Children looked after: a focus on placement location: children looked after at 31 March placed more than 20 miles from home. DfE works out the distance from the home and placement postcodes (the DfE validator computes a straight-line distance from Ordnance Survey grid references; that DfE’s published figures use the same straight-line basis is not confirmed).',
    'Standard Safeguarding Dataset, ssd_cla_placement: distance of placement from the child’s home in miles, as the council’s case-management system records it. This can differ from DfE’s own figure, which DfE computes from the SSDA903 postcodes; carestats does not compute distances from postcodes. Without the SSD table the measure is unavailable rather than guessed, and so is a month end before its records begin (the month of the first placement in it to end: an extract of the placements in force from a date keeps their own, earlier, starts), when children would otherwise show no placement and count as distance not known.',
    'As in DfE’s figures, where "not known" is a category of all children looked after (mostly unaccompanied asylum-seeking children, who have no home address), a child whose distance is not known stays in the denominator and is not counted in the numerator; the child list says "Distance not known".',
  ],
};
