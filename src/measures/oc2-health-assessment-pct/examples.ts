// Worked examples for oc2_health_assessment_pct: synthetic histories (no real child data) with hand-computed results.
import type { WorkedExample } from '../example-kit.ts';
import { allTablesBut } from '../shared/adoption-examples.ts';
import { oc2 } from '../shared/annual-examples.ts';

const yes = { assessment: '1', teeth: '1', immunisations: '1' };
const no = { assessment: '0', teeth: '0', immunisations: '0' };

export const examples: WorkedExample[] = [
  {
    name: 'children looked after for 12 months at 31 March, with the OC2 health assessment flag',
    explanation:
      'For 2024/25: H1 entered care on 01/04/2024, exactly 12 months before 31/03/2025, and had an assessment (1): counted. H2 (in care since 2020) had none (0): not counted. H3 entered on 02/04/2024, short of 12 months: its OC2 row is listed but not counted (903 rule 190). 1 of 2 = 50%.',
    children: [
      { child: 'H1', dob: '01/01/2015', episodes: [{ start: '01/04/2024' }], ssda903: { oc2: [oc2('H1', 2025, yes)] } },
      { child: 'H2', dob: '01/01/2012', episodes: [{ start: '01/01/2020' }], ssda903: { oc2: [oc2('H2', 2025, no)] } },
      { child: 'H3', dob: '01/01/2015', episodes: [{ start: '02/04/2024' }], ssda903: { oc2: [oc2('H3', 2025, yes)] } },
    ],
    month: '2025-03',
    expected: { numerator: 1, denominator: 2, value: 50, counted: ['H1'] },
  },
  {
    name: 'at any other month the figure is the one for the year to the previous 31 March',
    explanation:
      'At October 2025 the measure shows 2024/25 (to 31/03/2025). J1 was in the cohort and assessed (2025 OC2 row): counted. J2 was in the cohort but has only a 2023/24 OC2 row: no row for 2024/25, counted as not met (903 rule 191). J3 entered on 01/05/2024 and had 12 months’ care by October 2025 but not by 31/03/2025: not in the cohort. 1 of 2 = 50%.',
    children: [
      { child: 'J1', dob: '01/01/2012', episodes: [{ start: '01/01/2019' }], ssda903: { oc2: [oc2('J1', 2025, yes)] } },
      { child: 'J2', dob: '01/01/2012', episodes: [{ start: '01/01/2019' }], ssda903: { oc2: [oc2('J2', 2024, yes)] } },
      { child: 'J3', dob: '01/01/2012', episodes: [{ start: '01/05/2024' }] },
    ],
    month: '2025-10',
    expected: { numerator: 1, denominator: 2, value: 50, counted: ['J1'] },
  },
  {
    name: 'short breaks, and leaving care on 31 March, take a child out of the cohort',
    explanation:
      'K1 has had only short breaks, under an agreement recorded since 2021 (legal status V4): never in the cohort, though the agreement is older than 12 months. K2 left care on 31/03/2025, so was not looked after at the end of that day: its OC2 row is listed but not counted. K3 (in care since 2021) was assessed: counted. 1 of 1 = 100%.',
    children: [
      { child: 'K1', dob: '01/01/2012', episodes: [{ start: '01/01/2021', ls: 'V4', place: 'K2' }], ssda903: { oc2: [oc2('K1', 2025, yes)] } },
      { child: 'K2', dob: '01/01/2012', episodes: [{ start: '01/01/2021', end: '31/03/2025', rec: 'E4A' }], ssda903: { oc2: [oc2('K2', 2025, yes)] } },
      { child: 'K3', dob: '01/01/2012', episodes: [{ start: '01/01/2021' }], ssda903: { oc2: [oc2('K3', 2025, yes)] } },
    ],
    month: '2025-03',
    expected: { numerator: 1, denominator: 1, value: 100, counted: ['K3'] },
  },
  {
    name: 'a year whose return is not loaded is unavailable, not 0%',
    explanation: 'At March 2026 the year is 2025/26, but only the 2024/25 OC2 rows are loaded: the measure says so instead of showing a figure.',
    children: [{ child: 'L1', dob: '01/01/2012', episodes: [{ start: '01/01/2019' }], ssda903: { oc2: [oc2('L1', 2025, yes)] } }],
    month: '2026-03',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
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
