// Worked examples for adoption_a1_days: synthetic histories (no real child data) with hand-computed results.
import type { WorkedExample } from '../example-kit.ts';
import { allTablesBut } from '../shared/adoption-examples.ts';

export const examples: WorkedExample[] = [
  {
    name: 'the average over children adopted in the three years, rounded to whole days',
    explanation:
      'K1 entered care on 01/04/2023, got a placement order on 01/10/2023 and was placed for adoption (A6) on 01/04/2024: 366 days (2024 is a leap year). K2 entered on 10/01/2022 and was placed on 10/01/2023: 365 days. Both were adopted within 01/04/2023 to 31/03/2026. (366 + 365) / 2 = 365.5, rounded half away from zero to 366.',
    children: [
      {
        child: 'K1', dob: '01/01/2022',
        episodes: [
          { start: '01/04/2023', end: '01/10/2023', ls: 'C1', place: 'U6', rec: 'X1' },
          { start: '01/10/2023', end: '01/04/2024', rne: 'L', ls: 'E1', place: 'U6', rec: 'X1' },
          { start: '01/04/2024', end: '01/12/2024', rne: 'P', ls: 'E1', place: 'A6', rec: 'E11' },
        ],
      },
      {
        child: 'K2', dob: '01/06/2021',
        episodes: [
          { start: '10/01/2022', end: '10/01/2023', ls: 'E1', place: 'U6', rec: 'X1' },
          { start: '10/01/2023', end: '10/06/2023', rne: 'P', ls: 'E1', place: 'A6', rec: 'E12' },
        ],
      },
    ],
    month: '2026-03',
    expected: { numerator: 731, denominator: 2, value: 366, counted: ['K1', 'K2'] },
  },
  {
    name: 'only adoptions in the 36 months to the month end count',
    explanation:
      'For March 2026 the window is 01/04/2023 to 31/03/2026. L1 was adopted on 31/03/2023, the day before it starts, and L3 on 01/04/2026, after the month end: neither counts. L2 was adopted on 01/04/2023, the first day: entered care 01/01/2022, placed 01/07/2022, 181 days.',
    children: [
      { child: 'L1', dob: '01/01/2021', episodes: [{ start: '01/01/2021', end: '01/06/2022', ls: 'E1', rec: 'X1' }, { start: '01/06/2022', end: '31/03/2023', ls: 'E1', place: 'A6', rec: 'E11' }] },
      { child: 'L2', dob: '01/01/2021', episodes: [{ start: '01/01/2022', end: '01/07/2022', ls: 'E1', rec: 'X1' }, { start: '01/07/2022', end: '01/04/2023', ls: 'E1', place: 'A6', rec: 'E11' }] },
      { child: 'L3', dob: '01/01/2024', episodes: [{ start: '01/01/2024', end: '01/06/2025', ls: 'E1', rec: 'X1' }, { start: '01/06/2025', end: '01/04/2026', ls: 'E1', place: 'A6', rec: 'E11' }] },
    ],
    month: '2026-03',
    expected: { numerator: 181, denominator: 1, value: 181, counted: ['L2'] },
  },
  {
    name: 'short breaks at the start of the period of care are not time in care',
    explanation:
      'S1 had short breaks (legal status V3) from 01/01/2023, then went straight into full-time care (C2, U6) on 01/06/2023, joined by X1 into one period, was placed for adoption (A6) on 01/12/2023 and adopted on 01/06/2024. Short breaks are not being looked after, so S1 entered care on 01/06/2023: 183 days, not 334.',
    children: [
      {
        child: 'S1', dob: '01/01/2021',
        episodes: [
          { start: '01/01/2023', end: '01/06/2023', ls: 'V3', place: 'K2', rec: 'X1' },
          { start: '01/06/2023', end: '01/12/2023', ls: 'C2', place: 'U6', rec: 'X1' },
          { start: '01/12/2023', end: '01/06/2024', ls: 'E1', place: 'A6', rec: 'E11' },
        ],
      },
    ],
    month: '2026-03',
    expected: { numerator: 183, denominator: 1, value: 183, counted: ['S1'] },
  },
  {
    name: 'a child adopted with no placement for adoption recorded is listed but not averaged',
    explanation:
      'M1’s adoption (E11 on 01/09/2024) ends a foster placement (U4) with no placement for adoption recorded, so the day M1 moved in with the adopters is unknown: listed, not counted. M2 entered on 01/06/2023 and was placed (A4, with consent) on 01/02/2024: 245 days.',
    children: [
      { child: 'M1', dob: '01/01/2022', episodes: [{ start: '01/03/2023', end: '01/09/2024', ls: 'E1', place: 'U4', rec: 'E11' }] },
      { child: 'M2', dob: '01/01/2022', episodes: [{ start: '01/06/2023', end: '01/02/2024', ls: 'V2', place: 'U6', rec: 'X1' }, { start: '01/02/2024', end: '01/10/2024', ls: 'V2', place: 'A4', rec: 'E11' }] },
    ],
    month: '2026-03',
    expected: { numerator: 245, denominator: 1, value: 245, counted: ['M2'] },
  },
  {
    name: 'a foster-carer adoption counts to the placement for adoption, not the earlier foster placement',
    explanation:
      'N1 entered care on 01/05/2023, moved on 01/07/2023 to foster carers approved as adopters (U5), and the placement became a placement for adoption with the same carers (A5, reason T) on 01/03/2024. A1 counts to 01/03/2024: 305 days (adoption_a10_days counts to 01/07/2023 instead).',
    children: [
      {
        child: 'N1', dob: '01/02/2023',
        episodes: [
          { start: '01/05/2023', end: '01/07/2023', ls: 'C1', place: 'U6', rec: 'X1' },
          { start: '01/07/2023', end: '01/03/2024', rne: 'P', ls: 'E1', place: 'U5', rec: 'X1' },
          { start: '01/03/2024', end: '01/11/2024', rne: 'T', ls: 'E1', place: 'A5', rec: 'E11' },
        ],
      },
    ],
    month: '2026-03',
    expected: { numerator: 305, denominator: 1, value: 305, counted: ['N1'] },
  },
  {
    name: 'with no adoptions in the window there is no figure',
    explanation: 'O1 is in care and no child was adopted in the window: 0 children, so no average.',
    children: [{ child: 'O1', dob: '01/01/2020', episodes: [{ start: '01/01/2025' }] }],
    month: '2026-03',
    expected: { numerator: 0, denominator: 0, value: null, counted: [] },
  },
  {
    name: 'without the SSDA903 episodes the measure is unavailable',
    explanation: 'The council supplied no Episodes table, so the measure says so instead of showing a figure.',
    children: [],
    supplied: allTablesBut('ssda903.episodes'),
    month: '2026-03',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
  {
    name: 'a child whose care began before the data has no figure, not the days since their first episode in the data',
    explanation:
      'Only the 2025-26 return was supplied. M1’s first episode in it, from 01/04/2025, has reason for new episode P (a move): M1 was already in care, on a date the data do not hold, so M1 is left out (counting from 01/04/2025 would give 0 days, when M1 had waited much longer). M2 came into care on 01/05/2025 (RNE S) and was placed for adoption on 01/11/2025: 184 days.',
    children: [
      { child: 'M1', dob: '01/01/2022', episodes: [{ start: '01/04/2025', end: '01/12/2025', rne: 'P', ls: 'E1', place: 'A6', rec: 'E11' }] },
      {
        child: 'M2', dob: '01/01/2023',
        episodes: [{ start: '01/05/2025', end: '01/11/2025', ls: 'E1', place: 'U6', rec: 'X1' }, { start: '01/11/2025', end: '01/03/2026', rne: 'P', ls: 'E1', place: 'A6', rec: 'E11' }],
      },
    ],
    month: '2026-03',
    expected: { numerator: 184, denominator: 1, value: 184, counted: ['M2'] },
  },
];
