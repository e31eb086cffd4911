// Worked examples for care_leavers_in_touch_pct_17_18: synthetic histories (no real child data) with hand-computed results.
import type { WorkedExample } from '../example-kit.ts';
import { careLeaver, leaverRecord, WITHOUT_CARE_LEAVERS } from '../shared/care-leaver-examples.ts';

export const examples: WorkedExample[] = [
  {
    name: 'a 17-year-old still looked after is not yet a care leaver',
    explanation:
      'A1 (17) is still in care at 31/03/2026, so is left out even though a care-leaver row says Relevant. A2 (17) left care on 10/01/2026 and was contacted on 01/02/2026: in touch. 1 of 1 = 100%.',
    children: [
      { child: 'A1', dob: '10/10/2008', episodes: [{ start: '01/01/2022' }], ssd: { careLeavers: [leaverRecord('A1', { contact: '01/03/2026', eligibility: 'Relevant' })] } },
      careLeaver('A2', '10/10/2008', '10/01/2026', [{ contact: '01/02/2026', eligibility: 'Relevant' }], 'E13'),
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 1, value: 100, counted: ['A2'] },
  },
  {
    name: 'an 18-year-old whose episode was left open after the birthday is a care leaver',
    explanation:
      'B1 turned 18 on 05/02/2026 but the extract still shows their episode open: looked-after status ends at 18, so B1 is a care leaver, contacted on 20/02/2026, in touch. B2 left care on their 18th birthday and was last contacted on 15/10/2025, before the window (01/01/2026 to 31/03/2026): not in touch. 1 of 2 = 50%.',
    children: [
      { child: 'B1', dob: '05/02/2008', episodes: [{ start: '01/01/2020', place: 'U4' }], ssd: { careLeavers: [leaverRecord('B1', { contact: '20/02/2026' })] } },
      careLeaver('B2', '05/02/2008', '05/02/2026', [{ contact: '15/10/2025' }]),
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 2, value: 50, counted: ['B1'] },
  },
  {
    name: 'an undated not-in-touch row counts as no contact; a contact on the month end counts',
    explanation:
      'C1’s only row is an undated not-in-touch row: not in touch. C2 was contacted on 31/03/2026, the last day of the month: in touch. 1 of 2 = 50%.',
    children: [
      careLeaver('C1', '01/06/2008', '01/12/2025', [{ contact: null, inTouch: 'NO', activity: '', accommodation: '', suitable: '', eligibility: 'Relevant' }], 'E13'),
      careLeaver('C2', '01/06/2007', '01/06/2025', [{ contact: '31/03/2026' }]),
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 2, value: 50, counted: ['C2'] },
  },
  {
    name: 'without the care leavers table the measure is unavailable',
    explanation: 'The council supplied no ssd_care_leavers rows, so the measure says so instead of showing 0%.',
    children: [careLeaver('C9', '01/06/2007', '01/06/2025', [])],
    supplied: WITHOUT_CARE_LEAVERS,
    month: '2026-03',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
];
