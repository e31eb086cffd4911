// Worked examples for oc3_in_touch_pct_19_21: synthetic histories (no real child data) with hand-computed results.
import type { WorkedExample } from '../example-kit.ts';
import { oc3, oc3Leaver, WITHOUT_OC3 } from '../shared/annual-examples.ts';

export const examples: WorkedExample[] = [
  {
    name: 'only YES is in touch; not in touch, refusing contact and no longer requiring services count against the council',
    explanation: 'For 2024/25, four care leavers aged 19 on 31/03/2025: M1 in touch (YES); M2 not in touch (NO); M3 refuses contact (REFU); M4 no longer requires services (NREQ). 1 of 4 = 25%.',
    children: [
      { ...oc3Leaver('M1', '01/06/2005', '01/06/2023'), ssda903: { oc3: [oc3('M1', 2025, 'YES', 'F2', 'U1')] } },
      { ...oc3Leaver('M2', '01/06/2005', '01/06/2023'), ssda903: { oc3: [oc3('M2', 2025, 'NO', '0', '0')] } },
      { ...oc3Leaver('M3', '01/06/2005', '01/06/2023'), ssda903: { oc3: [oc3('M3', 2025, 'REFU', '0', '0')] } },
      { ...oc3Leaver('M4', '01/06/2005', '01/06/2023'), ssda903: { oc3: [oc3('M4', 2025, 'NREQ', '0', '0')] } },
    ],
    month: '2025-03',
    expected: { numerator: 1, denominator: 4, value: 25, counted: ['M1'] },
  },
  {
    name: 'young people who died or returned home are left out, and those aged 17 to 18 or over 21 are in other figures',
    explanation:
      'N5 was 20 on 31/03/2025 and in touch: counted. N2 died after leaving care (DIED) and N3 returned home for 6 months or more (RHOM): DfE excludes both. N1 had their 17th birthday in the year, so is in the 17 to 18 figure, and N4 was 22: neither is in this one. 1 of 1 = 100%.',
    children: [
      { child: 'N1', dob: '15/03/2008', episodes: [{ start: '01/01/2022', end: '01/12/2024', place: 'U4', rec: 'E13' }], ssda903: { oc3: [oc3('N1', 2025, 'NO', '0', '0')] } },
      { ...oc3Leaver('N2', '01/06/2005', '01/06/2023'), ssda903: { oc3: [oc3('N2', 2025, 'DIED', '0', '0')] } },
      { ...oc3Leaver('N3', '01/06/2005', '01/06/2023'), ssda903: { oc3: [oc3('N3', 2025, 'RHOM', '0', '0')] } },
      { ...oc3Leaver('N4', '01/03/2003', '01/03/2021'), ssda903: { oc3: [oc3('N4', 2025, 'NO', '0', '0')] } },
      { ...oc3Leaver('N5', '01/06/2004', '01/06/2022'), ssda903: { oc3: [oc3('N5', 2025, 'YES', 'F5', 'U1')] } },
    ],
    month: '2025-03',
    expected: { numerator: 1, denominator: 1, value: 100, counted: ['N5'] },
  },
  {
    name: 'a young person whose care another council took over is left out',
    explanation:
      'T1’s care ended on 01/06/2022 with REC E3 (taken over by another council in the UK): DfE care-leaver figures exclude them, and the 903 expects no OC3 row for them (rule 1011), so the row saying not in touch does not count. T2 is in touch. 1 of 1 = 100%.',
    children: [
      { child: 'T1', dob: '01/06/2005', episodes: [{ start: '01/01/2019', end: '01/06/2022', place: 'U4', rec: 'E3' }], ssda903: { oc3: [oc3('T1', 2025, 'NO', '0', '0')] } },
      { ...oc3Leaver('T2', '01/06/2005', '01/06/2023'), ssda903: { oc3: [oc3('T2', 2025, 'YES', 'F2', 'U1')] } },
    ],
    month: '2025-03',
    expected: { numerator: 1, denominator: 1, value: 100, counted: ['T2'] },
  },
  {
    name: 'at any other month the figure is the one for the year to the previous 31 March',
    explanation:
      'At December 2025 the measure shows 2024/25. P1’s 2024/25 row says in touch (its 2023/24 row, not in touch, is another year’s). P2 has only a 2023/24 row: not in the 2024/25 cohort. 1 of 1 = 100%.',
    children: [
      { ...oc3Leaver('P1', '01/06/2005', '01/06/2023'), ssda903: { oc3: [oc3('P1', 2024, 'NO', '0', '0'), oc3('P1', 2025, 'YES', 'F2', 'U1')] } },
      { ...oc3Leaver('P2', '01/06/2005', '01/06/2023'), ssda903: { oc3: [oc3('P2', 2024, 'NO', '0', '0')] } },
    ],
    month: '2025-12',
    expected: { numerator: 1, denominator: 1, value: 100, counted: ['P1'] },
  },
  {
    name: 'a year whose return is not loaded is unavailable, not 0%',
    explanation: 'At April 2026 the year is 2025/26, but only 2024/25 OC3 rows are loaded: the measure says so.',
    children: [{ ...oc3Leaver('Q1', '01/06/2005', '01/06/2023'), ssda903: { oc3: [oc3('Q1', 2025, 'YES', 'F2', 'U1')] } }],
    month: '2026-04',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
  WITHOUT_OC3,
];
