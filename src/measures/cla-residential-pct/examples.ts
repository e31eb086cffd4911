// Worked examples for cla_residential_pct: synthetic histories (no real child data) with hand-computed results.
import type { WorkedExample } from '../example-kit.ts';

export const examples: WorkedExample[] = [
  {
    name: 'secure and ordinary children’s homes, care homes and residential schools count',
    explanation: 'R1 is in a secure children’s home (K1), R2 a children’s home (K2), R3 a residential care home (R1), R4 a residential school (S1); R5 is fostered (U6). 4 ÷ 5 = 80%.',
    children: [
      { child: 'R1', dob: '01/05/2011', episodes: [{ start: '01/06/2025', place: 'K1', provider: 'PR2' }] },
      { child: 'R2', dob: '01/05/2011', episodes: [{ start: '01/06/2025', place: 'K2', provider: 'PR4' }] },
      { child: 'R3', dob: '01/05/2011', episodes: [{ start: '01/06/2025', place: 'R1', provider: 'PR4' }] },
      { child: 'R4', dob: '01/05/2011', episodes: [{ start: '01/06/2025', place: 'S1', provider: 'PR5' }] },
      { child: 'R5', dob: '01/05/2011', episodes: [{ start: '01/06/2025', place: 'U6' }] },
    ],
    month: '2026-03',
    expected: { numerator: 4, denominator: 5, value: 80, counted: ['R1', 'R2', 'R3', 'R4'] },
  },
  {
    name: 'supported accommodation is not residential care, in either its old or new code',
    explanation:
      'S1 moved into supported accommodation in 2024 under the old code H5; S2 moved in 2025 under its successor K3. Neither is residential care. S3 is in a children’s home. 1 ÷ 3 = 33.3%, published as 33.',
    children: [
      { child: 'S1', dob: '01/09/2008', episodes: [{ start: '01/02/2024', place: 'H5', provider: 'PR4' }] },
      { child: 'S2', dob: '01/09/2008', episodes: [{ start: '01/06/2025', place: 'K3', provider: 'PR4' }] },
      { child: 'S3', dob: '01/09/2010', episodes: [{ start: '01/06/2025', place: 'K2', provider: 'PR4' }] },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 3, value: 33, counted: ['S3'] },
  },
  {
    name: 'a child in hospital from a children’s home counts as in residential care',
    explanation:
      'T1 lives in a children’s home (K2) and has been in hospital (T1, a temporary placement) since 25/03/2026. A temporary placement is not a placement of its own, so the children’s home counts. T2 in a young offender institution (R5) is not residential care. 1 ÷ 2 = 50%.',
    children: [
      {
        child: 'T1', dob: '01/05/2011', episodes: [
          { start: '01/06/2025', end: '25/03/2026', rec: 'X1', place: 'K2', provider: 'PR4', plPost: 'DM2 2BB', urn: 'SC111111' },
          { start: '25/03/2026', rne: 'P', place: 'T1', provider: '' },
        ],
      },
      { child: 'T2', dob: '01/05/2009', episodes: [{ start: '01/06/2025', ls: 'J1', place: 'R5', provider: 'PR3' }] },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 2, value: 50, counted: ['T1'] },
  },
];
