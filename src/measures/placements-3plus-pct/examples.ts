// Worked examples for placements_3plus_pct: synthetic histories (no real child data) with hand-computed results.
import type { WorkedExample } from '../example-kit.ts';

export const examples: WorkedExample[] = [
  {
    name: 'three placements in the 12 months count; the placement in force when the 12 months began is one of them',
    explanation:
      'The 12 months to 31/03/2026 run from 01/04/2025. A1 was placed on 01/01/2025 and moved on 01/06/2025 and 01/01/2026 (RNE P): 3 placements in the window. A2 moved once in the window (placed 01/01/2024, moved 01/09/2025): 2 placements. 1 ÷ 2 = 50%.',
    children: [
      {
        child: 'A1', dob: '01/05/2012', episodes: [
          { start: '01/01/2025', end: '01/06/2025', rec: 'X1', plPost: 'DM1 1AA' },
          { start: '01/06/2025', end: '01/01/2026', rec: 'X1', rne: 'P', plPost: 'DM2 2BB' },
          { start: '01/01/2026', rne: 'P', place: 'K2', provider: 'PR4', plPost: 'ZX1 3CC' },
        ],
      },
      {
        child: 'A2', dob: '01/05/2012', episodes: [
          { start: '01/01/2024', end: '01/09/2025', rec: 'X1', plPost: 'DM1 1AA' },
          { start: '01/09/2025', rne: 'P', plPost: 'DM2 2BB' },
        ],
      },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 2, value: 50, counted: ['A1'] },
  },
  {
    name: 'changes of legal status, same-carer changes and temporary placements are not moves',
    explanation:
      'B1 has five episodes in the 12 months but one placement: an interim care order became a full care order (RNE L), short-term foster care became long-term with the same carers (RNE T, U6 to U4), and a respite stay while the carers were on holiday (T3) ended with a return to the same carers. B2 moved twice (RNE P and B): 3 placements. 1 ÷ 2 = 50%.',
    children: [
      {
        child: 'B1', dob: '01/05/2014', episodes: [
          { start: '01/05/2025', end: '01/07/2025', rec: 'X1', ls: 'C1', place: 'U6', plPost: 'DM1 1AA' },
          { start: '01/07/2025', end: '01/10/2025', rec: 'X1', rne: 'L', ls: 'C2', place: 'U6', plPost: 'DM1 1AA' },
          { start: '01/10/2025', end: '01/12/2025', rec: 'X1', rne: 'T', place: 'U4', plPost: 'DM1 1AA' },
          { start: '01/12/2025', end: '14/12/2025', rec: 'X1', rne: 'P', place: 'T3', provider: '' },
          { start: '14/12/2025', rne: 'P', place: 'U4', plPost: 'DM1 1AA' },
        ],
      },
      {
        child: 'B2', dob: '01/05/2014', episodes: [
          { start: '01/05/2025', end: '01/07/2025', rec: 'X1', ls: 'C1', plPost: 'DM1 1AA' },
          { start: '01/07/2025', end: '01/10/2025', rec: 'X1', rne: 'P', ls: 'C1', plPost: 'DM3 3CC' },
          { start: '01/10/2025', rne: 'B', ls: 'C2', plPost: 'DM5 5EE' },
        ],
      },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 2, value: 50, counted: ['B2'] },
  },
  {
    name: 'placements in an earlier period of care within the 12 months count',
    explanation:
      'C1 was in care from 01/05/2025 (one placement), went home on 01/08/2025, and came back on 01/11/2025 (a new period of care is a new placement), then moved on 01/02/2026: 3 placements in the 12 months.',
    children: [
      {
        child: 'C1', dob: '01/05/2010', episodes: [
          { start: '01/05/2025', end: '01/08/2025', rec: 'E4A', plPost: 'DM1 1AA' },
          { start: '01/11/2025', end: '01/02/2026', rec: 'X1', rne: 'S', plPost: 'DM1 1AA' },
          { start: '01/02/2026', rne: 'P', plPost: 'DM2 2BB' },
        ],
      },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 1, value: 100, counted: ['C1'] },
  },
  {
    name: 'a move on the first day of the 12 months counts; one the day before does not',
    explanation:
      'D1 moved on 01/04/2025, the first day of the 12 months to 31/03/2026, and again on 01/02/2026: the placement left on 01/04/2025 was in force that day, so 3 placements. D2 moved on 31/03/2025, the day before the window, and on 01/02/2026: 2 placements. 1 ÷ 2 = 50%.',
    children: [
      {
        child: 'D1', dob: '01/05/2010', episodes: [
          { start: '01/01/2025', end: '01/04/2025', rec: 'X1', plPost: 'DM1 1AA' },
          { start: '01/04/2025', end: '01/02/2026', rec: 'X1', rne: 'P', plPost: 'DM2 2BB' },
          { start: '01/02/2026', rne: 'P', plPost: 'DM3 3CC' },
        ],
      },
      {
        child: 'D2', dob: '01/05/2010', episodes: [
          { start: '01/01/2025', end: '31/03/2025', rec: 'X1', plPost: 'DM1 1AA' },
          { start: '31/03/2025', end: '01/02/2026', rec: 'X1', rne: 'P', plPost: 'DM2 2BB' },
          { start: '01/02/2026', rne: 'P', plPost: 'DM3 3CC' },
        ],
      },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 2, value: 50, counted: ['D1'] },
  },
  {
    name: 'a child on a short break is not in the cohort',
    explanation: 'E1 is on an agreed series of short breaks (V3) with many stays: not a child looked after for this figure. E2 has had one placement: 0 ÷ 1 = 0%.',
    children: [
      {
        child: 'E1', dob: '01/05/2012', episodes: [
          { start: '01/01/2026', end: '03/01/2026', ls: 'V3', place: 'K2', rec: 'E13' },
          { start: '01/02/2026', end: '03/02/2026', rne: 'S', ls: 'V3', place: 'K2', rec: 'E13' },
          { start: '01/03/2026', end: '03/03/2026', rne: 'S', ls: 'V3', place: 'K2', rec: 'E13' },
          { start: '30/03/2026', end: '02/04/2026', rne: 'S', ls: 'V3', place: 'K2', rec: 'E13' },
        ],
      },
      { child: 'E2', dob: '01/05/2012', episodes: [{ start: '01/06/2024' }] },
    ],
    month: '2026-03',
    expected: { numerator: 0, denominator: 1, value: 0, counted: [] },
  },
];
