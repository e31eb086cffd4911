// Worked examples for cla_outside_la_pct: synthetic histories (no real child data) with hand-computed results.
import type { LaConfig } from '../../config/la-config.ts';
import type { WorkedExample } from '../example-kit.ts';

// Fictional postcode areas ("DM" at home, "ZX" and "YQ" elsewhere), as in the synthetic council.
const config: LaConfig = {
  name: 'Exampleshire',
  laCode: 'E10000099',
  population: [{ year: 2025, children0to17: 20_000, source: 'ONS mid-2025 (example)' }],
  districts: [
    { id: 'N', name: 'North', postcodeDistricts: ['DM1', 'DM2'], teams: [{ id: 'T1', name: 'North children in care', service: 'children-in-care' }] },
    { id: 'S', name: 'South', postcodeDistricts: ['DM3'], teams: [{ id: 'T2', name: 'South children in care', service: 'children-in-care' }] },
  ],
  synthetic: true,
};

export const examples: WorkedExample[] = [
  {
    name: 'placements in the council’s postcode districts are inside; others are outside',
    explanation: 'O1 (DM1 4AB) and O2 (DM3 2CD) live inside the area; O3 (ZX1 5EF) and O4 (YQ3 1GH) outside. 2 ÷ 4 = 50%.',
    children: [
      { child: 'O1', dob: '01/05/2014', episodes: [{ start: '01/06/2025', plPost: 'DM1 4AB' }] },
      { child: 'O2', dob: '01/05/2014', episodes: [{ start: '01/06/2025', plPost: 'DM3 2CD' }] },
      { child: 'O3', dob: '01/05/2014', episodes: [{ start: '01/06/2025', place: 'K2', provider: 'PR4', plPost: 'ZX1 5EF' }] },
      { child: 'O4', dob: '01/05/2014', episodes: [{ start: '01/06/2025', place: 'K1', provider: 'PR2', plPost: 'YQ3 1GH' }] },
    ],
    config,
    month: '2026-03',
    expected: { numerator: 2, denominator: 4, value: 50, counted: ['O3', 'O4'] },
  },
  {
    name: 'a child with no placement postcode stays in the denominator as not known, neither inside nor outside',
    explanation:
      'P1 has a blank placement postcode and P2 an unreadable one ("UNKNOWN"): their location is not known, which DfE counts as a category of all children looked after, so both stay in the denominator, not counted as outside. P3 (dm2 7jj, written in lower case without changing its meaning) is inside; P4 (ZX2 9KL) outside. 1 ÷ 4 = 25%.',
    children: [
      { child: 'P1', dob: '01/05/2014', episodes: [{ start: '01/06/2025' }] },
      { child: 'P2', dob: '01/05/2014', episodes: [{ start: '01/06/2025', plPost: 'UNKNOWN' }] },
      { child: 'P3', dob: '01/05/2014', episodes: [{ start: '01/06/2025', plPost: 'dm2 7jj' }] },
      { child: 'P4', dob: '01/05/2014', episodes: [{ start: '01/06/2025', plPost: 'ZX2 9KL' }] },
    ],
    config,
    month: '2026-03',
    expected: { numerator: 1, denominator: 4, value: 25, counted: ['P4'] },
  },
  {
    name: 'a move out of area on the last day of the month counts',
    explanation:
      'Q1 moved from DM1 to a children’s home in ZX3 on 31/03/2026 (RNE P): outside at the end of the day. Q2 is in hospital (temporary placement T1, no postcode) from a foster home in DM2, so counts by the foster home: inside. 1 ÷ 2 = 50%.',
    children: [
      { child: 'Q1', dob: '01/05/2011', episodes: [{ start: '01/06/2025', end: '31/03/2026', rec: 'X1', plPost: 'DM1 1AA' }, { start: '31/03/2026', rne: 'P', place: 'K2', provider: 'PR4', plPost: 'ZX3 3CC' }] },
      { child: 'Q2', dob: '01/05/2011', episodes: [{ start: '01/06/2025', end: '29/03/2026', rec: 'X1', plPost: 'DM2 2BB' }, { start: '29/03/2026', rne: 'P', place: 'T1', provider: '' }] },
    ],
    config,
    month: '2026-03',
    expected: { numerator: 1, denominator: 2, value: 50, counted: ['Q1'] },
  },
  {
    name: 'without the council’s postcode districts the figure is unavailable',
    explanation: 'No la-config.json was given, so carestats cannot tell inside from outside and says what it needs.',
    children: [{ child: 'R1', dob: '01/05/2014', episodes: [{ start: '01/06/2025', plPost: 'DM1 4AB' }] }],
    month: '2026-03',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
];
