// Worked examples for care_leavers_eet_pct_17_18: synthetic histories (no real child data) with hand-computed results.
import type { WorkedExample } from '../example-kit.ts';
import { careLeaver, leaverRecord, WITHOUT_CARE_LEAVERS } from '../shared/care-leaver-examples.ts';

export const examples: WorkedExample[] = [
  {
    name: 'education, apprenticeship and employment count; parenting does not',
    explanation:
      'D1 is in full-time education (F2) and D3 in a part-time apprenticeship (P4): counted. D2 is not in education, employment or training because of parenting (G6): not counted. 2 of 3 = 67%.',
    children: [
      careLeaver('D1', '01/09/2008', '01/09/2025', [{ contact: '10/03/2026', activity: 'F2', eligibility: 'Relevant' }], 'E13'),
      careLeaver('D2', '01/09/2007', '01/09/2025', [{ contact: '10/03/2026', activity: 'G6' }]),
      careLeaver('D3', '01/09/2007', '01/09/2025', [{ contact: '10/03/2026', activity: 'P4' }]),
    ],
    month: '2026-03',
    expected: { numerator: 2, denominator: 3, value: 67, counted: ['D1', 'D3'] },
  },
  {
    name: 'children still in care, and children adopted, are not care leavers',
    explanation:
      'E1 (17) is still looked after at 31/03/2026: left out, with the reason. E2 was adopted at 2 (REC E11); adoption does not make a care leaver, so a Relevant row recorded in error does not bring E2 in. E3 is in training (F5): counted. 1 of 1 = 100%.',
    children: [
      { child: 'E1', dob: '01/09/2008', episodes: [{ start: '01/01/2023' }], ssd: { careLeavers: [leaverRecord('E1', { contact: '01/03/2026', activity: 'F2', eligibility: 'Eligible' }), leaverRecord('E1', { contact: null, eligibility: 'Relevant' })] } },
      careLeaver('E2', '01/09/2008', '01/09/2010', [{ contact: '01/03/2026', activity: 'F2', eligibility: 'Relevant' }], 'E11'),
      careLeaver('E3', '01/09/2007', '01/09/2025', [{ contact: '01/03/2026', activity: 'F5' }]),
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 1, value: 100, counted: ['E3'] },
  },
  {
    name: 'a care leaver with no contact in the last three months counts as not in education, employment or training',
    explanation: 'F1’s latest contact, on 30/09/2025, is before the window 01/10/2025 to 31/12/2025: activity unknown, not counted. 0 of 1 = 0%.',
    children: [careLeaver('F1', '01/09/2007', '01/09/2025', [{ contact: '30/09/2025', activity: 'F2' }])],
    month: '2025-12',
    expected: { numerator: 0, denominator: 1, value: 0, counted: [] },
  },
  {
    name: 'without the care leavers table the measure is unavailable',
    explanation: 'The council supplied no ssd_care_leavers rows, so the measure says so instead of showing 0%.',
    children: [careLeaver('F9', '01/09/2007', '01/09/2025', [])],
    supplied: WITHOUT_CARE_LEAVERS,
    month: '2026-03',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
];
