// Definition of cla_uasc: unaccompanied asylum-seeking children looked after at the month end.
import type { MeasureDefinition } from '../measure.ts';

export const definition: MeasureDefinition = {
  id: 'cla_uasc',
  title: 'Unaccompanied asylum-seeking children in care',
  description:
    'The number of children in the council’s care at the end of the month who arrived in the country alone to seek asylum. The number depends partly on the National Transfer Scheme, which shares these children between councils.',
  numerator: 'Children looked after at the month end who are unaccompanied asylum-seeking children (UASC) at that date',
  denominator: null,
  cohort:
    'Children looked after at the end of the month (as in "Children looked after") who appear in the SSDA903 UASC table and whose UASC status had not ceased by the end of the month: the date UASC status ceased (DUC) is blank or later than the month end. Where a child appears in several years’ returns, the latest return’s row is used, as councils correct earlier years in later returns.',
  exclusions: [
    'If the SSDA903 UASC table was not supplied at all the figure is shown as unavailable rather than 0; a UASC file with its headings and no rows means no such children, and gives 0.',
    'Children whose UASC status ceased on or before the last day of the month (DUC), for example on being granted leave to remain as recorded by the council.',
    'Children looked after only under an agreed series of short breaks (legal status V3 or V4), and young people aged 18 or over.',
  ],
  polarity: 'contextual',
  unit: 'count',
  decimals: 0,
  minCohort: null,
  sources: [
    'DfE, Children looked after in England including adoptions: unaccompanied asylum-seeking children looked after at 31 March.',
    'DfE SSDA903 guidance: the UASC table lists children who were UASC; DUC is the date UASC status ceased (on or before the 18th birthday). The DfE validator marks a child UASC when they appear in the UASC table.',
  ],
};
