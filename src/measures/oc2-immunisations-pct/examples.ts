// Worked examples for oc2_immunisations_pct: synthetic histories (no real child data) with hand-computed results.
import type { WorkedExample } from '../example-kit.ts';
import { allTablesBut } from '../shared/adoption-examples.ts';
import { oc2 } from '../shared/annual-examples.ts';

export const examples: WorkedExample[] = [
  {
    name: 'immunisations up to date are counted; not up to date are not',
    explanation: 'For 2024/25: G1 and G2 (in care since 2021) are up to date (IMMUNISATIONS 1); G3 is not (0). 2 of 3 = 66.7%, published as 67%.',
    children: [
      { child: 'G1', dob: '01/01/2016', episodes: [{ start: '01/01/2021' }], ssda903: { oc2: [oc2('G1', 2025, { assessment: '1', teeth: '1', immunisations: '1' })] } },
      { child: 'G2', dob: '01/01/2016', episodes: [{ start: '01/01/2021' }], ssda903: { oc2: [oc2('G2', 2025, { assessment: '0', teeth: '0', immunisations: '1' })] } },
      { child: 'G3', dob: '01/01/2016', episodes: [{ start: '01/01/2021' }], ssda903: { oc2: [oc2('G3', 2025, { assessment: '1', teeth: '1', immunisations: '0' })] } },
    ],
    month: '2025-03',
    expected: { numerator: 2, denominator: 3, value: 67, counted: ['G1', 'G2'] },
  },
  {
    name: 'a young person who turned 18 before 31 March is not in the cohort',
    explanation: 'H1 turned 18 on 15/02/2025 with their episode still open in the extract: looked-after status ends at 18, so not in the 31/03/2025 cohort. H2 is up to date: 1 of 1 = 100%.',
    children: [
      { child: 'H1', dob: '15/02/2007', episodes: [{ start: '01/01/2020', place: 'U4' }], ssda903: { oc2: [oc2('H1', 2025, { assessment: '1', teeth: '1', immunisations: '0' })] } },
      { child: 'H2', dob: '01/01/2016', episodes: [{ start: '01/01/2021' }], ssda903: { oc2: [oc2('H2', 2025, { assessment: '1', teeth: '1', immunisations: '1' })] } },
    ],
    month: '2025-03',
    expected: { numerator: 1, denominator: 1, value: 100, counted: ['H2'] },
  },
  {
    name: 'a child in the cohort with no OC2 row counts as not up to date',
    explanation: 'J1 has been looked after since 2020 but the 2024/25 return has no OC2 row for them (903 rule 191): not met. J2 is up to date. 1 of 2 = 50%.',
    children: [
      { child: 'J1', dob: '01/01/2016', episodes: [{ start: '01/01/2020' }] },
      { child: 'J2', dob: '01/01/2016', episodes: [{ start: '01/01/2020' }], ssda903: { oc2: [oc2('J2', 2025, { assessment: '1', teeth: '1', immunisations: '1' })] } },
    ],
    month: '2025-03',
    expected: { numerator: 1, denominator: 2, value: 50, counted: ['J2'] },
  },
  {
    name: 'without the OC2 table the measure is unavailable',
    explanation: 'The council supplied no OC2 table, so the measure says so instead of showing 0%.',
    children: [],
    supplied: allTablesBut('ssda903.oc2'),
    month: '2025-03',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
];
