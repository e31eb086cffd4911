// Worked examples for health_assessment_pct: synthetic histories (no real child data) with hand-computed results.
import { ALL_TABLES, type WorkedExample } from '../example-kit.ts';
import { healthCheck } from '../shared/example-records.ts';

const longCare = [{ start: '01/01/2020' }];

export const examples: WorkedExample[] = [
  {
    name: 'an assessment in the last 12 months counts; one a year ago to the day, or refused, does not',
    explanation:
      'At 31/03/2026 the last 12 months run from 01/04/2025. A was assessed on 01/04/2025: counted. B’s last assessment was on 31/03/2025, just outside. C’s assessment on 10/10/2025 was refused and the completed one on 01/02/2025 is too old. 1 of 3 = 33%.',
    children: [
      { child: 'A', dob: '01/05/2015', episodes: longCare, ssd: { health: [healthCheck('Health Assessment', '01/04/2025')] } },
      { child: 'B', dob: '01/05/2015', episodes: longCare, ssd: { health: [healthCheck('Health Assessment', '31/03/2025')] } },
      {
        child: 'C', dob: '01/05/2012', episodes: longCare,
        ssd: { health: [healthCheck('Health Assessment', '01/02/2025'), healthCheck('Health Assessment', '10/10/2025', 'Refused')] },
      },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 3, value: 33, counted: ['A'] },
  },
  {
    name: 'an assessment held before the 5th birthday is due again within 6 months',
    explanation:
      'D and E are 3 at 31/03/2026, so their assessment must fall after 30/09/2025: D’s on 15/08/2025 is too old, E’s on 01/10/2025 counts. F turned 5 on 01/03/2026, but was 4 at the assessment on 15/08/2025, so the next was due by 15/02/2026: F is overdue. G turned 5 on 01/06/2025 and was assessed at 5 on 15/08/2025: 12 months apply and it counts. A dental check (E) is not a health assessment. 2 of 4 = 50%.',
    children: [
      { child: 'D', dob: '01/06/2022', episodes: [{ start: '01/01/2024' }], ssd: { health: [healthCheck('Health Assessment', '15/08/2025')] } },
      {
        child: 'E', dob: '01/06/2022', episodes: [{ start: '01/01/2024' }],
        ssd: { health: [healthCheck('Review Health Assessment', '01/10/2025'), healthCheck('Dental Check', '01/03/2026')] },
      },
      { child: 'F', dob: '01/03/2021', episodes: [{ start: '01/01/2024' }], ssd: { health: [healthCheck('Health Assessment', '15/08/2025')] } },
      { child: 'G', dob: '01/06/2020', episodes: [{ start: '01/01/2024' }], ssd: { health: [healthCheck('Health Assessment', '15/08/2025')] } },
    ],
    month: '2026-03',
    expected: { numerator: 2, denominator: 4, value: 50, counted: ['E', 'G'] },
  },
  {
    name: 'the 6 months to a 30-day month end are whole months',
    explanation:
      'G and H are 3 at 30/04/2026. The 6 months to 30/04/2026 run from 01/11/2025, so G’s assessment on 31/10/2025 is too old (counting back to "the same date", 30/10/2025, would have let it in); H’s on 01/11/2025 counts. 1 of 2 = 50%.',
    children: [
      { child: 'G', dob: '01/06/2022', episodes: [{ start: '01/01/2024' }], ssd: { health: [healthCheck('Health Assessment', '31/10/2025')] } },
      { child: 'H', dob: '01/06/2022', episodes: [{ start: '01/01/2024' }], ssd: { health: [healthCheck('Health Assessment', '01/11/2025')] } },
    ],
    month: '2026-04',
    expected: { numerator: 1, denominator: 2, value: 50, counted: ['H'] },
  },
  {
    name: 'only children looked after continuously for 12 months are in the cohort',
    explanation:
      'G came into care on 01/04/2025, exactly 12 months before the end of 31/03/2026, so G is in the cohort and was assessed on 20/04/2025. H came in on 02/04/2025, a day short. J’s assessment on 01/12/2025 has a blank status, which counts as held. K’s period of care began with a short break (V3) on 20/03/2025, before 01/04/2025, and became full-time care (RNE L) on 02/04/2025: short breaks do not count towards continuous care, so it counts from 02/04/2025 and K is not in the cohort, though the period itself began more than 12 months before. 2 of 2 = 100%.',
    children: [
      { child: 'G', dob: '01/05/2014', episodes: [{ start: '01/04/2025' }], ssd: { health: [healthCheck('Health Assessment', '20/04/2025')] } },
      { child: 'H', dob: '01/05/2014', episodes: [{ start: '02/04/2025' }], ssd: { health: [healthCheck('Health Assessment', '20/04/2025')] } },
      { child: 'J', dob: '01/05/2014', episodes: longCare, ssd: { health: [healthCheck('Health Assessment', '01/12/2025', '')] } },
      {
        child: 'K', dob: '01/05/2014',
        episodes: [{ start: '20/03/2025', end: '02/04/2025', ls: 'V3', place: 'K2', rec: 'X1' }, { start: '02/04/2025', rne: 'L' }],
        ssd: { health: [healthCheck('Health Assessment', '01/12/2025')] },
      },
    ],
    month: '2026-03',
    expected: { numerator: 2, denominator: 2, value: 100, counted: ['G', 'J'] },
  },
  {
    name: 'without the SSD health table the measure is unavailable',
    explanation: 'No ssd_cla_health rows were supplied, so there is no record of assessments: the measure says so rather than showing 0%.',
    children: [{ child: 'L', dob: '01/05/2014', episodes: longCare }],
    supplied: ALL_TABLES.filter((t) => t !== 'ssd.health'),
    month: '2026-03',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
  {
    name: 'a month whose 12 months begin before the health records do has no figure, not a low one',
    explanation:
      'The council’s ssd_cla_health records begin in October 2025. At 31/03/2026 the measure looks back to 01/04/2025, and an assessment held between then and October 2025 would not be in the data, so P would wrongly count as overdue: no figure.',
    children: [{ child: 'P', dob: '01/05/2015', episodes: longCare, ssd: { health: [healthCheck('Health Assessment', '15/10/2025')] } }],
    recordsBegin: { 'ssd.health': '15/10/2025' },
    month: '2026-03',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
  {
    name: 'the first month whose 12 months the health records cover has a figure',
    explanation: 'As before, the records begin in October 2025. At 30/09/2026 the 12 months run from 01/10/2025, which they cover: Q, assessed on 15/10/2025, counts. 1 of 1 = 100%.',
    children: [{ child: 'Q', dob: '01/05/2015', episodes: longCare, ssd: { health: [healthCheck('Health Assessment', '15/10/2025')] } }],
    recordsBegin: { 'ssd.health': '15/10/2025' },
    month: '2026-09',
    expected: { numerator: 1, denominator: 1, value: 100, counted: ['Q'] },
  },
];
