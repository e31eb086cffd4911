// Worked examples for away_incidents: synthetic histories (no real child data) with hand-computed results.
import { ALL_TABLES, type WorkedExample } from '../example-kit.ts';
import { missing903, missingEpisode } from '../shared/example-records.ts';

const longCare = [{ start: '01/01/2024', place: 'K2' }];

export const examples: WorkedExample[] = [
  {
    name: 'every away episode counts, and missing episodes do not',
    explanation: 'A was away from placement (recorded "Absent", the SSD code) on 02/03/2026 and 09/03/2026; B went missing (whereabouts unknown). 2 away incidents in March 2026.',
    children: [
      { child: 'A', dob: '01/05/2010', episodes: longCare, ssd: { missing: [missingEpisode('Absent', '02/03/2026', '02/03/2026'), missingEpisode('Absent', '09/03/2026', '10/03/2026')] } },
      { child: 'B', dob: '01/05/2010', episodes: longCare, ssd: { missing: [missingEpisode('Missing', '11/03/2026', '11/03/2026', 'Y')] } },
    ],
    month: '2026-03',
    expected: { numerator: 2, denominator: null, value: 2, counted: ['A'] },
  },
  {
    name: 'the type may be written Away or A; episodes out of care or in another month do not count',
    explanation:
      'C’s episodes are typed "Away" (05/03/2026) and "A" (06/03/2026): both away. D was away on 28/02/2026 (February). E was away on 20/03/2026, after leaving care on 15/03/2026. 2 incidents.',
    children: [
      { child: 'C', dob: '01/05/2010', episodes: longCare, ssd: { missing: [missingEpisode('Away', '05/03/2026', '05/03/2026'), missingEpisode('A', '06/03/2026', '06/03/2026')] } },
      { child: 'D', dob: '01/05/2010', episodes: longCare, ssd: { missing: [missingEpisode('Absent', '28/02/2026', '01/03/2026')] } },
      { child: 'E', dob: '01/05/2010', episodes: [{ start: '01/01/2024', end: '15/03/2026', rec: 'E4A' }], ssd: { missing: [missingEpisode('Absent', '20/03/2026', '20/03/2026')] } },
    ],
    month: '2026-03',
    expected: { numerator: 2, denominator: null, value: 2, counted: ['C'] },
  },
  {
    name: 'without ssd_missing the SSDA903 Missing table is used',
    explanation: 'With no ssd_missing, the 903 table is read: F was away (A) on 03/03/2026; G was missing (M). 1 incident.',
    children: [
      { child: 'F', dob: '01/05/2010', episodes: longCare, ssda903: { missing: [missing903('F', '01/05/2010', 'A', '03/03/2026', '03/03/2026')] } },
      { child: 'G', dob: '01/05/2010', episodes: longCare, ssda903: { missing: [missing903('G', '01/05/2010', 'M', '04/03/2026', '05/03/2026')] } },
    ],
    supplied: ALL_TABLES.filter((t) => t !== 'ssd.missing'),
    month: '2026-03',
    expected: { numerator: 1, denominator: null, value: 1, counted: ['F'] },
  },
  {
    name: 'with neither missing table the measure is unavailable, not zero',
    explanation: 'Neither ssd_missing nor the 903 Missing table was supplied: no figure, and the measure says what it needs.',
    children: [{ child: 'H', dob: '01/05/2010', episodes: longCare }],
    supplied: ALL_TABLES.filter((t) => t !== 'ssd.missing' && t !== 'ssda903.missing'),
    month: '2026-03',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
];
