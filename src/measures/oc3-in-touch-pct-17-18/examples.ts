// Worked examples for oc3_in_touch_pct_17_18: synthetic histories (no real child data) with hand-computed results.
import type { WorkedExample } from '../example-kit.ts';
import { oc3, oc3Leaver, WITHOUT_OC3 } from '../shared/annual-examples.ts';

export const examples: WorkedExample[] = [
  {
    name: 'young people aged 17 or 18 on 31 March are the cohort; only YES is in touch',
    explanation: 'For 2024/25: K1 turned 17 on 15/03/2025 and is in touch (YES): counted. K2 was 18 on 31/03/2025 and not in touch (NO): not counted. 1 of 2 = 50%.',
    children: [
      { child: 'K1', dob: '15/03/2008', episodes: [{ start: '01/01/2022', end: '01/12/2024', place: 'U4', rec: 'E13' }], ssda903: { oc3: [oc3('K1', 2025, 'YES', 'F2', 'E1')] } },
      { ...oc3Leaver('K2', '01/06/2006', '01/06/2024'), ssda903: { oc3: [oc3('K2', 2025, 'NO', '0', '0')] } },
    ],
    month: '2025-03',
    expected: { numerator: 1, denominator: 2, value: 50, counted: ['K1'] },
  },
  {
    name: 'refusing contact counts against the council; a young person aged 19 to 21 is in the other figure',
    explanation:
      'K3 (18 on 31/03/2025) refuses contact (REFU): in the denominator, not counted. K5 (17) is in touch: counted. K4 was 20 on 31/03/2025, so is in the 19 to 21 figure, not this one. 1 of 2 = 50%.',
    children: [
      { ...oc3Leaver('K3', '01/06/2006', '01/06/2024'), ssda903: { oc3: [oc3('K3', 2025, 'REFU', '0', '0')] } },
      { ...oc3Leaver('K4', '01/06/2004', '01/06/2022'), ssda903: { oc3: [oc3('K4', 2025, 'YES', 'F5', 'U1')] } },
      { child: 'K5', dob: '01/02/2008', episodes: [{ start: '01/01/2022', end: '01/12/2024', place: 'U4', rec: 'E13' }], ssda903: { oc3: [oc3('K5', 2025, 'YES', 'F2', 'E1')] } },
    ],
    month: '2025-03',
    expected: { numerator: 1, denominator: 2, value: 50, counted: ['K5'] },
  },
  {
    name: 'a young person who returned home is left out',
    explanation: 'K6 (18) returned home to a parent for 6 months or more (RHOM): DfE excludes them. K7 (18) is in touch. 1 of 1 = 100%.',
    children: [
      { ...oc3Leaver('K6', '01/06/2006', '01/06/2024'), ssda903: { oc3: [oc3('K6', 2025, 'RHOM', '0', '0')] } },
      { ...oc3Leaver('K7', '01/06/2006', '01/06/2024'), ssda903: { oc3: [oc3('K7', 2025, 'YES', 'F2', 'U1')] } },
    ],
    month: '2025-03',
    expected: { numerator: 1, denominator: 1, value: 100, counted: ['K7'] },
  },
  WITHOUT_OC3,
];
