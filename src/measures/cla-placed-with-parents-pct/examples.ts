// Worked examples for cla_placed_with_parents_pct: synthetic histories (no real child data) with hand-computed results.
import type { WorkedExample } from '../example-kit.ts';

export const examples: WorkedExample[] = [
  {
    name: 'one of three children looked after is placed with parents',
    explanation: 'P1 child A1 lives at home under a care order; A2 is fostered (U6) and A3 is in a children’s home (K2). 1 ÷ 3 = 33.3%, published as 33.',
    children: [
      { child: 'A1', dob: '01/05/2016', episodes: [{ start: '01/06/2025', place: 'P1', provider: 'PR0' }] },
      { child: 'A2', dob: '01/05/2016', episodes: [{ start: '01/06/2025', place: 'U6' }] },
      { child: 'A3', dob: '01/05/2010', episodes: [{ start: '01/06/2025', place: 'K2' }] },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 3, value: 33, counted: ['A1'] },
  },
  {
    name: 'a move home during the month counts from the day of the move',
    explanation:
      'B1 was fostered and moved home to parents on 31/03/2026 (new episode, RNE P, placement P1): placed with parents at the end of 31 March. B2 went home on the same day but left care (E4A), so is not looked after. 1 ÷ 1 = 100%.',
    children: [
      { child: 'B1', dob: '01/05/2016', episodes: [{ start: '01/06/2025', end: '31/03/2026', rec: 'X1' }, { start: '31/03/2026', rne: 'P', place: 'P1', provider: 'PR0' }] },
      { child: 'B2', dob: '01/05/2016', episodes: [{ start: '01/06/2025', end: '31/03/2026', rec: 'E4A' }] },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 1, value: 100, counted: ['B1'] },
  },
  {
    name: 'short breaks and young people aged 18 are not in the cohort',
    explanation:
      'C1 is on a short break (V3) and C2 turned 18 on 10/03/2026 with the episode still open: neither is a child looked after. C3 is placed with parents and C4 fostered: 1 ÷ 2 = 50%.',
    children: [
      { child: 'C1', dob: '01/05/2016', episodes: [{ start: '30/03/2026', end: '03/04/2026', ls: 'V3', place: 'K2', rec: 'E13' }] },
      { child: 'C2', dob: '10/03/2008', episodes: [{ start: '01/06/2022', place: 'P1', provider: 'PR0' }] },
      { child: 'C3', dob: '01/05/2016', episodes: [{ start: '01/06/2025', place: 'P1', provider: 'PR0' }] },
      { child: 'C4', dob: '01/05/2016', episodes: [{ start: '01/06/2025', place: 'U4' }] },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 2, value: 50, counted: ['C3'] },
  },
  {
    name: 'a child placed with parents who is in hospital at the month end is counted by the placement at home',
    explanation:
      'D1 lives at home with parents under a care order (P1) and has been in hospital (T1, a temporary placement) since 25/03/2026. A temporary placement is not a placement of its own, so D1 counts as placed with parents. D2 is fostered (U4). 1 ÷ 2 = 50%.',
    children: [
      {
        child: 'D1', dob: '01/05/2016', episodes: [
          { start: '01/06/2025', end: '25/03/2026', rec: 'X1', place: 'P1', provider: 'PR0' },
          { start: '25/03/2026', rne: 'P', place: 'T1', provider: '' },
        ],
      },
      { child: 'D2', dob: '01/05/2016', episodes: [{ start: '01/06/2025', place: 'U4' }] },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 2, value: 50, counted: ['D1'] },
  },
];
