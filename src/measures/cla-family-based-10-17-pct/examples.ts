// Worked examples for cla_family_based_10_17_pct: synthetic histories (no real child data) with hand-computed results.
import type { WorkedExample } from '../example-kit.ts';

export const examples: WorkedExample[] = [
  {
    name: 'foster care and adoptive placements count; children’s homes and supported accommodation do not',
    explanation:
      'All four are aged 10 to 17 at 31/03/2026. A1 is fostered (U4), A2 placed for adoption (A4), A3 in a children’s home (K2), A4 in supported accommodation (K3). 2 ÷ 4 = 50%.',
    children: [
      { child: 'A1', dob: '01/05/2012', episodes: [{ start: '01/06/2024', place: 'U4' }] },
      { child: 'A2', dob: '01/05/2015', episodes: [{ start: '01/06/2024', ls: 'E1', place: 'A4' }] },
      { child: 'A3', dob: '01/05/2011', episodes: [{ start: '01/06/2024', place: 'K2', provider: 'PR4' }] },
      { child: 'A4', dob: '01/05/2009', episodes: [{ start: '01/06/2025', place: 'K3', provider: 'PR4' }] },
    ],
    month: '2026-03',
    expected: { numerator: 2, denominator: 4, value: 50, counted: ['A1', 'A2'] },
  },
  {
    name: 'age is taken on the last day of the month',
    explanation:
      'B1 turns 10 on 31/03/2026, so is in the cohort at the end of March; B2 turns 10 on 01/04/2026 and is not yet. B3 is 17. B1 is fostered, B3 is in a children’s home: 1 ÷ 2 = 50%.',
    children: [
      { child: 'B1', dob: '31/03/2016', episodes: [{ start: '01/06/2024', place: 'U6' }] },
      { child: 'B2', dob: '01/04/2016', episodes: [{ start: '01/06/2024', place: 'U6' }] },
      { child: 'B3', dob: '01/04/2008', episodes: [{ start: '01/06/2024', place: 'K2', provider: 'PR4' }] },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 2, value: 50, counted: ['B1'] },
  },
  {
    name: 'an 18-year-old still recorded in foster care is not in the cohort',
    explanation:
      'C1 turned 18 on 15/03/2026 and stayed with the foster carers, but the episode has not been closed: looked-after status ends at 18, so C1 is not counted. C2 (aged 14, fostered) is the whole cohort: 1 ÷ 1 = 100%.',
    children: [
      { child: 'C1', dob: '15/03/2008', episodes: [{ start: '01/06/2020', place: 'U4' }] },
      { child: 'C2', dob: '01/05/2011', episodes: [{ start: '01/06/2024', place: 'U6' }] },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 1, value: 100, counted: ['C2'] },
  },
  {
    name: 'with no child aged 10 to 17 there is no percentage',
    explanation: 'D1 is 5: nobody is in the cohort, so 0 of 0 and no value.',
    children: [{ child: 'D1', dob: '01/05/2020', episodes: [{ start: '01/06/2024', place: 'U6' }] }],
    month: '2026-03',
    expected: { numerator: 0, denominator: 0, value: null, counted: [] },
  },
  {
    name: 'a child away in a temporary placement at the month end is counted by the placement they return to',
    explanation:
      'E1 (aged 12) lives with foster carers (U4) and has been in respite while the carers are on holiday (T3) since 28/03/2026: counted as in a family. E2 (aged 14) lives in a children’s home (K2) and has been in hospital (T1) since 30/03/2026: the children’s home counts, not in a family. 1 ÷ 2 = 50%.',
    children: [
      {
        child: 'E1', dob: '01/05/2013', episodes: [
          { start: '01/06/2025', end: '28/03/2026', rec: 'X1', place: 'U4' },
          { start: '28/03/2026', rne: 'P', place: 'T3', provider: '' },
        ],
      },
      {
        child: 'E2', dob: '01/05/2011', episodes: [
          { start: '01/06/2025', end: '30/03/2026', rec: 'X1', place: 'K2', provider: 'PR4' },
          { start: '30/03/2026', rne: 'P', place: 'T1', provider: '' },
        ],
      },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 2, value: 50, counted: ['E1'] },
  },
];
