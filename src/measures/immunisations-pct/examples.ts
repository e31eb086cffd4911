// Worked examples for immunisations_pct: synthetic histories (no real child data) with hand-computed results.
import { ALL_TABLES, type WorkedExample } from '../example-kit.ts';
import { immunisation } from '../shared/example-records.ts';

const longCare = [{ start: '01/01/2020' }];

export const examples: WorkedExample[] = [
  {
    name: 'the latest status on or before the month end decides',
    explanation:
      'A was up to date on 01/05/2025: counted. B was up to date on 01/05/2025 but recorded not up to date on 01/02/2026, the latest status. C’s status after the month end (01/04/2026) is ignored; the one before it, on 01/06/2025, said not up to date. 1 of 3 = 33%.',
    children: [
      { child: 'A', dob: '01/05/2015', episodes: longCare, ssd: { immunisations: [immunisation('Y', '01/05/2025')] } },
      { child: 'B', dob: '01/05/2015', episodes: longCare, ssd: { immunisations: [immunisation('Y', '01/05/2025'), immunisation('N', '01/02/2026')] } },
      { child: 'C', dob: '01/05/2015', episodes: longCare, ssd: { immunisations: [immunisation('N', '01/06/2025'), immunisation('Y', '01/04/2026')] } },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 3, value: 33, counted: ['A'] },
  },
  {
    name: 'a status more than 12 months old does not count, and a child with none is not up to date',
    explanation:
      'At 31/03/2026, D’s only status (up to date on 31/03/2025) was recorded a year ago to the day, outside the 12 months. E has no status at all. F’s status on 01/04/2025 is just inside. 1 of 3 = 33%.',
    children: [
      { child: 'D', dob: '01/05/2015', episodes: longCare, ssd: { immunisations: [immunisation('Y', '31/03/2025')] } },
      { child: 'E', dob: '01/05/2015', episodes: longCare },
      { child: 'F', dob: '01/05/2015', episodes: longCare, ssd: { immunisations: [immunisation('Y', '01/04/2025')] } },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 3, value: 33, counted: ['F'] },
  },
  {
    name: 'only children looked after continuously for 12 months are in the cohort',
    explanation: 'G came into care on 01/04/2025 (12 months at 31/03/2026) and is up to date; H came in on 02/04/2025 and is not in the cohort. 1 of 1 = 100%.',
    children: [
      { child: 'G', dob: '01/05/2015', episodes: [{ start: '01/04/2025' }], ssd: { immunisations: [immunisation('Y', '10/05/2025')] } },
      { child: 'H', dob: '01/05/2015', episodes: [{ start: '02/04/2025' }], ssd: { immunisations: [immunisation('Y', '10/05/2025')] } },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 1, value: 100, counted: ['G'] },
  },
  {
    name: 'without the SSD immunisations table the measure is unavailable',
    explanation: 'No ssd_cla_immunisations rows were supplied: the measure says so rather than showing 0%.',
    children: [{ child: 'J', dob: '01/05/2014', episodes: longCare }],
    supplied: ALL_TABLES.filter((t) => t !== 'ssd.immunisations'),
    month: '2026-03',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
];
