// Worked examples for adoptions_12m: synthetic histories (no real child data) with hand-computed results.
import type { WorkedExample } from '../example-kit.ts';
import { allTablesBut } from '../shared/adoption-examples.ts';

export const examples: WorkedExample[] = [
  {
    name: 'adoptions on the first and last days of the 12 months count; the day before does not',
    explanation:
      'For March 2026 the window is 01/04/2025 to 31/03/2026. A1 was adopted (E11) on 01/04/2025 and A2 (E12) on 31/03/2026: both counted. A3 was adopted on 31/03/2025, the day before the window: not counted. 2 adoptions.',
    children: [
      { child: 'A1', dob: '01/01/2022', episodes: [{ start: '01/01/2023', end: '01/04/2025', ls: 'E1', place: 'A6', rec: 'E11' }] },
      { child: 'A2', dob: '01/01/2022', episodes: [{ start: '01/01/2023', end: '31/03/2026', ls: 'E1', place: 'A6', rec: 'E12' }] },
      { child: 'A3', dob: '01/01/2022', episodes: [{ start: '01/01/2023', end: '31/03/2025', ls: 'E1', place: 'A6', rec: 'E11' }] },
    ],
    month: '2026-03',
    expected: { numerator: 2, denominator: null, value: 2, counted: ['A1', 'A2'] },
  },
  {
    name: 'other ways of leaving care, and changes of placement, are not adoptions',
    explanation:
      'B1 left care under a special guardianship order (E45) and B2 went home (E4A). B3 moved from foster care to a placement for adoption (episode ended X1): a new episode, not an adoption; B3 is still looked after. 0 adoptions.',
    children: [
      { child: 'B1', dob: '01/01/2020', episodes: [{ start: '01/01/2023', end: '01/09/2025', ls: 'C2', place: 'U1', rec: 'E45' }] },
      { child: 'B2', dob: '01/01/2020', episodes: [{ start: '01/01/2023', end: '01/10/2025', ls: 'C1', rec: 'E4A' }] },
      { child: 'B3', dob: '01/01/2023', episodes: [{ start: '01/01/2024', end: '01/11/2025', ls: 'E1', rec: 'X1' }, { start: '01/11/2025', rne: 'P', ls: 'E1', place: 'A6' }] },
    ],
    month: '2026-03',
    expected: { numerator: 0, denominator: null, value: 0, counted: [] },
  },
  {
    name: 'the window moves with the month',
    explanation: 'A1 (adopted 01/04/2025) is in the 12 months to 31/03/2026 but not in the 12 months to 30/04/2026 (01/05/2025 to 30/04/2026); A2 (31/03/2026) is in both. 1 adoption at April 2026.',
    children: [
      { child: 'A1', dob: '01/01/2022', episodes: [{ start: '01/01/2023', end: '01/04/2025', ls: 'E1', place: 'A6', rec: 'E11' }] },
      { child: 'A2', dob: '01/01/2022', episodes: [{ start: '01/01/2023', end: '31/03/2026', ls: 'E1', place: 'A6', rec: 'E12' }] },
    ],
    month: '2026-04',
    expected: { numerator: 1, denominator: null, value: 1, counted: ['A2'] },
  },
  {
    name: 'the 12 months to a February month end are whole months, even after a leap year',
    explanation:
      'The 12 months to 28/02/2025 run from 01/03/2024 (not from 29/02/2024, the day after "the same date a year before"). C1 was adopted on 29/02/2024, in the 12 months to 29/02/2024 but not in these: not counted, so no adoption is counted in two February figures. C2, adopted on 01/03/2024, is counted. 1 adoption at February 2025.',
    children: [
      { child: 'C1', dob: '01/01/2021', episodes: [{ start: '01/01/2022', end: '29/02/2024', ls: 'E1', place: 'A6', rec: 'E11' }] },
      { child: 'C2', dob: '01/01/2021', episodes: [{ start: '01/01/2022', end: '01/03/2024', ls: 'E1', place: 'A6', rec: 'E11' }] },
    ],
    month: '2025-02',
    expected: { numerator: 1, denominator: null, value: 1, counted: ['C2'] },
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
