// Worked examples for sdq_completed_pct: synthetic histories (no real child data) with hand-computed results.
import { ALL_TABLES, type WorkedExample } from '../example-kit.ts';
import { sdqScore } from '../shared/example-records.ts';

const longCare = [{ start: '01/01/2020' }];

export const examples: WorkedExample[] = [
  {
    name: 'a score in the last 12 months counts; a refusal with no score, or an old score, does not',
    explanation:
      'A scored 14 on 10/06/2025: counted. B’s record on 10/06/2025 gives a reason (carer refused, SDQ2) and no score. C’s score on 31/03/2025 is a year old to the day, outside the 12 months to 31/03/2026. 1 of 3 = 33%.',
    children: [
      { child: 'A', dob: '01/05/2014', episodes: longCare, ssd: { sdq: [sdqScore('10/06/2025', 14)] } },
      { child: 'B', dob: '01/05/2014', episodes: longCare, ssd: { sdq: [sdqScore('10/06/2025', null, 'SDQ2')] } },
      { child: 'C', dob: '01/05/2014', episodes: longCare, ssd: { sdq: [sdqScore('31/03/2025', 20)] } },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 3, value: 33, counted: ['A'] },
  },
  {
    name: 'only children aged 4 to 16 at the month end are in the cohort',
    explanation:
      'D is 3 (4 on 01/04/2026) and E is 17 at 31/03/2026: neither is in the cohort, whatever their records. F turned 4 on 31/03/2026 and G is 16: both in, and both have scores. 2 of 2 = 100%.',
    children: [
      { child: 'D', dob: '01/04/2022', episodes: [{ start: '01/01/2023' }], ssd: { sdq: [sdqScore('01/03/2026', 10)] } },
      { child: 'E', dob: '01/03/2009', episodes: longCare, ssd: { sdq: [sdqScore('01/03/2026', 10)] } },
      { child: 'F', dob: '31/03/2022', episodes: [{ start: '01/01/2023' }], ssd: { sdq: [sdqScore('31/03/2026', 8)] } },
      { child: 'G', dob: '01/04/2009', episodes: longCare, ssd: { sdq: [sdqScore('01/09/2025', 22)] } },
    ],
    month: '2026-03',
    expected: { numerator: 2, denominator: 2, value: 100, counted: ['F', 'G'] },
  },
  {
    name: 'children in care for less than 12 months are not in the cohort',
    explanation: 'H came into care on 02/04/2025, a day short of 12 months at 31/03/2026; J came in on 01/04/2025 and has no score. 0 of 1 = 0%.',
    children: [
      { child: 'H', dob: '01/05/2014', episodes: [{ start: '02/04/2025' }], ssd: { sdq: [sdqScore('01/03/2026', 12)] } },
      { child: 'J', dob: '01/05/2014', episodes: [{ start: '01/04/2025' }] },
    ],
    month: '2026-03',
    expected: { numerator: 0, denominator: 1, value: 0, counted: [] },
  },
  {
    name: 'without the SSD SDQ table the measure is unavailable',
    explanation: 'No ssd_sdq_scores rows were supplied: the measure says so rather than showing 0%.',
    children: [{ child: 'K', dob: '01/05/2014', episodes: longCare }],
    supplied: ALL_TABLES.filter((t) => t !== 'ssd.sdq'),
    month: '2026-03',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
];
