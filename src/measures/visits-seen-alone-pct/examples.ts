// Worked examples for visits_seen_alone_pct: synthetic histories (no real child data) with hand-computed results.
import { ALL_TABLES, type WorkedExample } from '../example-kit.ts';
import { visit } from '../shared/example-records.ts';

const longCare = [{ start: '01/01/2024' }];

export const examples: WorkedExample[] = [
  {
    name: 'a child seen alone on at least one visit in the month counts once',
    explanation:
      'A was visited twice in March 2026 and seen alone on the second visit: counted. B was seen on one visit but not alone. C was seen alone only in February. 1 of 2 = 50%; C is not in the cohort for March.',
    children: [
      { child: 'A', dob: '01/05/2012', episodes: longCare, ssd: { visits: [visit('03/03/2026', 'Y', 'N'), visit('24/03/2026', 'Y', 'Y')] } },
      { child: 'B', dob: '01/05/2012', episodes: longCare, ssd: { visits: [visit('10/03/2026', 'Y', 'N')] } },
      { child: 'C', dob: '01/05/2012', episodes: longCare, ssd: { visits: [visit('27/02/2026', 'Y', 'Y')] } },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 2, value: 50, counted: ['A'] },
  },
  {
    name: 'children under 4, and visits where the child was not seen, are left out',
    explanation:
      'D is 3, so is not in the cohort. E’s only visit in the month recorded the child as not seen. F (aged 4) was seen alone. 1 of 1 = 100%.',
    children: [
      { child: 'D', dob: '01/05/2022', episodes: longCare, ssd: { visits: [visit('10/03/2026', 'Y', 'N')] } },
      { child: 'E', dob: '01/05/2012', episodes: longCare, ssd: { visits: [visit('10/03/2026', 'N', 'N')] } },
      { child: 'F', dob: '01/03/2022', episodes: longCare, ssd: { visits: [visit('10/03/2026', 'Y', 'Y')] } },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 1, value: 100, counted: ['F'] },
  },
  {
    name: 'a child who left care before the month end is not in the cohort, and a blank flag is not seen alone',
    explanation:
      'G was seen alone on 05/03/2026 but left care on 20/03/2026, so is not looked after at the month end. H was seen on 12/03/2026 with the seen-alone flag left blank, which does not count. 0 of 1 = 0%.',
    children: [
      { child: 'G', dob: '01/05/2012', episodes: [{ start: '01/01/2024', end: '20/03/2026', rec: 'E4A' }], ssd: { visits: [visit('05/03/2026', 'Y', 'Y')] } },
      { child: 'H', dob: '01/05/2012', episodes: longCare, ssd: { visits: [visit('12/03/2026', 'Y', '')] } },
    ],
    month: '2026-03',
    expected: { numerator: 0, denominator: 1, value: 0, counted: [] },
  },
  {
    name: 'without the SSD visits table the measure is unavailable',
    explanation: 'No ssd_cla_visits rows were supplied: the measure says so rather than showing 0%.',
    children: [{ child: 'J', dob: '01/05/2012', episodes: longCare }],
    supplied: ALL_TABLES.filter((t) => t !== 'ssd.visits'),
    month: '2026-03',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
];
