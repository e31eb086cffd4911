// Definition of visits_in_time_pct: children in care whose social worker visits are up to date.
import type { MeasureDefinition } from '../measure.ts';

export const definition: MeasureDefinition = {
  id: 'visits_in_time_pct',
  title: 'Children in care whose social worker visits are up to date',
  description:
    'The share of children in care who have been visited by their social worker as often as the law requires: within a week of moving to a new home, then at least every 6 weeks; after the first year, every 3 months is enough for children in long-term foster care. Children living at home with a parent are visited more often: weekly until their first review while the court has made only an interim order, then every 4 weeks; and within a week of a full care order being made.',
  numerator: 'Children in the cohort whose latest visit (with the child seen) since their placement began (or, at home under a care order made there, since the order) is within the allowed interval at the month end, or, with no visit yet, whose placement began (or order was made) no more than a week before',
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
  looksBackMonths: 15,
  looksBackWhy: 'the 12 months before the earliest visit that can keep a child up to date, 3 months before the month end: whether a visit came in the first year of the placement, when the next is due within 6 weeks, or after it, when 3 months may be allowed, needs the day the placement began',
  sources: [
    'Care Planning, Placement and Case Review (England) Regulations 2010 (SI 2010/959), regulation 28(2): a visit within 1 week of the start of any placement; then at intervals of not more than 6 weeks in the first year of the placement; after that not more than 3 months where the placement is intended to last until the child is 18, otherwise not more than 6 weeks.',
    'A placement "intended to last until 18" is read as a long-term foster placement (SSDA903 placement types U1 and U4), the only such intention the data records; every other placement keeps the 6-week interval. The longer interval that may apply to some long-term foster placements when the child agrees is not applied: it could not be confirmed against the regulations and the data cannot show the agreement.',
    'Regulation 28(4) and (5), for a child living with a parent or other person with parental responsibility (SSDA903 placement P1): under an interim care order (legal status C1), a visit at least once a week until the first review of the period of care, then at intervals of not more than 4 weeks; under a care order (C2), a visit within 1 week of the order being made (the start of the run of C2 episodes, when that is after the placement began) and then at intervals of not more than 6 weeks. The first review is read from the review records (as in "Children whose care reviews were held on time"); with none supplied it is taken as held on the day it was due, 20 working days after the child became looked after.',
    'Stricter rules the data cannot show are not checked: weekly visits for a child placed with parents before assessment (reg 19, without an interim order) or with a temporarily approved connected person (reg 24) until the first review, and the adoption regulations for children placed for adoption. The general rule is applied to them instead.',
    'No national statistic exists; this is a local measure of whether visits are up to date at the month end (not of whether every visit in the year was on time). A new placement, counted the DfE way (a change of legal status, a same-carer change or a temporary move and return is not a new placement), restarts the timetable. Visits from the SSD ssd_cla_visits table; placements from the SSDA903 episodes.',
    'The SSDA903 returns must reach 15 months back from the month end, or there is no figure: a placement that began before the earliest return shows only its episodes from then, so a long-term foster placement years old whose legal status changed a few months before the return began would look new, its visits due every 6 weeks rather than 3 months. Before, with only the latest return, a large council gave 94% against 95% from all ten years at March 2025 (23 children wrongly overdue).',
  ],
};
