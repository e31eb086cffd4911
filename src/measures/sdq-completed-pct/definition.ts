// Definition of sdq_completed_pct: children aged 4 to 16 in care for a year or more with a recent SDQ score.
import type { MeasureDefinition } from '../measure.ts';

export const definition: MeasureDefinition = {
  id: 'sdq_completed_pct',
  title: 'Children in care for a year or more with an emotional wellbeing score (SDQ) in the last year',
  description:
    'Of the children aged 4 to 16 who have been in care for at least 12 months without a break, the share with a score from the Strengths and Difficulties Questionnaire (a short questionnaire about a child’s emotional and behavioural wellbeing, usually filled in by the carer) in the last 12 months.',
  numerator: 'Children in the cohort with a Strengths and Difficulties Questionnaire score recorded in the 12 months to the month end',
  denominator: 'Children aged 4 to 16 at the month end who were looked after then and continuously for at least 12 months',
  cohort:
    'Children looked after at the end of the month (as in "Children looked after") whose current period of care began at least 12 months earlier with no short-break episode since (the SSDA903 OC2 cohort), and who are aged 4 to 16 at the month end.',
  exclusions: [
    'Children aged under 4 or 17 and over at the month end.',
    'Children looked after for less than 12 months continuously at the month end.',
    'Children looked after only under an agreed series of short breaks (legal status V3 or V4).',
    'A record with a reason but no score (for example the carer refused) does not count as completed.',
  ],
  polarity: 'higher-is-better',
  unit: 'percent',
  decimals: 0,
  minCohort: 10,
  looksBackMonths: 12,
  sources: [
    'DfE SSDA903 OC2 item SDQ_SCORE (0 to 40), required for each child looked after continuously for 12 months and of an age for the questionnaire (the DfE validator asks for it from age 4 at the start of the year to under 17 at its end); published in Children looked after in England including adoptions. The DfE figure is annual; ages taken at the month end here are a local simplification.',
    'Scores from the SSD ssd_sdq_scores table (csdq_sdq_completed_date, csdq_sdq_score).',
  ],
};
