// Definition of cla_outside_la_pct: the share of children looked after placed outside the council's area.
import type { MeasureDefinition } from '../measure.ts';
import { TEMPORARY_MOVE_LOOK_BACK } from '../shared/placement-type-share.ts';

export const definition: MeasureDefinition = {
  id: 'cla_outside_la_pct',
  title: 'Children in care living outside the council’s area',
  description:
    'Of the children in the council’s care at the end of the month whose placement address is known, the share living outside the council’s area. Some placements are rightly far away, such as secure homes, adoptive families or relatives.',
  numerator: 'Children in the cohort whose placement postcode district is not one of the council’s postcode districts',
  denominator: 'Children looked after at the month end, including those whose placement postcode (903 PL_POST) is blank or cannot be read',
  cohort:
    'Children looked after at the end of the month (as in "Children looked after"). The placement postcode is that of the placement in force at the end of the last day of the month; its district (the first half of the postcode, such as DM3) is compared with the postcode districts listed for the council in la-config.json.',
  exclusions: [
    'Children looked after only under an agreed series of short breaks (legal status V3 or V4), and young people aged 18 or over.',
    'A child in a temporary placement (903 codes T0 to T4) is counted by the placement they are expected to return to. The SSDA903 returns must also cover the month before the month end, as a move may have begun up to 6 weeks before it: without that return the usual placement is not in the data, and there is no figure.',
  ],
  polarity: 'lower-is-better',
  unit: 'percent',
  decimals: 0,
  minCohort: 10,
  ...TEMPORARY_MOVE_LOOK_BACK,
  sources: [
    'DfE, Children looked after: a focus on placement location, and Children looked after in England including adoptions: children looked after at 31 March placed outside their council’s boundary. DfE works out the location from the placement postcode.',
    'Carestats approximates the council boundary by the postcode districts listed in la-config.json: a postcode district that straddles the boundary counts wholly as inside if listed. DfE’s figure uses the exact postcode, so the two may differ slightly.',
    'As in DfE’s figures, where "not known" is a category of all children looked after, a child whose placement postcode is blank or cannot be read stays in the denominator and is not counted in the numerator; the child list says "Location not known".',
    'Polarity: fewer placements out of area is generally better, though some are right for the child.',
  ],
};
