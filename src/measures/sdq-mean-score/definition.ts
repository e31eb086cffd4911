// Definition of sdq_mean_score: the average latest SDQ score of children aged 4 to 16 in care for a year or more.
import type { MeasureDefinition } from '../measure.ts';

export const definition: MeasureDefinition = {
  id: 'sdq_mean_score',
  title: 'Average emotional wellbeing score (SDQ) of children in care for a year or more',
  description:
    'The average score from the Strengths and Difficulties Questionnaire, a short questionnaire about a child’s emotional and behavioural wellbeing, for children aged 4 to 16 in care for at least 12 months. Scores run from 0 to 40; a higher score means more difficulties, and 17 or more is a cause for concern.',
  numerator: 'The sum of each child’s latest score recorded in the 12 months to the month end',
  denominator: 'Children aged 4 to 16 looked after at the month end, and continuously for at least 12 months, with a score recorded in the 12 months to the month end',
  cohort:
    'Children looked after at the end of the month (as in "Children looked after") whose current period of care began at least 12 months earlier with no short-break episode since (the SSDA903 OC2 cohort), aged 4 to 16 at the month end, with at least one score in the last 12 months. Each child counts once, with their latest score.',
  exclusions: [
    'Children in the SDQ cohort with no score in the 12 months (they are counted as not completed in "Children with an SDQ in the last year").',
    'Children aged under 4 or 17 and over, children in care for less than 12 months continuously, and short breaks (legal status V3 or V4).',
  ],
  polarity: 'lower-is-better',
  unit: 'score',
  decimals: 1,
  minCohort: 10,
  looksBackMonths: 12,
  sources: [
    'DfE SSDA903 OC2 item SDQ_SCORE (a total difficulties score from 0 to 40); DfE publishes the average score of children looked after continuously for 12 months in Children looked after in England including adoptions (outcomes). The DfE figure is annual; this monthly version is a local measure.',
    'Score bands (0–13 normal, 14–16 borderline, 17–40 a cause for concern) as DfE reports them.',
    'Former National Indicator 58 (2008 set): emotional and behavioural health of looked after children, the average SDQ score (a low score is good).',
    'Scores from the SSD ssd_sdq_scores table (csdq_sdq_completed_date, csdq_sdq_score).',
  ],
};
