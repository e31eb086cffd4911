// Worked examples for oc3_suitable_accommodation_pct_19_21: synthetic histories (no real child data) with hand-computed results.
import type { WorkedExample } from '../example-kit.ts';
import { oc3, oc3Leaver, WITHOUT_OC3 } from '../shared/annual-examples.ts';

export const examples: WorkedExample[] = [
  {
    name: 'accommodation codes ending 1 are suitable; ending 2, or no information, are not',
    explanation: 'For 2024/25, three care leavers aged 19: U1 lives independently, suitable (U1): counted. U2 is in bed and breakfast, unsuitable (W2), and U3 has no information (0): not counted. 1 of 3 = 33.3%, published as 33%.',
    children: [
      { ...oc3Leaver('U1', '01/06/2005', '01/06/2023'), ssda903: { oc3: [oc3('U1', 2025, 'YES', 'F2', 'U1')] } },
      { ...oc3Leaver('U2', '01/06/2005', '01/06/2023'), ssda903: { oc3: [oc3('U2', 2025, 'YES', 'G5', 'W2')] } },
      { ...oc3Leaver('U3', '01/06/2005', '01/06/2023'), ssda903: { oc3: [oc3('U3', 2025, 'NO', '0', '0')] } },
    ],
    month: '2025-03',
    expected: { numerator: 1, denominator: 3, value: 33, counted: ['U1'] },
  },
  {
    name: 'ages 19 to 21 on 31 March are in; a young person returned home is out',
    explanation:
      'V1 turned 21 on 31/03/2025, the last day of the year, and V2 turned 19 on 01/04/2024, the first day: both are in the band and both are with former foster carers or in supported lodgings, suitable: counted. V3 returned home for 6 months or more (RHOM): excluded. 2 of 2 = 100%.',
    children: [
      { ...oc3Leaver('V1', '31/03/2004', '31/03/2022'), ssda903: { oc3: [oc3('V1', 2025, 'YES', 'F5', 'Z1')] } },
      { ...oc3Leaver('V2', '01/04/2005', '01/04/2023'), ssda903: { oc3: [oc3('V2', 2025, 'YES', 'F2', 'E1')] } },
      { ...oc3Leaver('V3', '01/06/2005', '01/06/2023'), ssda903: { oc3: [oc3('V3', 2025, 'RHOM', '0', '0')] } },
    ],
    month: '2025-03',
    expected: { numerator: 2, denominator: 2, value: 100, counted: ['V1', 'V2'] },
  },
  {
    name: 'at September the figure is the one for the year to the previous 31 March',
    explanation: 'At September 2025 the measure shows 2024/25 (to 31/03/2025): W1’s row for that year is unsuitable (D2): 0 of 1 = 0%.',
    children: [{ ...oc3Leaver('W1', '01/06/2005', '01/06/2023'), ssda903: { oc3: [oc3('W1', 2025, 'YES', 'F2', 'D2')] } }],
    month: '2025-09',
    expected: { numerator: 0, denominator: 1, value: 0, counted: [] },
  },
  WITHOUT_OC3,
];
