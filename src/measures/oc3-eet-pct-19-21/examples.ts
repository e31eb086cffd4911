// Worked examples for oc3_eet_pct_19_21: synthetic histories (no real child data) with hand-computed results.
import type { WorkedExample } from '../example-kit.ts';
import { oc3, oc3Leaver, WITHOUT_OC3 } from '../shared/annual-examples.ts';

export const examples: WorkedExample[] = [
  {
    name: 'full- and part-time education, training and employment count; the rest do not',
    explanation: 'For 2024/25: R1 (19) in full-time other education (F2) and R2 (20) in part-time training or employment (P5) are counted; R3 (21) is not in education, employment or training (G5) and R4 (19) has no activity information (0, not in touch). 2 of 4 = 50%.',
    children: [
      { ...oc3Leaver('R1', '01/06/2005', '01/06/2023'), ssda903: { oc3: [oc3('R1', 2025, 'YES', 'F2', 'U1')] } },
      { ...oc3Leaver('R2', '01/06/2004', '01/06/2022'), ssda903: { oc3: [oc3('R2', 2025, 'YES', 'P5', 'U1')] } },
      { ...oc3Leaver('R3', '01/06/2003', '01/06/2021'), ssda903: { oc3: [oc3('R3', 2025, 'YES', 'G5', 'D1')] } },
      { ...oc3Leaver('R4', '01/06/2005', '01/06/2023'), ssda903: { oc3: [oc3('R4', 2025, 'NO', '0', '0')] } },
    ],
    month: '2025-03',
    expected: { numerator: 2, denominator: 4, value: 50, counted: ['R1', 'R2'] },
  },
  {
    name: 'the training and employment codes used to 2020/21 count',
    explanation: 'For 2019/20: S1 (19) in full-time training or employment under the old code F3 is counted; S2 (19) is not in education, employment or training because of illness (G4). 1 of 2 = 50%.',
    children: [
      { ...oc3Leaver('S1', '01/06/2000', '01/06/2018'), ssda903: { oc3: [oc3('S1', 2020, 'YES', 'F3', 'U1')] } },
      { ...oc3Leaver('S2', '01/06/2000', '01/06/2018'), ssda903: { oc3: [oc3('S2', 2020, 'YES', 'G4', 'U1')] } },
    ],
    month: '2020-03',
    expected: { numerator: 1, denominator: 2, value: 50, counted: ['S1'] },
  },
  {
    name: 'young people who died are left out, and a cohort left empty has no figure',
    explanation: 'T1, the only care leaver aged 19 to 21 in the 2024/25 OC3 table, died after leaving care (DIED): excluded, so 0 of 0 and no percentage.',
    children: [{ ...oc3Leaver('T1', '01/06/2005', '01/06/2023'), ssda903: { oc3: [oc3('T1', 2025, 'DIED', '0', '0')] } }],
    month: '2025-03',
    expected: { numerator: 0, denominator: 0, value: null, counted: [] },
  },
  WITHOUT_OC3,
];
