// Worked examples for sdq_mean_score: synthetic histories (no real child data) with hand-computed results.
import { ALL_TABLES, type WorkedExample } from '../example-kit.ts';
import { sdqScore } from '../shared/example-records.ts';

const longCare = [{ start: '01/01/2020' }];

export const examples: WorkedExample[] = [
  {
    name: 'each child counts once, with their latest score in the 12 months',
    explanation:
      'A scored 20 on 01/05/2025 and 15 on 01/02/2026: the latest, 15, is used. B scored 12. C scored 9 after the month end (10/04/2026), which is ignored, and 25 on 01/06/2025. Mean of 15, 12 and 25 = 52 ÷ 3 = 17.33, shown as 17.3.',
    children: [
      { child: 'A', dob: '01/05/2014', episodes: longCare, ssd: { sdq: [sdqScore('01/05/2025', 20), sdqScore('01/02/2026', 15)] } },
      { child: 'B', dob: '01/05/2014', episodes: longCare, ssd: { sdq: [sdqScore('01/10/2025', 12)] } },
      { child: 'C', dob: '01/05/2014', episodes: longCare, ssd: { sdq: [sdqScore('01/06/2025', 25), sdqScore('10/04/2026', 9)] } },
    ],
    month: '2026-03',
    expected: { numerator: 52, denominator: 3, value: 17.3, counted: ['A', 'B', 'C'] },
  },
  {
    name: 'children without a score in the 12 months, or outside the ages, are left out of the average',
    explanation:
      'D’s only score (30) was on 31/03/2025, a year before 31/03/2026 to the day; E gave a reason and no score; F is 17. Only G’s score of 8 remains: mean 8.0.',
    children: [
      { child: 'D', dob: '01/05/2014', episodes: longCare, ssd: { sdq: [sdqScore('31/03/2025', 30)] } },
      { child: 'E', dob: '01/05/2014', episodes: longCare, ssd: { sdq: [sdqScore('01/06/2025', null, 'SDQ5')] } },
      { child: 'F', dob: '01/01/2009', episodes: longCare, ssd: { sdq: [sdqScore('01/06/2025', 30)] } },
      { child: 'G', dob: '01/05/2014', episodes: longCare, ssd: { sdq: [sdqScore('01/06/2025', 8)] } },
    ],
    month: '2026-03',
    expected: { numerator: 8, denominator: 1, value: 8, counted: ['G'] },
  },
  {
    name: 'with nobody to average there is no figure',
    explanation: 'H came into care on 02/04/2025, less than 12 months before 31/03/2026, so no child is in the average: 0 children and no value.',
    children: [{ child: 'H', dob: '01/05/2014', episodes: [{ start: '02/04/2025' }], ssd: { sdq: [sdqScore('01/03/2026', 18)] } }],
    month: '2026-03',
    expected: { numerator: 0, denominator: 0, value: null, counted: [] },
  },
  {
    name: 'without the SSD SDQ table the measure is unavailable',
    explanation: 'No ssd_sdq_scores rows were supplied: the measure says so rather than showing an average of nothing.',
    children: [{ child: 'J', dob: '01/05/2014', episodes: longCare }],
    supplied: ALL_TABLES.filter((t) => t !== 'ssd.sdq'),
    month: '2026-03',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
];
