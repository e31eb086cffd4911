// Worked examples for long_term_stability_pct: synthetic histories (no real child data) with hand-computed results.
import type { WorkedExample } from '../example-kit.ts';

export const examples: WorkedExample[] = [
  {
    name: 'two years in the same placement, counted to the day',
    explanation:
      'At 31/03/2026 the cohort needs care since 01/10/2023 or earlier and the placement since 01/04/2024 or earlier. A1 (in care since 2022) moved on 01/04/2024: exactly 2 years, counted. A2 moved on 02/04/2024: one day short. A3 has moved twice but the last move was in 2023. 2 ÷ 3 = 66.7%, published as 67.',
    children: [
      { child: 'A1', dob: '01/05/2014', episodes: [{ start: '01/01/2022', end: '01/04/2024', rec: 'X1', plPost: 'DM1 1AA' }, { start: '01/04/2024', rne: 'P', plPost: 'DM2 2BB' }] },
      { child: 'A2', dob: '01/05/2014', episodes: [{ start: '01/01/2022', end: '02/04/2024', rec: 'X1', plPost: 'DM1 1AA' }, { start: '02/04/2024', rne: 'P', plPost: 'DM2 2BB' }] },
      {
        child: 'A3', dob: '01/05/2014', episodes: [
          { start: '01/01/2022', end: '01/01/2023', rec: 'X1', plPost: 'DM1 1AA' },
          { start: '01/01/2023', end: '01/06/2023', rec: 'X1', rne: 'P', plPost: 'DM2 2BB' },
          { start: '01/06/2023', rne: 'P', plPost: 'DM3 3CC' },
        ],
      },
    ],
    month: '2026-03',
    expected: { numerator: 2, denominator: 3, value: 67, counted: ['A1', 'A3'] },
  },
  {
    name: 'the cohort is children under 16 in care for at least two and a half years',
    explanation:
      'B1 turned 16 on 31/03/2026: not in the cohort. B2 came into care on 02/10/2023, one day short of 2½ years. B3 came into care on 01/10/2023 and has not moved: in the cohort and counted. B4 is in care since 2020 but went home in 2024 and came back, so the current period began in 2025: not in the cohort. 1 ÷ 1 = 100%.',
    children: [
      { child: 'B1', dob: '31/03/2010', episodes: [{ start: '01/01/2020' }] },
      { child: 'B2', dob: '01/05/2014', episodes: [{ start: '02/10/2023' }] },
      { child: 'B3', dob: '01/05/2014', episodes: [{ start: '01/10/2023' }] },
      { child: 'B4', dob: '01/05/2014', episodes: [{ start: '01/01/2020', end: '01/06/2024', rec: 'E4A' }, { start: '01/01/2025', rne: 'S' }] },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 1, value: 100, counted: ['B3'] },
  },
  {
    name: 'a child placed for adoption with their foster carers counts the foster placement too',
    explanation:
      'C1 was fostered from 01/01/2023 (U5) and placed for adoption with the same carers on 01/01/2026 (A5), recorded as a new placement (RNE B): together over 2 years, counted. C2 was fostered from 01/01/2023 and placed for adoption with new adopters (A6) on 01/01/2026: the adoptive placement is under 2 years. C3’s change to A5 was recorded as the same carer (RNE U), so it is one placement since 2023: counted. 2 ÷ 3 = 66.7%, published as 67.',
    children: [
      { child: 'C1', dob: '01/05/2021', episodes: [{ start: '01/01/2023', end: '01/01/2026', rec: 'X1', ls: 'C2', place: 'U5', plPost: 'DM1 1AA' }, { start: '01/01/2026', rne: 'B', ls: 'E1', place: 'A5', plPost: 'DM1 1AA' }] },
      { child: 'C2', dob: '01/05/2021', episodes: [{ start: '01/01/2023', end: '01/01/2026', rec: 'X1', ls: 'C2', place: 'U6', plPost: 'DM1 1AA' }, { start: '01/01/2026', rne: 'B', ls: 'E1', place: 'A6', plPost: 'ZX1 1AA' }] },
      { child: 'C3', dob: '01/05/2021', episodes: [{ start: '01/01/2023', end: '01/01/2026', rec: 'X1', ls: 'C2', place: 'U5', plPost: 'DM1 1AA' }, { start: '01/01/2026', rne: 'U', ls: 'E1', place: 'A5', plPost: 'DM1 1AA' }] },
    ],
    month: '2026-03',
    expected: { numerator: 2, denominator: 3, value: 67, counted: ['C1', 'C3'] },
  },
  {
    name: 'a temporary placement does not restart the two years',
    explanation:
      'D1 has lived with the same foster carers since 01/01/2023, apart from a week in hospital (T1) in January 2026 after which D1 returned to them: still the same placement, counted. 1 ÷ 1 = 100%.',
    children: [
      {
        child: 'D1', dob: '01/05/2014', episodes: [
          { start: '01/01/2023', end: '10/01/2026', rec: 'X1', place: 'U4', plPost: 'DM1 1AA' },
          { start: '10/01/2026', end: '17/01/2026', rec: 'X1', rne: 'P', place: 'T1', provider: '' },
          { start: '17/01/2026', rne: 'P', place: 'U4', plPost: 'DM1 1AA' },
        ],
      },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 1, value: 100, counted: ['D1'] },
  },
  {
    name: 'a child whose care began before the data counts from their first episode in them',
    explanation:
      'Only the returns from 2023/24 were supplied. At 31/03/2026 the cohort needs care since 01/10/2023 and the placement since 01/04/2024. B1’s first episode in the data, from 01/09/2023, has reason L (a change of legal status with the same carer): care and placement began on that day or before, far enough back: counted. B2’s first episode, from 01/06/2024, also has reason L: in care since before the data, but whether for 2½ years cannot be told, so B2 is left out (the reason says so). B3 came into care on 01/05/2024 (RNE S): too short a time. 1 ÷ 1 = 100%.',
    children: [
      { child: 'B1', dob: '01/05/2014', episodes: [{ start: '01/09/2023', rne: 'L' }] },
      { child: 'B2', dob: '01/05/2014', episodes: [{ start: '01/06/2024', rne: 'L' }] },
      { child: 'B3', dob: '01/05/2014', episodes: [{ start: '01/05/2024' }] },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 1, value: 100, counted: ['B1'] },
  },
];
