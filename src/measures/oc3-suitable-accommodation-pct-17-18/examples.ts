// Worked examples for oc3_suitable_accommodation_pct_17_18: synthetic histories (no real child data) with hand-computed results.
import type { WorkedExample } from '../example-kit.ts';
import { oc3, oc3Leaver, WITHOUT_OC3 } from '../shared/annual-examples.ts';

export const examples: WorkedExample[] = [
  {
    name: 'accommodation codes ending 1 are suitable; ending 2 are not',
    explanation: 'For 2024/25: H1 (17) is in ordinary lodgings, suitable (E1): counted. H2 (18) is in bed and breakfast, unsuitable (W2): not counted. 1 of 2 = 50%.',
    children: [
      { child: 'H1', dob: '15/03/2008', episodes: [{ start: '01/01/2022', end: '01/12/2024', place: 'U4', rec: 'E13' }], ssda903: { oc3: [oc3('H1', 2025, 'YES', 'F2', 'E1')] } },
      { ...oc3Leaver('H2', '01/06/2006', '01/06/2024'), ssda903: { oc3: [oc3('H2', 2025, 'YES', 'G5', 'W2')] } },
    ],
    month: '2025-03',
    expected: { numerator: 1, denominator: 2, value: 50, counted: ['H1'] },
  },
  {
    name: 'a 17th birthday on the first day of the year is in; a 19th on its last day is in the other figure',
    explanation: 'H3 turned 17 on 01/04/2024, the first day of 2024/25, and lives in semi-independent accommodation, suitable (D1): counted. H4 turned 19 on 31/03/2025, so is in the 19 to 21 figure. 1 of 1 = 100%.',
    children: [
      { child: 'H3', dob: '01/04/2007', episodes: [{ start: '01/01/2020', end: '01/03/2024', place: 'U4', rec: 'E13' }], ssda903: { oc3: [oc3('H3', 2025, 'YES', 'F2', 'D1')] } },
      { ...oc3Leaver('H4', '31/03/2006', '31/03/2024'), ssda903: { oc3: [oc3('H4', 2025, 'YES', 'F2', 'W2')] } },
    ],
    month: '2025-03',
    expected: { numerator: 1, denominator: 1, value: 100, counted: ['H3'] },
  },
  {
    name: 'a young person whose care another council took over is left out',
    explanation: 'H5’s care ended with REC E3 (taken over by another council): excluded, as DfE does. H6 (18) is in suitable accommodation (U1). 1 of 1 = 100%.',
    children: [
      { child: 'H5', dob: '01/06/2006', episodes: [{ start: '01/01/2019', end: '01/06/2023', place: 'U4', rec: 'E3' }], ssda903: { oc3: [oc3('H5', 2025, 'YES', 'F2', 'W2')] } },
      { ...oc3Leaver('H6', '01/06/2006', '01/06/2024'), ssda903: { oc3: [oc3('H6', 2025, 'YES', 'F2', 'U1')] } },
    ],
    month: '2025-03',
    expected: { numerator: 1, denominator: 1, value: 100, counted: ['H6'] },
  },
  WITHOUT_OC3,
];
