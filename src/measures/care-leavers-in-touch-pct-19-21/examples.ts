// Worked examples for care_leavers_in_touch_pct_19_21: synthetic histories (no real child data) with hand-computed results.
import type { WorkedExample } from '../example-kit.ts';
import { careLeaver, died, WITHOUT_CARE_LEAVERS } from '../shared/care-leaver-examples.ts';

export const examples: WorkedExample[] = [
  {
    name: 'a contact in the last three months counts; an older one does not',
    explanation:
      'At 31/03/2026 the window is 01/01/2026 to 31/03/2026. T1 (19) was last contacted on 10/02/2026 and is in touch. T2 (20) was last contacted on 28/12/2025, before the window, so counts as not in touch. 1 of 2 = 50%.',
    children: [
      careLeaver('T1', '12/06/2006', '12/06/2024', [{ contact: '10/02/2026' }]),
      careLeaver('T2', '03/09/2005', '03/09/2023', [{ contact: '28/12/2025' }]),
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 2, value: 50, counted: ['T1'] },
  },
  {
    name: 'a young person with no dated contact counts as not in touch',
    explanation:
      'U1’s only row says not in touch and, as the SSD specifies, has no contact date: no contact in the window, so not in touch but still in the denominator. U2 has an undated refusal row and a contact on 05/01/2026: undated rows cannot be placed in time, so the dated contact decides and U2 is in touch. 1 of 2 = 50%.',
    children: [
      careLeaver('U1', '15/05/2005', '15/05/2023', [{ contact: null, inTouch: 'NO', activity: '', accommodation: '', suitable: '' }]),
      careLeaver('U2', '15/05/2005', '15/05/2023', [{ contact: '05/01/2026' }, { contact: null, inTouch: 'REFU', activity: '', accommodation: '', suitable: '' }]),
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 2, value: 50, counted: ['U2'] },
  },
  {
    name: 'age on the last day of the month decides the age band',
    explanation:
      'V1 turns 19 on 31/03/2026 and is in the band; contacted that day, in touch. V2 is still 18 on 31/03/2026 (19 on 01/04/2026) and V3 turns 22 on 31/03/2026: both outside the band, so not in the cohort. 1 of 1 = 100%.',
    children: [
      careLeaver('V1', '31/03/2007', '31/03/2025', [{ contact: '31/03/2026' }]),
      careLeaver('V2', '01/04/2007', '01/04/2025', [{ contact: '15/03/2026' }]),
      careLeaver('V3', '31/03/2004', '31/03/2022', [{ contact: '15/03/2026' }]),
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 1, value: 100, counted: ['V1'] },
  },
  {
    name: 'young people who died, returned home, or are not relevant or former relevant are left out',
    explanation:
      'W1 died on 01/02/2026 (SSD person record) and W2’s latest contact records a return home for six months or more (RHOM): DfE excludes both. W3 is recorded only as Qualifying, not a care leaver for this measure. W4 is in touch. 1 of 1 = 100%.',
    children: [
      died(careLeaver('W1', '20/07/2005', '20/07/2023', [{ contact: '10/01/2026' }]), '01/02/2026'),
      careLeaver('W2', '20/07/2005', '20/07/2023', [{ contact: '15/03/2026', inTouch: 'RHOM', activity: '0', accommodation: '', suitable: '' }]),
      careLeaver('W3', '20/07/2005', '20/07/2023', [{ contact: '15/03/2026', eligibility: 'Qualifying' }]),
      careLeaver('W4', '20/07/2005', '20/07/2023', [{ contact: '15/03/2026' }]),
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 1, value: 100, counted: ['W4'] },
  },
  {
    name: 'an undated row saying died or returned home leaves the young person out, as does care that was all short breaks',
    explanation:
      'The SSD leaves the contact date blank when the council is not in touch, so D1’s row saying they died (DIED) and D2’s saying they returned home (RHOM) have no date: each is taken as the young person’s status now, and DfE excludes both, even though D1 was contacted on 10/06/2025. D4 is recorded as Former Relevant but was only ever on short breaks (legal status V3), which never makes a care leaver. D3 was contacted on 15/03/2026 and is in touch. 1 of 1 = 100%.',
    children: [
      careLeaver('D1', '20/07/2005', '20/07/2023', [{ contact: '10/06/2025' }, { contact: null, inTouch: 'DIED', activity: '0', accommodation: '0', suitable: '' }]),
      careLeaver('D2', '20/07/2005', '20/07/2023', [{ contact: null, inTouch: 'RHOM', activity: '0', accommodation: '0', suitable: '' }]),
      careLeaver('D3', '20/07/2005', '20/07/2023', [{ contact: '15/03/2026' }]),
      { ...careLeaver('D4', '20/07/2005', '19/07/2023', [{ contact: '01/03/2026' }], 'E13'), episodes: [{ start: '01/01/2021', end: '19/07/2023', ls: 'V3', place: 'K2', rec: 'E13' }] },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 1, value: 100, counted: ['D3'] },
  },
  {
    name: 'a care leaver who left care before the earliest return supplied is counted, with a contact or without',
    explanation:
      'The returns supplied begin on 01/04/2025. Y1 (20) and Y2 (21) left care before then: no return holds an episode of theirs, and they are in the returns only through the care-leaver information of a birthday, so they had left care by the month end. Y1 was contacted on 10/02/2026 and is in touch; Y2’s only row says not in touch and has no contact date, so Y2 counts as not in touch (not left out for want of a dated contact, which would leave out just the young people the council has lost touch with). Y3 (19) left care on 15/05/2025 and is in touch. 2 of 3 = 67%.',
    children: [
      { child: 'Y1', dob: '12/06/2005', episodes: [], ssd: careLeaver('Y1', '12/06/2005', '12/06/2023', [{ contact: '10/02/2026' }]).ssd },
      { child: 'Y2', dob: '03/09/2004', episodes: [], ssd: careLeaver('Y2', '03/09/2004', '03/09/2022', [{ contact: null, inTouch: 'NO', activity: '', accommodation: '', suitable: '' }]).ssd },
      careLeaver('Y3', '15/05/2006', '15/05/2025', [{ contact: '15/03/2026' }]),
    ],
    returnsBegin: '01/04/2025',
    month: '2026-03',
    expected: { numerator: 2, denominator: 3, value: 67, counted: ['Y1', 'Y3'] },
  },
  {
    name: 'a month whose 12 months begin before the earliest return supplied has no figure',
    explanation:
      'The returns supplied begin on 01/04/2025. At 28/02/2026 the young people aged 19 to 21 had their latest birthday from 01/03/2025 on: one who left care years before and turned 21 in March 2025 is in the 2024-25 return only, through its care-leaver information, and not in these data at all. The figure would count only those whose birthday fell from April, so there is none: the 2024-25 return is needed.',
    children: [
      { child: 'Z1', dob: '12/06/2005', episodes: [], ssd: careLeaver('Z1', '12/06/2005', '12/06/2023', [{ contact: '10/02/2026' }]).ssd },
    ],
    returnsBegin: '01/04/2025',
    month: '2026-02',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
  {
    name: 'without the care leavers table the measure is unavailable',
    explanation: 'The council supplied no ssd_care_leavers rows, so the measure says so instead of showing 0%.',
    children: [careLeaver('X1', '12/06/2006', '12/06/2024', [])],
    supplied: WITHOUT_CARE_LEAVERS,
    month: '2026-03',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
];
