// Worked examples for care_leavers_suitable_accommodation_pct_19_21: synthetic histories (no real child data) with hand-computed results.
import type { WorkedExample } from '../example-kit.ts';
import { careLeaver, died, WITHOUT_CARE_LEAVERS } from '../shared/care-leaver-examples.ts';

export const examples: WorkedExample[] = [
  {
    name: 'suitability is read from the suitability field, or from a 903-style accommodation code',
    explanation:
      'S1 lives independently (U), recorded Suitable: counted. S2 is in bed and breakfast (W), recorded Unsuitable: not counted. S3 has no suitability but the accommodation code D1 (semi-independent, 1 = suitable): counted. S4’s accommodation U has no suitability recorded: not counted. 2 of 4 = 50%.',
    children: [
      careLeaver('S1', '01/08/2005', '01/08/2023', [{ contact: '01/03/2026', accommodation: 'U', suitable: 'Suitable' }]),
      careLeaver('S2', '01/08/2005', '01/08/2023', [{ contact: '01/03/2026', accommodation: 'W', suitable: 'Unsuitable' }]),
      careLeaver('S3', '01/08/2005', '01/08/2023', [{ contact: '01/03/2026', accommodation: 'D1', suitable: '' }]),
      careLeaver('S4', '01/08/2005', '01/08/2023', [{ contact: '01/03/2026', accommodation: 'U', suitable: '' }]),
    ],
    month: '2026-03',
    expected: { numerator: 2, denominator: 4, value: 50, counted: ['S1', 'S3'] },
  },
  {
    name: 'no fixed abode and custody are never suitable, whatever the suitability says',
    explanation:
      'The 903 does not accept no fixed abode (S) or custody (X) as suitable (ACCOM S1 and X1 are invalid). H1 has no fixed abode (S) recorded suitable ("1") and H2 is in custody (X) recorded Suitable: neither counted. H3’s code S1 has no suitability: not counted. H4 lives independently (U), recorded Suitable: counted. 1 of 4 = 25%.',
    children: [
      careLeaver('H1', '01/08/2005', '01/08/2023', [{ contact: '01/03/2026', accommodation: 'S', suitable: '1' }]),
      careLeaver('H2', '01/08/2005', '01/08/2023', [{ contact: '01/03/2026', accommodation: 'X', suitable: 'Suitable' }]),
      careLeaver('H3', '01/08/2005', '01/08/2023', [{ contact: '01/03/2026', accommodation: 'S1', suitable: '' }]),
      careLeaver('H4', '01/08/2005', '01/08/2023', [{ contact: '01/03/2026', accommodation: 'U', suitable: 'Suitable' }]),
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 4, value: 25, counted: ['H4'] },
  },
  {
    name: 'a care leaver not contacted in the last three months counts as not in suitable accommodation',
    explanation:
      'At 31/01/2026 the window is 01/11/2025 to 31/01/2026. R1’s latest contact (31/10/2025, suitable) falls just before it, so their accommodation is unknown: not counted. R2 was contacted on 01/11/2025, the first day of the window, in suitable accommodation: counted. 1 of 2 = 50%.',
    children: [
      careLeaver('R1', '01/08/2005', '01/08/2023', [{ contact: '31/10/2025' }]),
      careLeaver('R2', '01/08/2005', '01/08/2023', [{ contact: '01/11/2025' }]),
    ],
    month: '2026-01',
    expected: { numerator: 1, denominator: 2, value: 50, counted: ['R2'] },
  },
  {
    name: 'with no care leaver left in the cohort there is no figure',
    explanation: 'Q1, the only care leaver aged 19 to 21, died on 10/12/2025 and is excluded: the cohort is empty, so 0 of 0 and no percentage.',
    children: [died(careLeaver('Q1', '01/08/2005', '01/08/2023', [{ contact: '01/11/2025' }]), '10/12/2025')],
    month: '2026-03',
    expected: { numerator: 0, denominator: 0, value: null, counted: [] },
  },
  {
    name: 'without the care leavers table the measure is unavailable',
    explanation: 'The council supplied no ssd_care_leavers rows, so the measure says so instead of showing 0%.',
    children: [careLeaver('Q9', '01/08/2005', '01/08/2023', [])],
    supplied: WITHOUT_CARE_LEAVERS,
    month: '2026-03',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
];
