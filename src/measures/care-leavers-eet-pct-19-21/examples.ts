// Worked examples for care_leavers_eet_pct_19_21: synthetic histories (no real child data) with hand-computed results.
import type { WorkedExample } from '../example-kit.ts';
import { careLeaver, WITHOUT_CARE_LEAVERS } from '../shared/care-leaver-examples.ts';

export const examples: WorkedExample[] = [
  {
    name: 'full- and part-time activity codes count; codes for not in education, employment or training do not',
    explanation:
      'Latest contacts in the window (01/01/2026 to 31/03/2026): X1 F5 (full-time training or employment) and X2 P1 (part-time higher education) are counted; X3 G5 (not in education, employment or training, other reason) is not. 2 of 3 = 67%.',
    children: [
      careLeaver('X1', '01/05/2006', '01/05/2024', [{ contact: '12/03/2026', activity: 'F5' }]),
      careLeaver('X2', '01/05/2005', '01/05/2023', [{ contact: '02/02/2026', activity: 'P1' }]),
      careLeaver('X3', '01/05/2004', '01/05/2022', [{ contact: '20/01/2026', activity: 'G5' }]),
    ],
    month: '2026-03',
    expected: { numerator: 2, denominator: 3, value: 67, counted: ['X1', 'X2'] },
  },
  {
    name: 'care leavers not in touch or with no activity recorded count against the council',
    explanation:
      'Y1’s latest contact (20/11/2025, full-time education F2) is older than three months, so their activity is unknown. Y2 has only an undated not-in-touch row. Y3 was contacted on 02/03/2026 but no activity was recorded (0). All three stay in the denominator as not met; Y4 (apprenticeship F4 on 16/02/2026) is counted. 1 of 4 = 25%.',
    children: [
      careLeaver('Y1', '10/10/2005', '10/10/2023', [{ contact: '20/11/2025', activity: 'F2' }]),
      careLeaver('Y2', '10/10/2005', '10/10/2023', [{ contact: null, inTouch: 'NO', activity: '', accommodation: '', suitable: '' }]),
      careLeaver('Y3', '10/10/2005', '10/10/2023', [{ contact: '02/03/2026', activity: '0' }]),
      careLeaver('Y4', '10/10/2005', '10/10/2023', [{ contact: '16/02/2026', activity: 'F4' }]),
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 4, value: 25, counted: ['Y4'] },
  },
  {
    name: 'the latest contact in the window decides, and 21-year-olds are in the band until their 22nd birthday',
    explanation:
      'Z1 is 21 on 31/03/2026 (22 on 01/04/2026). Their contact on 10/01/2026 said G4 (illness) but the later one on 25/03/2026 says F2 (education): the latest is used, so counted. Z2 turned 22 on 15/03/2026 and is out of the band. 1 of 1 = 100%.',
    children: [
      careLeaver('Z1', '01/04/2004', '01/04/2022', [{ contact: '10/01/2026', activity: 'G4' }, { contact: '25/03/2026', activity: 'F2' }]),
      careLeaver('Z2', '15/03/2004', '15/03/2022', [{ contact: '25/03/2026', activity: 'F2' }]),
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 1, value: 100, counted: ['Z1'] },
  },
  {
    name: 'without the care leavers table the measure is unavailable',
    explanation: 'The council supplied no ssd_care_leavers rows, so the measure says so instead of showing 0%.',
    children: [careLeaver('X9', '01/05/2006', '01/05/2024', [])],
    supplied: WITHOUT_CARE_LEAVERS,
    month: '2026-03',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
];
