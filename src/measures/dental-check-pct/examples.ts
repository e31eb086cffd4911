// Worked examples for dental_check_pct: synthetic histories (no real child data) with hand-computed results.
import { ALL_TABLES, type WorkedExample } from '../example-kit.ts';
import { healthCheck } from '../shared/example-records.ts';

const longCare = [{ start: '01/01/2020' }];

export const examples: WorkedExample[] = [
  {
    name: 'a dental check in the last 12 months counts; one a year ago to the day does not',
    explanation:
      'At 31/03/2026 the last 12 months run from 01/04/2025. A’s check on 01/04/2025 counts; B’s on 31/03/2025 is just outside. C had a health assessment but no dental check. 1 of 3 = 33%.',
    children: [
      { child: 'A', dob: '01/05/2015', episodes: longCare, ssd: { health: [healthCheck('Dental Check', '01/04/2025')] } },
      { child: 'B', dob: '01/05/2015', episodes: longCare, ssd: { health: [healthCheck('Dental Check', '31/03/2025')] } },
      { child: 'C', dob: '01/05/2015', episodes: longCare, ssd: { health: [healthCheck('Health Assessment', '01/03/2026')] } },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 3, value: 33, counted: ['A'] },
  },
  {
    name: 'under-5s have the same 12 months for a dental check, and planned or cancelled checks do not count',
    explanation:
      'D is 3; the 6-month rule is for health assessments only, so D’s dental check on 15/08/2025 counts. E’s check on 20/03/2026 was cancelled and F’s on 30/04/2026 is only planned (after the month end). 1 of 3 = 33%.',
    children: [
      { child: 'D', dob: '01/06/2022', episodes: [{ start: '01/01/2024' }], ssd: { health: [healthCheck('Dental Check', '15/08/2025')] } },
      { child: 'E', dob: '01/06/2016', episodes: longCare, ssd: { health: [healthCheck('Dental Check', '20/03/2026', 'Cancelled')] } },
      { child: 'F', dob: '01/06/2016', episodes: longCare, ssd: { health: [healthCheck('Dental Check', '30/04/2026', 'Planned')] } },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 3, value: 33, counted: ['D'] },
  },
  {
    name: 'children in care for less than 12 months are not in the cohort, so an empty cohort has no figure',
    explanation: 'G came into care on 02/04/2025, one day short of 12 months at 31/03/2026, so the cohort is empty: 0 of 0 and no percentage.',
    children: [{ child: 'G', dob: '01/05/2014', episodes: [{ start: '02/04/2025' }], ssd: { health: [healthCheck('Dental Check', '20/04/2025')] } }],
    month: '2026-03',
    expected: { numerator: 0, denominator: 0, value: null, counted: [] },
  },
  {
    name: 'without the SSD health table the measure is unavailable',
    explanation: 'No ssd_cla_health rows were supplied, so there is no record of dental checks: the measure says so rather than showing 0%.',
    children: [{ child: 'H', dob: '01/05/2014', episodes: longCare }],
    supplied: ALL_TABLES.filter((t) => t !== 'ssd.health'),
    month: '2026-03',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
];
