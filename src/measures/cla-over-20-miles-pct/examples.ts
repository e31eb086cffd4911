// Worked examples for cla_over_20_miles_pct: synthetic histories (no real child data) with hand-computed results.
import type { WorkedExample } from '../example-kit.ts';

export const examples: WorkedExample[] = [
  {
    name: 'postcodes alone do not give a distance, so the figure is unavailable',
    explanation:
      'D1’s home is DM1 4AB and placement ZX1 5EF. Carestats has no location for either postcode, so it cannot tell whether they are more than 20 miles apart and shows the measure as unavailable instead of guessing.',
    children: [{ child: 'D1', dob: '01/05/2014', episodes: [{ start: '01/06/2025', homePost: 'DM1 4AB', plPost: 'ZX1 5EF' }] }],
    month: '2026-03',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
  {
    name: 'a child placed at home is not shown as 0 miles either',
    explanation: 'E1 is placed with parents (P1) at the home postcode. Even so no figure is shown: a partial figure would mislead.',
    children: [{ child: 'E1', dob: '01/05/2014', episodes: [{ start: '01/06/2025', place: 'P1', provider: 'PR0', homePost: 'DM2 1AA', plPost: 'DM2 1AA' }] }],
    month: '2026-03',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
  {
    name: 'the figure is unavailable whatever tables are supplied',
    explanation: 'Every SSDA903 and SSD table carestats reads was supplied, and none of them holds a distance it reads.',
    children: [
      { child: 'F1', dob: '01/05/2010', episodes: [{ start: '01/06/2025', place: 'K2', provider: 'PR4', homePost: 'DM3 1AA', plPost: 'YQ3 2BB' }] },
      { child: 'F2', dob: '01/05/2010', episodes: [{ start: '01/06/2025', ls: 'V2' }] },
    ],
    month: '2025-09',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
];
