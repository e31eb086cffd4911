// Definition of visits_in_time_pct: children in care whose social worker visits are up to date.
import type { MeasureDefinition } from '../measure.ts';

export const definition: MeasureDefinition = {
  id: 'visits_in_time_pct',
  title: 'Children in care whose social worker visits are up to date',
  description:
    'The share of children in care who have been visited by their social worker as often as the law requires: within a week of moving to a new home, then at least every 6 weeks in the first year there, and after that at least every 3 months for children in long-term foster care.',
  numerator: 'Children in the cohort whose latest visit (with the child seen) since their placement began is within the allowed interval at the month end, or, with no visit yet, whose placement began no more than a week before',
  denominator: 'Children looked after at the month end with a placement in force',
  cohort: 'Children looked after at the end of the month (as in "Children looked after").',
  exclusions: [
    'Children looked after only under an agreed series of short breaks (legal status V3 or V4): their visits are agreed with the parents and the independent reviewing officer (regulation 48).',
    'Young people aged 18 or over.',
    'Visits recorded with the child not seen (clav_cla_visit_seen = N) do not count as statutory visits.',
  ],
  polarity: 'higher-is-better',
  unit: 'percent',
  decimals: 0,
  minCohort: 10,
  sources: [
    'Care Planning, Placement and Case Review (England) Regulations 2010 (SI 2010/959), regulation 28: a visit within 1 week of the start of any placement; then at intervals of not more than 6 weeks in the first year of the placement; after that not more than 3 months where the placement is intended to last until the child is 18, otherwise not more than 6 weeks.',
    'A placement "intended to last until 18" is read as a long-term foster placement (SSDA903 placement types U1 and U4), the only such intention the data records; every other placement keeps the 6-week interval. The longer interval that may apply to some long-term foster placements when the child agrees is not applied: it could not be confirmed against the regulations and the data cannot show the agreement.',
    'Stricter rules for particular cases are not checked, because the data cannot show them: weekly visits for a child placed with parents before assessment (reg 19) or with a temporarily approved connected person (reg 24) until the first review, and the adoption regulations for children placed for adoption. The general rule above is applied instead.',
    'No national statistic exists; this is a local measure of whether visits are up to date at the month end (not of whether every visit in the year was on time). A new placement, counted the DfE way (a change of legal status, a same-carer change or a temporary move and return is not a new placement), restarts the timetable. Visits from the SSD ssd_cla_visits table; placements from the SSDA903 episodes.',
  ],
};
