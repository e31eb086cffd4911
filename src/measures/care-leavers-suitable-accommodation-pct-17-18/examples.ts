// Worked examples for care_leavers_suitable_accommodation_pct_17_18: synthetic histories (no real child data) with hand-computed results.
import type { WorkedExample } from '../example-kit.ts';
import { careLeaver, leaverRecord, WITHOUT_CARE_LEAVERS } from '../shared/care-leaver-examples.ts';

export const examples: WorkedExample[] = [
  {
    name: 'suitable accommodation counts; unsuitable does not',
    explanation: 'G1 is in supported lodgings recorded Suitable: counted. G2 is in emergency accommodation recorded Unsuitable: not counted. 1 of 2 = 50%.',
    children: [
      careLeaver('G1', '01/11/2007', '01/11/2025', [{ contact: '05/03/2026', accommodation: 'E', suitable: 'Suitable' }]),
      careLeaver('G2', '01/11/2007', '01/11/2025', [{ contact: '05/03/2026', accommodation: 'V', suitable: 'Unsuitable' }]),
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 2, value: 50, counted: ['G1'] },
  },
  {
    name: 'an 18-year-old with an episode left open counts; a 17-year-old in care does not',
    explanation:
      'H1 turned 18 on 01/01/2026 with their episode still open in the extract; looked-after status ended at 18, so H1 is a care leaver, in suitable accommodation: counted. H2 (17) is still looked after: left out. 1 of 1 = 100%.',
    children: [
      { child: 'H1', dob: '01/01/2008', episodes: [{ start: '01/01/2021', place: 'U4' }], ssd: { careLeavers: [leaverRecord('H1', { contact: '15/02/2026', accommodation: 'Z', suitable: 'Suitable' })] } },
      { child: 'H2', dob: '01/01/2009', episodes: [{ start: '01/01/2021', place: 'K2' }], ssd: { careLeavers: [leaverRecord('H2', { contact: '15/02/2026', eligibility: 'Relevant' })] } },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 1, value: 100, counted: ['H1'] },
  },
  {
    name: 'with no care leaver aged 17 or 18 there is no figure',
    explanation: 'J1 is 16 at 31/03/2026, below the age band: the cohort is empty, so 0 of 0 and no percentage.',
    children: [careLeaver('J1', '01/06/2009', '01/12/2025', [{ contact: '15/02/2026', eligibility: 'Relevant' }], 'E13')],
    month: '2026-03',
    expected: { numerator: 0, denominator: 0, value: null, counted: [] },
  },
  {
    name: 'without the care leavers table the measure is unavailable',
    explanation: 'The council supplied no ssd_care_leavers rows, so the measure says so instead of showing 0%.',
    children: [careLeaver('J9', '01/11/2007', '01/11/2025', [])],
    supplied: WITHOUT_CARE_LEAVERS,
    month: '2026-03',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
];
