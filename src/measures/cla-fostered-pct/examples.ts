// Worked examples for cla_fostered_pct: synthetic histories (no real child data) with hand-computed results.
import type { WorkedExample } from '../example-kit.ts';

export const examples: WorkedExample[] = [
  {
    name: 'foster placements with relatives and with other carers both count',
    explanation: 'F1 is with a relative foster carer (U3), F2 with another foster carer long term (U4); F3 is in a children’s home (K2) and F4 placed for adoption (A6). 2 ÷ 4 = 50%.',
    children: [
      { child: 'F1', dob: '01/05/2016', episodes: [{ start: '01/06/2025', place: 'U3' }] },
      { child: 'F2', dob: '01/05/2012', episodes: [{ start: '01/06/2023', place: 'U4' }] },
      { child: 'F3', dob: '01/05/2010', episodes: [{ start: '01/06/2025', place: 'K2', provider: 'PR4' }] },
      { child: 'F4', dob: '01/05/2023', episodes: [{ start: '01/06/2024', ls: 'E1', place: 'A6' }] },
    ],
    month: '2026-03',
    expected: { numerator: 2, denominator: 4, value: 50, counted: ['F1', 'F2'] },
  },
  {
    name: 'a child away in a temporary placement at the month end is counted by their foster placement',
    explanation:
      'G1 lives with foster carers (U6) and went to respite while the carers are on holiday (T3) on 28/03/2026, returning in April. A temporary placement is not a placement of its own, so G1 counts as fostered. G2 is in a residential school (S1). 1 ÷ 2 = 50%.',
    children: [
      {
        child: 'G1', dob: '01/05/2014', episodes: [
          { start: '01/06/2025', end: '28/03/2026', rec: 'X1', place: 'U6', plPost: 'DM1 1AA' },
          { start: '28/03/2026', end: '08/04/2026', rec: 'X1', rne: 'P', place: 'T3', provider: '' },
          { start: '08/04/2026', rne: 'P', place: 'U6', plPost: 'DM1 1AA' },
        ],
      },
      { child: 'G2', dob: '01/05/2012', episodes: [{ start: '01/06/2025', place: 'S1' }] },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 2, value: 50, counted: ['G1'] },
  },
  {
    name: 'a foster child who becomes placed for adoption with the same carers is no longer counted as fostered',
    explanation:
      'H1 was fostered (U5, carers approved as adopters) and a placement order made them placed for adoption with the same carers on 10/03/2026 (RNE U, placement A5): at 31 March H1 is placed for adoption. H2 is fostered. 1 ÷ 2 = 50%.',
    children: [
      { child: 'H1', dob: '01/05/2024', episodes: [{ start: '01/06/2024', end: '10/03/2026', rec: 'X1', place: 'U5' }, { start: '10/03/2026', rne: 'U', ls: 'E1', place: 'A5' }] },
      { child: 'H2', dob: '01/05/2020', episodes: [{ start: '01/06/2024', place: 'U6' }] },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 2, value: 50, counted: ['H2'] },
  },
  {
    name: 'a month end whose temporary moves may have begun before the earliest return has no figure',
    explanation:
      'The returns supplied begin on 01/04/2025. H1 went into hospital (T1) on 24/03/2025 from foster carers, and is still there on 30/04/2025; the foster placement ended when the move began, in the return before, so the data cannot say what H1’s usual placement is, and H1 would be counted by the hospital stay as not fostered. A temporary move may last 6 weeks, so the figure at 30/04/2025 needs the returns from 01/03/2025: no figure.',
    children: [{ child: 'H1', dob: '01/05/2014', episodes: [{ start: '24/03/2025', end: '02/05/2025', rec: 'X1', rne: 'P', place: 'T1', provider: '' }, { start: '02/05/2025', rne: 'P', place: 'U6' }] }],
    returnsBegin: '01/04/2025',
    month: '2025-04',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
];
