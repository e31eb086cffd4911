// Definition of placements_3plus_pct: children looked after with three or more placements in the last 12 months.
import type { MeasureDefinition } from '../measure.ts';

export const definition: MeasureDefinition = {
  id: 'placements_3plus_pct',
  title: 'Children in care who moved home three or more times in a year',
  description:
    'Of the children in the council’s care at the end of the month, the share who lived in three or more different placements (homes with different carers) during the last 12 months. Changes in legal status, short stays away such as a hospital stay, and changes that kept the child with the same carer are not counted as moves.',
  numerator: 'Children in the cohort with 3 or more placements in force at any time in the 12 months ending on the month end',
  denominator: 'Children looked after at the month end (as in "Children looked after")',
  cohort:
    'Children looked after at the end of the month. The 12 months are the 12 whole calendar months to the month end, both ends included (1 April 2025 to 31 March 2026 for March 2026; 1 March 2024 to 28 February 2025 for February 2025). Placements are counted across every period of care in those 12 months: the placement the child was in when the 12 months began counts as one.',
  exclusions: [
    'Children looked after only under an agreed series of short breaks (legal status V3 or V4), and young people aged 18 or over; short-break episodes are never placements.',
    'Not a new placement: a change of legal status only (reason for new episode L); a change of placement with the same carer (T, for example short-term foster care becoming long-term); a change of legal status and placement with the same carer (U).',
    'Not a new placement: a temporary placement (903 codes T0 to T4, such as hospital or respite while the carer is on holiday), and the return afterwards to the same carer — same placement type, provider, placement postcode and Ofsted number. Going on from a temporary placement to a different carer is a new placement.',
  ],
  polarity: 'lower-is-better',
  unit: 'percent',
  decimals: 0,
  minCohort: 10,
  looksBackMonths: 12,
  sources: [
    'Former National Indicator 62 (stability of placements of children looked after): children looked after at 31 March with three or more placements during the year. Here the year is the 12 months to each month end.',
    'DfE SSDA903 guidance: reason for new episode codes S, L, P, T, U and B; placement codes T0 to T4 (temporary). DfE validator rule 383: after a temporary placement the child returns to their normal placement.',
    'The detail of the DfE counting convention (which changes are not moves) is as given in carestats’ reference notes and is not confirmed against the current 903 guide; the rules applied are the ones listed under exclusions. England is reported at about 10% a year for 2019 to 2024 (not confirmed year by year).',
  ],
};
