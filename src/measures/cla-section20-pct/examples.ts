// Worked examples for cla_section20_pct: synthetic histories (no real child data) with hand-computed results.
import type { WorkedExample } from '../example-kit.ts';

export const examples: WorkedExample[] = [
  {
    name: 'one of four children looked after is accommodated under section 20',
    explanation: 'S1 has legal status V2; S2 (full care order C2), S3 (interim care order C1) and S4 (placement order E1) do not. 1 ÷ 4 = 25%.',
    children: [
      { child: 'S1', dob: '01/05/2012', episodes: [{ start: '01/02/2026', ls: 'V2' }] },
      { child: 'S2', dob: '01/05/2012', episodes: [{ start: '01/02/2025', ls: 'C2' }] },
      { child: 'S3', dob: '01/05/2020', episodes: [{ start: '01/02/2026', ls: 'C1' }] },
      { child: 'S4', dob: '01/05/2022', episodes: [{ start: '01/02/2025', ls: 'E1', place: 'A6' }] },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 4, value: 25, counted: ['S1'] },
  },
  {
    name: 'the legal status at the month end counts, not the one the child started with',
    explanation:
      'T1 came into care under section 20 (V2) and an interim care order (C1) was made on 15/03/2026 (a change of legal status only, RNE L), so at 31 March T1 is not section 20. T2 is V2 throughout. 1 ÷ 2 = 50%.',
    children: [
      { child: 'T1', dob: '01/05/2014', episodes: [{ start: '01/01/2026', end: '15/03/2026', ls: 'V2', rec: 'X1' }, { start: '15/03/2026', rne: 'L', ls: 'C1' }] },
      { child: 'T2', dob: '01/05/2014', episodes: [{ start: '01/01/2026', ls: 'V2' }] },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 2, value: 50, counted: ['T2'] },
  },
  {
    name: 'short breaks are left out of both the numerator and the denominator',
    explanation:
      'U1 is on an agreed series of short breaks (V3): not a child looked after for this figure, though also accommodated under section 20. U2 (V2) and U3 (C2) are in the cohort: 1 ÷ 2 = 50%.',
    children: [
      { child: 'U1', dob: '01/05/2014', episodes: [{ start: '28/03/2026', end: '02/04/2026', ls: 'V3', place: 'K2', rec: 'E13' }] },
      { child: 'U2', dob: '01/05/2014', episodes: [{ start: '01/01/2026', ls: 'V2' }] },
      { child: 'U3', dob: '01/05/2014', episodes: [{ start: '01/01/2026', ls: 'C2' }] },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 2, value: 50, counted: ['U2'] },
  },
  {
    name: 'with nobody looked after there is no percentage',
    explanation: 'The only child left care before the month: the cohort is empty, so the figure is 0 of 0 with no value rather than 0%.',
    children: [{ child: 'W1', dob: '01/05/2014', episodes: [{ start: '01/01/2025', end: '01/02/2025', ls: 'V2', rec: 'E4A' }] }],
    month: '2026-03',
    expected: { numerator: 0, denominator: 0, value: null, counted: [] },
  },
];
