// Worked examples for oc3_eet_pct_17_18: synthetic histories (no real child data) with hand-computed results.
import type { WorkedExample } from '../example-kit.ts';
import { oc3, oc3Leaver, WITHOUT_OC3 } from '../shared/annual-examples.ts';

export const examples: WorkedExample[] = [
  {
    name: 'education, an apprenticeship or training counts; not in education, employment or training does not',
    explanation: 'For 2024/25: E1 (17) in full-time other education (F2) and E3 (18) in a part-time apprenticeship (P4) are counted; E2 (18) is not in education, employment or training because of caring for a child (G6). 2 of 3 = 67%.',
    children: [
      { child: 'E1', dob: '15/03/2008', episodes: [{ start: '01/01/2022', end: '01/12/2024', place: 'U4', rec: 'E13' }], ssda903: { oc3: [oc3('E1', 2025, 'YES', 'F2', 'E1')] } },
      { ...oc3Leaver('E2', '01/06/2006', '01/06/2024'), ssda903: { oc3: [oc3('E2', 2025, 'YES', 'G6', 'U1')] } },
      { ...oc3Leaver('E3', '01/06/2006', '01/06/2024'), ssda903: { oc3: [oc3('E3', 2025, 'YES', 'P4', 'U1')] } },
    ],
    month: '2025-03',
    expected: { numerator: 2, denominator: 3, value: 67, counted: ['E1', 'E3'] },
  },
  {
    name: 'no activity information counts against the council; a young person aged 19 to 21 is in the other figure',
    explanation: 'E4 (18) has no activity information (0): not counted. E5 was 20 on 31/03/2025 and in full-time education, but is in the 19 to 21 figure. 0 of 1 = 0%.',
    children: [
      { ...oc3Leaver('E4', '01/06/2006', '01/06/2024'), ssda903: { oc3: [oc3('E4', 2025, 'NO', '0', '0')] } },
      { ...oc3Leaver('E5', '01/06/2004', '01/06/2022'), ssda903: { oc3: [oc3('E5', 2025, 'YES', 'F2', 'U1')] } },
    ],
    month: '2025-03',
    expected: { numerator: 0, denominator: 1, value: 0, counted: [] },
  },
  {
    name: 'at September the figure is the one for the year to the previous 31 March',
    explanation: 'At September 2025 the measure shows 2024/25 (to 31/03/2025): E6 (18) was in full-time training or employment (F5) on their birthday. 1 of 1 = 100%.',
    children: [{ ...oc3Leaver('E6', '01/06/2006', '01/06/2024'), ssda903: { oc3: [oc3('E6', 2025, 'YES', 'F5', 'U1')] } }],
    month: '2025-09',
    expected: { numerator: 1, denominator: 1, value: 100, counted: ['E6'] },
  },
  WITHOUT_OC3,
];
