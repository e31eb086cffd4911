// Worked examples for adoption_a3_pct: synthetic histories (no real child data) with hand-computed results.
import type { WorkedExample } from '../example-kit.ts';
import { allTablesBut } from '../shared/adoption-examples.ts';

export const examples: WorkedExample[] = [
  {
    name: 'placed the day before 14 calendar months is counted; placed on that day is not',
    explanation:
      'Both entered care on 01/01/2024; 14 months later is 01/03/2025. T1 was placed for adoption on 28/02/2025 (424 days): counted. T2 was placed on 01/03/2025 (425 days), exactly 14 months: not less than 14 months, not counted. 1 of 2 = 50%.',
    children: [
      { child: 'T1', dob: '01/06/2023', episodes: [{ start: '01/01/2024', end: '28/02/2025', ls: 'E1', rec: 'X1' }, { start: '28/02/2025', end: '01/10/2025', rne: 'P', ls: 'E1', place: 'A6', rec: 'E11' }] },
      { child: 'T2', dob: '01/06/2023', episodes: [{ start: '01/01/2024', end: '01/03/2025', ls: 'E1', rec: 'X1' }, { start: '01/03/2025', end: '01/10/2025', rne: 'P', ls: 'E1', place: 'A6', rec: 'E11' }] },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 2, value: 50, counted: ['T1'] },
  },
  {
    name: '14 months is counted in calendar months, which can be more than 426 days',
    explanation:
      'T3 entered on 01/07/2024 and was placed on 31/08/2025: 426 days, but before 01/09/2025 (14 months), so counted. T4 entered on 01/12/2023 and was placed on 31/01/2025: 427 days, before 01/02/2025, so counted. A rule of "fewer than 426 days" would count neither: the DfE day conversion is not verified. 2 of 2 = 100%.',
    children: [
      { child: 'T3', dob: '01/06/2023', episodes: [{ start: '01/07/2024', end: '31/08/2025', ls: 'E1', rec: 'X1' }, { start: '31/08/2025', end: '01/03/2026', rne: 'P', ls: 'E1', place: 'A6', rec: 'E11' }] },
      { child: 'T4', dob: '01/06/2023', episodes: [{ start: '01/12/2023', end: '31/01/2025', ls: 'E1', rec: 'X1' }, { start: '31/01/2025', end: '01/09/2025', rne: 'P', ls: 'E1', place: 'A6', rec: 'E11' }] },
    ],
    month: '2026-03',
    expected: { numerator: 2, denominator: 2, value: 100, counted: ['T3', 'T4'] },
  },
  {
    name: 'a child adopted with no placement for adoption recorded is left out; the rest round to whole percentages',
    explanation:
      'U1 was adopted from a foster placement with no placement for adoption recorded: listed, not counted. Of U2 (placed 200 days after entering care), U3 (300 days) and U4 (placed 01/06/2025, 17 months after entering on 01/01/2024), two waited less than 14 months: 2 of 3 = 66.7%, published as 67%.',
    children: [
      { child: 'U1', dob: '01/01/2023', episodes: [{ start: '01/03/2023', end: '01/09/2024', ls: 'E1', place: 'U4', rec: 'E11' }] },
      { child: 'U2', dob: '01/01/2023', episodes: [{ start: '01/03/2023', end: '17/09/2023', ls: 'E1', rec: 'X1' }, { start: '17/09/2023', end: '01/05/2024', rne: 'P', ls: 'E1', place: 'A6', rec: 'E11' }] },
      { child: 'U3', dob: '01/01/2023', episodes: [{ start: '01/03/2023', end: '26/12/2023', ls: 'E1', rec: 'X1' }, { start: '26/12/2023', end: '01/08/2024', rne: 'P', ls: 'E1', place: 'A6', rec: 'E11' }] },
      { child: 'U4', dob: '01/01/2023', episodes: [{ start: '01/01/2024', end: '01/06/2025', ls: 'E1', rec: 'X1' }, { start: '01/06/2025', end: '01/01/2026', rne: 'P', ls: 'E1', place: 'A6', rec: 'E11' }] },
    ],
    month: '2026-03',
    expected: { numerator: 2, denominator: 3, value: 67, counted: ['U2', 'U3'] },
  },
  {
    name: 'without the SSDA903 episodes the measure is unavailable',
    explanation: 'The council supplied no Episodes table, so the measure says so instead of showing a figure.',
    children: [],
    supplied: allTablesBut('ssda903.episodes'),
    month: '2026-03',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
];
