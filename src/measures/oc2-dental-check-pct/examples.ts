// Worked examples for oc2_dental_check_pct: synthetic histories (no real child data) with hand-computed results.
import type { WorkedExample } from '../example-kit.ts';
import { allTablesBut } from '../shared/adoption-examples.ts';
import { oc2 } from '../shared/annual-examples.ts';

export const examples: WorkedExample[] = [
  {
    name: 'the dental check flag is read on its own',
    explanation:
      'For 2024/25, three children looked after since 2022: D1 had a dental check (TEETH_CHECK 1) but no health assessment; D2 had a health assessment but no dental check; D3 had both. Dental checks: D1 and D3, 2 of 3 = 66.7%, published as 67%.',
    children: [
      { child: 'D1', dob: '01/01/2014', episodes: [{ start: '01/01/2022' }], ssda903: { oc2: [oc2('D1', 2025, { assessment: '0', teeth: '1', immunisations: '1' })] } },
      { child: 'D2', dob: '01/01/2014', episodes: [{ start: '01/01/2022' }], ssda903: { oc2: [oc2('D2', 2025, { assessment: '1', teeth: '0', immunisations: '1' })] } },
      { child: 'D3', dob: '01/01/2014', episodes: [{ start: '01/01/2022' }], ssda903: { oc2: [oc2('D3', 2025, { assessment: '1', teeth: '1', immunisations: '1' })] } },
    ],
    month: '2025-03',
    expected: { numerator: 2, denominator: 3, value: 67, counted: ['D1', 'D3'] },
  },
  {
    name: 'a short break inside the 12 months breaks continuous care',
    explanation:
      'E1’s period of care began with a short break (V3) on 25/03/2024, before the year began, and became full-time care (RNE L) on 10/04/2024: short breaks do not count, so continuous care runs only from 10/04/2024, not 12 months at 31/03/2025, and E1 is not in the cohort (its OC2 row is listed but not counted). E2 (since 2020) had a dental check: 1 of 1 = 100%.',
    children: [
      {
        child: 'E1', dob: '01/01/2014',
        episodes: [{ start: '25/03/2024', end: '10/04/2024', ls: 'V3', place: 'K2', rec: 'X1' }, { start: '10/04/2024', rne: 'L', ls: 'V2', place: 'K2' }],
        ssda903: { oc2: [oc2('E1', 2025, { assessment: '1', teeth: '1', immunisations: '1' })] },
      },
      { child: 'E2', dob: '01/01/2014', episodes: [{ start: '01/01/2020' }], ssda903: { oc2: [oc2('E2', 2025, { assessment: '1', teeth: '1', immunisations: '1' })] } },
    ],
    month: '2025-03',
    expected: { numerator: 1, denominator: 1, value: 100, counted: ['E2'] },
  },
  {
    name: 'at February the figure is still the previous 31 March’s',
    explanation: 'At February 2026 the latest 31 March is 31/03/2025. F1’s 2024/25 row has no dental check: 0 of 1 = 0%; F1’s row for 2025/26, if any, would not be used until March 2026.',
    children: [{ child: 'F1', dob: '01/01/2014', episodes: [{ start: '01/01/2020' }], ssda903: { oc2: [oc2('F1', 2025, { assessment: '1', teeth: '0', immunisations: '1' })] } }],
    month: '2026-02',
    expected: { numerator: 0, denominator: 1, value: 0, counted: [] },
  },
  {
    name: 'without the OC2 table the measure is unavailable',
    explanation: 'The council supplied no OC2 table, so the measure says so instead of showing 0%.',
    children: [],
    supplied: allTablesBut('ssda903.oc2'),
    month: '2025-03',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
];
