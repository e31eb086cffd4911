// Worked examples for sgo_12m: synthetic histories (no real child data) with hand-computed results.
import type { WorkedExample } from '../example-kit.ts';
import { allTablesBut } from '../shared/adoption-examples.ts';

export const examples: WorkedExample[] = [
  {
    name: 'every special guardianship code counts; a child arrangements order and an adoption do not',
    explanation:
      'In 01/04/2025 to 31/03/2026: C1 left care under a special guardianship order to their former foster carer, a relative (E45), C2 to other former foster carers (E46), C3 to a relative who was not their foster carer (E47) and C4 to another carer (E48): all counted. C5 left under a child arrangements order (E41) and C6 was adopted (E11): not counted. 4 orders.',
    children: [
      { child: 'C1', dob: '01/01/2018', episodes: [{ start: '01/01/2023', end: '01/05/2025', place: 'U1', rec: 'E45' }] },
      { child: 'C2', dob: '01/01/2018', episodes: [{ start: '01/01/2023', end: '01/06/2025', place: 'U4', rec: 'E46' }] },
      { child: 'C3', dob: '01/01/2018', episodes: [{ start: '01/01/2023', end: '01/07/2025', place: 'U6', rec: 'E47' }] },
      { child: 'C4', dob: '01/01/2018', episodes: [{ start: '01/01/2023', end: '01/08/2025', place: 'U6', rec: 'E48' }] },
      { child: 'C5', dob: '01/01/2018', episodes: [{ start: '01/01/2023', end: '01/09/2025', place: 'U6', rec: 'E41' }] },
      { child: 'C6', dob: '01/01/2022', episodes: [{ start: '01/01/2023', end: '01/10/2025', ls: 'E1', place: 'A6', rec: 'E11' }] },
    ],
    month: '2026-03',
    expected: { numerator: 4, denominator: null, value: 4, counted: ['C1', 'C2', 'C3', 'C4'] },
  },
  {
    name: 'the codes used before 2018/19 count too',
    explanation: 'Returns to 2017/18 used E43 (to former foster carers) and E44 (to other carers). In the 12 months to 31/03/2018, D1 (E43 on 15/06/2017) and D2 (E44 on 02/02/2018) are counted. 2 orders.',
    children: [
      { child: 'D1', dob: '01/01/2010', episodes: [{ start: '01/01/2015', end: '15/06/2017', place: 'U1', rec: 'E43' }] },
      { child: 'D2', dob: '01/01/2010', episodes: [{ start: '01/01/2015', end: '02/02/2018', place: 'U3', rec: 'E44' }] },
    ],
    month: '2018-03',
    expected: { numerator: 2, denominator: null, value: 2, counted: ['D1', 'D2'] },
  },
  {
    name: 'orders before the 12 months, or after the month end, do not count',
    explanation: 'For February 2026 the window is 01/03/2025 to 28/02/2026. E1’s order on 28/02/2025 is the day before it; E2’s on 01/03/2026 is after the month end; E3’s on 28/02/2026 is counted. 1 order.',
    children: [
      { child: 'E1', dob: '01/01/2018', episodes: [{ start: '01/01/2023', end: '28/02/2025', place: 'U1', rec: 'E45' }] },
      { child: 'E2', dob: '01/01/2018', episodes: [{ start: '01/01/2023', end: '01/03/2026', place: 'U1', rec: 'E45' }] },
      { child: 'E3', dob: '01/01/2018', episodes: [{ start: '01/01/2023', end: '28/02/2026', place: 'U1', rec: 'E47' }] },
    ],
    month: '2026-02',
    expected: { numerator: 1, denominator: null, value: 1, counted: ['E3'] },
  },
  {
    name: 'without the SSDA903 episodes the measure is unavailable',
    explanation: 'The council supplied no Episodes table, so the measure says so instead of showing 0.',
    children: [],
    supplied: allTablesBut('ssda903.episodes'),
    month: '2026-03',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
];
