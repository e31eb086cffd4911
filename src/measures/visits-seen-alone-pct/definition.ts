// Definition of visits_seen_alone_pct: children in care seen alone by their social worker during the month.
import type { MeasureDefinition } from '../measure.ts';

export const definition: MeasureDefinition = {
  id: 'visits_seen_alone_pct',
  title: 'Children in care seen alone by their social worker',
  description:
    'Of the children in care aged 4 or over whom their social worker saw on a visit during the month, the share who were seen on their own (without their carer) at least once, so they could speak freely.',
  numerator: 'Children in the cohort seen alone on at least one visit in the month',
  denominator: 'Children looked after at the month end, aged 4 or over then, who had at least one visit in the month at which they were seen',
  cohort:
    'Children looked after at the end of the month (as in "Children looked after"), aged 4 or over at the month end, with at least one social worker visit dated in the month at which the child was seen (clav_cla_visit_seen not recorded as N). Each child counts once, however many visits they had.',
  exclusions: [
    'Children under 4 at the month end (a local convention: see sources).',
    'Children with no visit in the month, or only visits recorded with the child not seen (N).',
    'A seen-alone flag of N or left blank counts as not seen alone.',
    'Children looked after only under an agreed series of short breaks (legal status V3 or V4), and young people aged 18 or over.',
  ],
  polarity: 'higher-is-better',
  unit: 'percent',
  decimals: 0,
  minCohort: 10,
  looksBackMonths: 1,
  sources: [
    'Care Planning, Placement and Case Review (England) Regulations 2010 (SI 2010/959), regulation 29: on each visit the social worker must speak to the child in private, unless the child, being of sufficient age and understanding, refuses, or the social worker thinks it inappropriate given the child’s age and understanding.',
    'The measure counts children rather than visits, so that one child visited often does not outweigh others and every figure traces to a child. Leaving out children under 4 is a local convention (the SSDA903 also treats under-4s apart, for example review participation code PN0) and not a DfE rule. No national statistic exists; this is a local measure.',
    'Visits from the SSD ssd_cla_visits table (clav_cla_visit_date, clav_cla_visit_seen, clav_cla_visit_seen_alone).',
  ],
};
