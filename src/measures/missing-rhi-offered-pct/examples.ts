// Worked examples for missing_rhi_offered_pct: synthetic histories (no real child data) with hand-computed results.
import { ALL_TABLES, type WorkedExample } from '../example-kit.ts';
import { missing903, missingEpisode } from '../shared/example-records.ts';

const longCare = [{ start: '01/01/2024', place: 'K2' }];

export const examples: WorkedExample[] = [
  {
    name: 'the figure counts episodes ending in the month, and a child is met only if every episode had an offer',
    explanation:
      'A had two missing episodes ending in March 2026, one with an interview offered and one not; B had one, offered. 2 of 3 episodes = 67%. Only B had an offer after every episode.',
    children: [
      { child: 'A', dob: '01/05/2010', episodes: longCare, ssd: { missing: [missingEpisode('Missing', '05/03/2026', '06/03/2026', 'Y'), missingEpisode('Missing', '20/03/2026', '21/03/2026', 'N')] } },
      { child: 'B', dob: '01/05/2010', episodes: longCare, ssd: { missing: [missingEpisode('Missing', '11/03/2026', '12/03/2026', 'Y')] } },
    ],
    month: '2026-03',
    expected: { numerator: 2, denominator: 3, value: 67, counted: ['B'] },
  },
  {
    name: 'an episode counts in the month it ended; open and away episodes do not count',
    explanation:
      'C went missing on 27/02/2026 and came back on 02/03/2026 (offered): a March episode. C’s episode from 30/03/2026 was still open at the month end. D was away from placement (whereabouts known), not missing. E’s episode ended on 01/04/2026, in April. 1 of 1 = 100%.',
    children: [
      { child: 'C', dob: '01/05/2010', episodes: longCare, ssd: { missing: [missingEpisode('Missing', '27/02/2026', '02/03/2026', 'Y'), missingEpisode('Missing', '30/03/2026', null)] } },
      { child: 'D', dob: '01/05/2010', episodes: longCare, ssd: { missing: [missingEpisode('Absent', '10/03/2026', '11/03/2026', 'N')] } },
      { child: 'E', dob: '01/05/2010', episodes: longCare, ssd: { missing: [missingEpisode('Missing', '31/03/2026', '01/04/2026', 'N')] } },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 1, value: 100, counted: ['C'] },
  },
  {
    name: 'NA or a blank offer counts as not offered, and episodes that began out of care are left out',
    explanation:
      'F’s episode was recorded NA and G’s left blank: neither counts as offered. H went missing on 02/03/2026, before coming into care on 04/03/2026, so that episode is left out. 0 of 2 = 0%.',
    children: [
      { child: 'F', dob: '01/05/2010', episodes: longCare, ssd: { missing: [missingEpisode('Missing', '05/03/2026', '06/03/2026', 'NA')] } },
      { child: 'G', dob: '01/05/2010', episodes: longCare, ssd: { missing: [missingEpisode('Missing', '07/03/2026', '08/03/2026', '')] } },
      { child: 'H', dob: '01/05/2010', episodes: [{ start: '04/03/2026' }], ssd: { missing: [missingEpisode('Missing', '02/03/2026', '05/03/2026', 'Y')] } },
    ],
    month: '2026-03',
    expected: { numerator: 0, denominator: 2, value: 0, counted: [] },
  },
  {
    name: 'an episode that began on the day the child left care is in the denominator',
    explanation:
      'K went missing on 10/03/2026, the day K left care (E4A), and was back on 11/03/2026 with an interview offered: K was looked after when the episode began, so it counts. L went missing on 16/03/2026, the day after leaving care, and is left out. 1 of 1 = 100%.',
    children: [
      { child: 'K', dob: '01/05/2010', episodes: [{ start: '01/01/2024', end: '10/03/2026', place: 'K2', rec: 'E4A' }], ssd: { missing: [missingEpisode('Missing', '10/03/2026', '11/03/2026', 'Y')] } },
      { child: 'L', dob: '01/05/2010', episodes: [{ start: '01/01/2024', end: '15/03/2026', place: 'K2', rec: 'E4A' }], ssd: { missing: [missingEpisode('Missing', '16/03/2026', '17/03/2026', 'Y')] } },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 1, value: 100, counted: ['K'] },
  },
  {
    name: 'an episode recorded twice is one episode in the figure',
    explanation:
      'M’s missing episode from 09/03/2026 to 10/03/2026 appears on two rows of ssd_missing, the first recording no interview offered (N) and the second a later copy saying one was (Y): one episode, read from its first row, so not offered. N’s episode was offered. 1 of 2 = 50%.',
    children: [
      { child: 'M', dob: '01/05/2010', episodes: longCare, ssd: { missing: [missingEpisode('Missing', '09/03/2026', '10/03/2026', 'N'), missingEpisode('Missing', '09/03/2026', '10/03/2026', 'Y')] } },
      { child: 'N', dob: '01/05/2010', episodes: longCare, ssd: { missing: [missingEpisode('Missing', '12/03/2026', '13/03/2026', 'Y')] } },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 2, value: 50, counted: ['N'] },
  },
  {
    name: 'the 903 Missing table cannot show interviews, so without ssd_missing the measure is unavailable',
    explanation: 'Only the 903 Missing table was supplied; it has no return-interview field, so the measure says it needs ssd_missing.',
    children: [{ child: 'J', dob: '01/05/2010', episodes: longCare, ssda903: { missing: [missing903('J', '01/05/2010', 'M', '03/03/2026', '04/03/2026')] } }],
    supplied: ALL_TABLES.filter((t) => t !== 'ssd.missing'),
    month: '2026-03',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
];
