// Definition of reviews_in_time_pct: children whose statutory reviews in the last 12 months were all on time.
import type { MeasureDefinition } from '../measure.ts';

export const definition: MeasureDefinition = {
  id: 'reviews_in_time_pct',
  title: 'Children whose care reviews were held on time',
  description:
    'Of the children in care for at least 20 working days, the share whose review meetings in the last 12 months were all held within the legal timescales: the first within 20 working days of coming into care, the second within 3 months, then at least every 6 months.',
  numerator:
    'Children in the cohort none of whose reviews in the 12 months to the month end was late, and with no review overdue at the month end',
  denominator: 'Children looked after at the month end who had been looked after for at least 20 working days in their current period of care',
  cohort:
    'Children looked after at the end of the month (as in "Children looked after") whose current period of care began at least 20 working days (Monday to Friday, excluding England and Wales bank holidays) before the month end, so that a first review was already due. For a child whose period of care began as short breaks (V3 or V4) and went on as full-time care, it begins when the full-time care did: the short breaks came under regulation 48, and their reviews are not judged.',
  exclusions: [
    'Children looked after for fewer than 20 working days at the month end.',
    'Children looked after only under an agreed series of short breaks (legal status V3 or V4): their reviews follow regulation 48, not this timetable.',
    'Young people aged 18 or over.',
  ],
  polarity: 'higher-is-better',
  unit: 'percent',
  decimals: 0,
  minCohort: 10,
  looksBackMonths: 20,
  looksBackWhy: 'the 12 months to the month end and the 8 before, when the care began of any child whose first or second review can fall in the 12 months: those two are due from the day the child came into care, 20 working days and then 3 months',
  sources: [
    'Care Planning, Placement and Case Review (England) Regulations 2010 (SI 2010/959), regulation 33: first review within 20 working days of the child becoming looked after; second within 3 months of the first; later reviews at intervals of not more than 6 months.',
    'Former National Indicator 66 (2008 set): children looked after whose reviews took place within the required timescales. It is thought not to have been published nationally since the National Indicator Set ended in 2011, so no current national figure is known (not confirmed); its exact cohort rule is not confirmed either, so this is a local definition counting children rather than reviews.',
    'Each timescale is counted from the date the previous review was actually held (or the start of the period of care for the first), as the regulation words it. The due date recorded in the council system (ssd_cla_reviews) is not used to judge timeliness; where it differs from the regulation’s date, the child’s record says so.',
    'Reviews come from the SSD ssd_cla_reviews table when supplied (held date; cancelled reviews ignored), otherwise from the SSDA903 Reviews table (REVIEW). A new period of care restarts the timetable. The review records must cover the whole 12 months: a month whose 12 months begin before the first review in the data has no figure. For a child whose care began before the records do (or before the earliest SSDA903 return supplied, when the first episode in the data is not RNE S), the first review seen is judged against 6 months from the start of the records, the longest interval the regulation allows.',
    'The SSDA903 returns must reach 8 months before the 12 (20 months to the month end), or there is no figure: the first review is due 20 working days after the child came into care and the second 3 months after the first, so the day a child came into care must be in the data whenever those reviews can fall in the 12 months. Before, with only the latest return, a large council gave 81% against 80% from all ten years: a child who came into care in March, just before the return began, had their first review judged against 6 months from the start of the review records two years earlier (late, though held on time), and others’ second reviews against 6 months rather than 3 (on time, though late).',
    'Earlier reviews required in particular cases (regulation 33(3), for example at the request of the independent reviewing officer) are not checked.',
  ],
};
