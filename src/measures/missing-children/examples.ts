// Worked examples for missing_children: synthetic histories (no real child data) with hand-computed results.
import { ALL_TABLES, type WorkedExample } from '../example-kit.ts';
import { missing903, missingEpisode } from '../shared/example-records.ts';

const longCare = [{ start: '01/01/2024', place: 'K2' }];

export const examples: WorkedExample[] = [
  {
    name: 'a child who went missing twice counts once; away episodes and last month’s episodes do not count',
    explanation:
      'A went missing on 05/03/2026 and again on 20/03/2026: one child. B was away from placement (whereabouts known) on 10/03/2026, which is not missing. C went missing on 28/02/2026 and came back on 02/03/2026: that episode began in February. 1 child in March 2026.',
    children: [
      { child: 'A', dob: '01/05/2010', episodes: longCare, ssd: { missing: [missingEpisode('Missing', '05/03/2026', '06/03/2026', 'Y'), missingEpisode('Missing', '20/03/2026', '20/03/2026', 'Y')] } },
      { child: 'B', dob: '01/05/2010', episodes: longCare, ssd: { missing: [missingEpisode('Absent', '10/03/2026', '10/03/2026')] } },
      { child: 'C', dob: '01/05/2010', episodes: longCare, ssd: { missing: [missingEpisode('Missing', '28/02/2026', '02/03/2026', 'Y')] } },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: null, value: 1, counted: ['A'] },
  },
  {
    name: 'only episodes that began while the child was looked after count',
    explanation:
      'D went missing on 05/03/2026 and left care on 10/03/2026: D was looked after when the episode began, so counts. E went missing on 12/03/2026 and only came into care on 15/03/2026. F went missing during a short break (legal status V3). 1 child.',
    children: [
      { child: 'D', dob: '01/05/2010', episodes: [{ start: '01/01/2024', end: '10/03/2026', rec: 'E4A' }], ssd: { missing: [missingEpisode('Missing', '05/03/2026', '06/03/2026', 'Y')] } },
      { child: 'E', dob: '01/05/2010', episodes: [{ start: '15/03/2026' }], ssd: { missing: [missingEpisode('Missing', '12/03/2026', '13/03/2026')] } },
      { child: 'F', dob: '01/05/2010', episodes: [{ start: '09/03/2026', end: '16/03/2026', ls: 'V3', place: 'K2', rec: 'E13' }], ssd: { missing: [missingEpisode('Missing', '11/03/2026', '12/03/2026')] } },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: null, value: 1, counted: ['D'] },
  },
  {
    name: 'without ssd_missing the SSDA903 Missing table is used',
    explanation: 'The council supplied no ssd_missing, so the 903 Missing table is read: G was missing (M) on 03/03/2026; H was away (A) on 04/03/2026. 1 child.',
    children: [
      { child: 'G', dob: '01/05/2010', episodes: longCare, ssda903: { missing: [missing903('G', '01/05/2010', 'M', '03/03/2026', '04/03/2026')] } },
      { child: 'H', dob: '01/05/2010', episodes: longCare, ssda903: { missing: [missing903('H', '01/05/2010', 'A', '04/03/2026', '04/03/2026')] } },
    ],
    supplied: ALL_TABLES.filter((t) => t !== 'ssd.missing'),
    month: '2026-03',
    expected: { numerator: 1, denominator: null, value: 1, counted: ['G'] },
  },
  {
    name: 'with neither missing table the measure is unavailable, not zero',
    explanation: 'Neither ssd_missing nor the 903 Missing table was supplied: no figure, and the measure says what it needs.',
    children: [{ child: 'J', dob: '01/05/2010', episodes: longCare }],
    supplied: ALL_TABLES.filter((t) => t !== 'ssd.missing' && t !== 'ssda903.missing'),
    month: '2026-03',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
  {
    name: 'a file of ssd_missing headings only gives way to a 903 Missing table with episodes',
    explanation: 'The council’s ssd_missing holds no episode of any child (its headings only); the 903 Missing table holds K’s missing episode on 03/03/2026, so it is read: 1 child.',
    children: [
      { child: 'K', dob: '01/05/2010', episodes: longCare, ssda903: { missing: [missing903('K', '01/05/2010', 'M', '03/03/2026', '04/03/2026')] } },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: null, value: 1, counted: ['K'] },
  },
  {
    name: 'for a month before ssd_missing begins, the 903 Missing table is read',
    explanation:
      'ssd_missing begins in April 2026 (M’s episode on 02/04/2026); for March 2026 it knows nothing, so the 903 Missing table, whose records go back further, is read: L’s episode on 10/03/2026 counts. 1 child.',
    children: [
      { child: 'L', dob: '01/05/2010', episodes: longCare, ssda903: { missing: [missing903('L', '01/05/2010', 'M', '10/03/2026', '11/03/2026')] } },
      { child: 'M', dob: '01/05/2010', episodes: longCare, ssd: { missing: [missingEpisode('Missing', '02/04/2026', '03/04/2026', 'Y')] } },
    ],
    recordsBegin: { 'ssd.missing': '02/04/2026' },
    month: '2026-03',
    expected: { numerator: 1, denominator: null, value: 1, counted: ['L'] },
  },
  {
    name: 'a month before every missing table begins has no figure, not zero',
    explanation: 'The only missing table, ssd_missing, begins in April 2026 (N’s episode on 02/04/2026). It cannot say who went missing in March 2026: no figure.',
    children: [{ child: 'N', dob: '01/05/2010', episodes: longCare, ssd: { missing: [missingEpisode('Missing', '02/04/2026', '03/04/2026', 'Y')] } }],
    supplied: ALL_TABLES.filter((t) => t !== 'ssda903.missing'),
    recordsBegin: { 'ssd.missing': '02/04/2026' },
    month: '2026-03',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
];
