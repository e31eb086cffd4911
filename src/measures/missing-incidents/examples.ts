// Worked examples for missing_incidents: synthetic histories (no real child data) with hand-computed results.
import { ALL_TABLES, type WorkedExample } from '../example-kit.ts';
import { missing903, missingEpisode } from '../shared/example-records.ts';

const longCare = [{ start: '01/01/2024', place: 'K2' }];

export const examples: WorkedExample[] = [
  {
    name: 'every missing episode counts, and away episodes do not',
    explanation: 'A went missing twice in March 2026 and B once; C was away from placement (whereabouts known). 3 missing incidents.',
    children: [
      { child: 'A', dob: '01/05/2010', episodes: longCare, ssd: { missing: [missingEpisode('Missing', '05/03/2026', '06/03/2026', 'Y'), missingEpisode('Missing', '20/03/2026', null)] } },
      { child: 'B', dob: '01/05/2010', episodes: longCare, ssd: { missing: [missingEpisode('Missing', '11/03/2026', '11/03/2026', 'N')] } },
      { child: 'C', dob: '01/05/2010', episodes: longCare, ssd: { missing: [missingEpisode('Absent', '10/03/2026', '10/03/2026')] } },
    ],
    month: '2026-03',
    expected: { numerator: 3, denominator: null, value: 3, counted: ['A', 'B'] },
  },
  {
    name: 'an episode counts in the month it began',
    explanation:
      'D’s episodes began on 28/02/2026 (February), 01/03/2026, 31/03/2026 (both March; the second had not ended by the month end) and 01/04/2026 (April). 2 incidents in March 2026.',
    children: [
      {
        child: 'D', dob: '01/05/2010', episodes: longCare,
        ssd: {
          missing: [
            missingEpisode('Missing', '28/02/2026', '28/02/2026', 'Y'), missingEpisode('Missing', '01/03/2026', '02/03/2026', 'Y'),
            missingEpisode('Missing', '31/03/2026', '01/04/2026', 'Y'), missingEpisode('Missing', '01/04/2026', '01/04/2026', 'Y'),
          ],
        },
      },
    ],
    month: '2026-03',
    expected: { numerator: 2, denominator: null, value: 2, counted: ['D'] },
  },
  {
    name: 'without ssd_missing the SSDA903 Missing table is used, and episodes out of care do not count',
    explanation:
      'With no ssd_missing, the 903 table is read: E was missing (M) on 03/03/2026 and 17/03/2026; F’s episode on 02/03/2026 began before F came into care on 05/03/2026. 2 incidents.',
    children: [
      {
        child: 'E', dob: '01/05/2010', episodes: longCare,
        ssda903: { missing: [missing903('E', '01/05/2010', 'M', '03/03/2026', '04/03/2026'), missing903('E', '01/05/2010', 'M', '17/03/2026', '18/03/2026')] },
      },
      { child: 'F', dob: '01/05/2010', episodes: [{ start: '05/03/2026' }], ssda903: { missing: [missing903('F', '01/05/2010', 'M', '02/03/2026', '03/03/2026')] } },
    ],
    supplied: ALL_TABLES.filter((t) => t !== 'ssd.missing'),
    month: '2026-03',
    expected: { numerator: 2, denominator: null, value: 2, counted: ['E'] },
  },
  {
    name: 'an episode that began on the day the child left care counts; one on the 18th birthday or the day after leaving does not',
    explanation:
      'H was looked after until 10/03/2026 (went home, E4A) and went missing earlier that day: H was looked after when the episode began (DfE rule 578 allows a missing episode to start on the day care ends), so it counts. J turned 18 on 12/03/2026, when the episode ended (E17), and went missing that day: an adult, not counted. K left care on 19/03/2026 and went missing on 20/03/2026, when no longer looked after: not counted. 1 incident.',
    children: [
      { child: 'H', dob: '01/05/2010', episodes: [{ start: '01/01/2024', end: '10/03/2026', place: 'K2', rec: 'E4A' }], ssd: { missing: [missingEpisode('Missing', '10/03/2026', '11/03/2026', 'Y')] } },
      { child: 'J', dob: '12/03/2008', episodes: [{ start: '01/01/2024', end: '12/03/2026', place: 'K2', rec: 'E17' }], ssd: { missing: [missingEpisode('Missing', '12/03/2026', '13/03/2026', 'Y')] } },
      { child: 'K', dob: '01/05/2010', episodes: [{ start: '01/01/2024', end: '19/03/2026', place: 'K2', rec: 'E4A' }], ssd: { missing: [missingEpisode('Missing', '20/03/2026', '21/03/2026', 'Y')] } },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: null, value: 1, counted: ['H'] },
  },
  {
    name: 'an episode recorded twice is one incident',
    explanation:
      'L’s missing episode from 05/03/2026 appears on two rows of ssd_missing (an extract that joined a table twice, say): missing periods of one child cannot overlap (DfE rule 574), so it is one incident, listed with both rows. L went missing again on 18/03/2026, and was away from placement (whereabouts known) on 05/03/2026 too, which is not a missing incident. 2 incidents.',
    children: [
      {
        child: 'L', dob: '01/05/2010', episodes: longCare,
        ssd: { missing: [missingEpisode('Missing', '05/03/2026', '06/03/2026', 'Y'), missingEpisode('Missing', '05/03/2026', '06/03/2026', 'Y'), missingEpisode('Absent', '05/03/2026', '05/03/2026'), missingEpisode('Missing', '18/03/2026', '18/03/2026', 'Y')] },
      },
    ],
    month: '2026-03',
    expected: { numerator: 2, denominator: null, value: 2, counted: ['L'] },
  },
  {
    name: 'with neither missing table the measure is unavailable, not zero',
    explanation: 'Neither ssd_missing nor the 903 Missing table was supplied: no figure, and the measure says what it needs.',
    children: [{ child: 'G', dob: '01/05/2010', episodes: longCare }],
    supplied: ALL_TABLES.filter((t) => t !== 'ssd.missing' && t !== 'ssda903.missing'),
    month: '2026-03',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
];
