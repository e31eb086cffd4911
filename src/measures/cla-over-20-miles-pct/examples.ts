// Worked examples for cla_over_20_miles_pct: synthetic histories (no real child data) with hand-computed results.
import type { WorkedExample } from '../example-kit.ts';
import { ssdPlacement } from '../shared/example-records.ts';

export const examples: WorkedExample[] = [
  {
    name: 'more than 20 miles counts; exactly 20 miles does not',
    explanation:
      'D1’s placement is 35.2 miles from home, D2’s exactly 20.0 and D3’s 3.1. Only distances over 20 miles count: 1 ÷ 3 = 33%.',
    children: [
      { child: 'D1', dob: '01/05/2012', episodes: [{ start: '01/06/2025', place: 'K2', provider: 'PR4' }], ssd: { placements: [ssdPlacement('K2', '01/06/2025', null, 35.2)] } },
      { child: 'D2', dob: '01/05/2012', episodes: [{ start: '01/06/2025' }], ssd: { placements: [ssdPlacement('U6', '01/06/2025', null, 20)] } },
      { child: 'D3', dob: '01/05/2012', episodes: [{ start: '01/06/2025' }], ssd: { placements: [ssdPlacement('U6', '01/06/2025', null, 3.1)] } },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 3, value: 33, counted: ['D1'] },
  },
  {
    name: 'a child whose distance is not recorded stays in the denominator as not known, not counted as over 20 miles',
    explanation:
      'E1 arrived as an unaccompanied asylum-seeking child with no home address, so no distance is recorded: not known, which DfE counts as a category of all children looked after, so E1 stays in the denominator and is not counted. E2 is 25 miles from home. 1 ÷ 2 = 50%.',
    children: [
      { child: 'E1', dob: '01/05/2009', episodes: [{ start: '01/06/2025', place: 'K2', provider: 'PR4' }], ssd: { placements: [ssdPlacement('K2', '01/06/2025', null, null)] } },
      { child: 'E2', dob: '01/05/2012', episodes: [{ start: '01/06/2025' }], ssd: { placements: [ssdPlacement('U6', '01/06/2025', null, 25)] } },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 2, value: 50, counted: ['E2'] },
  },
  {
    name: 'the placement in force at the month end is used, and a temporary stay counts as the usual placement',
    explanation:
      'F1 moved on 31/03/2026 from a placement 40 miles away to one 5 miles away: at the end of 31 March the new placement is in force, so not counted. F2 lives 30 miles away with foster carers and was in respite (T3) 2 miles away from 28/03/2026: the respite stands for the usual placement, so F2 is counted. 1 ÷ 2 = 50%.',
    children: [
      {
        child: 'F1', dob: '01/05/2012',
        episodes: [{ start: '01/06/2025', end: '31/03/2026', rec: 'X1' }, { start: '31/03/2026', rne: 'P' }],
        ssd: { placements: [ssdPlacement('U6', '01/06/2025', '31/03/2026', 40), ssdPlacement('U6', '31/03/2026', null, 5)] },
      },
      {
        child: 'F2', dob: '01/05/2012',
        episodes: [{ start: '01/06/2025', end: '28/03/2026', rec: 'X1' }, { start: '28/03/2026', rne: 'P', place: 'T3', provider: '' }],
        ssd: { placements: [ssdPlacement('U6', '01/06/2025', '28/03/2026', 30), ssdPlacement('T3', '28/03/2026', null, 2)] },
      },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 2, value: 50, counted: ['F2'] },
  },
  {
    name: 'without the SSD placement table the figure is unavailable',
    explanation: 'The SSDA903 return holds postcodes but no distance, and carestats does not guess one from postcodes: with no ssd_cla_placement table the measure says what it needs.',
    children: [{ child: 'G1', dob: '01/05/2014', episodes: [{ start: '01/06/2025', homePost: 'DM1 4AB', plPost: 'ZX1 5EF' }] }],
    supplied: ['ssda903.headers', 'ssda903.episodes'],
    month: '2026-03',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
  {
    name: 'a month end before the SSD placement records begin is unavailable, not counted as distance not known',
    explanation:
      'The council’s SSD extract holds the placements in force from 1 April 2025, while its SSDA903 returns go back years. H1’s placement, from 01/06/2020 to 10/05/2025, was in force then, so it is in the extract with its own start. H2 was in care from 01/06/2023 to 30/06/2024: their placement ended before the extract begins, so it is not in it. At 31 January 2024 H2 would show no placement in force, distance not known, and the figure would be 1 ÷ 2 = 50% where it is in truth 100%: the month is before the placement records begin (April 2025: no placement in them ended before then), so the figure is unavailable.',
    children: [
      {
        child: 'H1', dob: '01/05/2012',
        episodes: [{ start: '01/06/2020', place: 'U6' }],
        ssd: { placements: [ssdPlacement('U6', '01/06/2020', '10/05/2025', 30), ssdPlacement('U6', '10/05/2025', null, 30)] },
      },
      { child: 'H2', dob: '01/05/2012', episodes: [{ start: '01/06/2023', end: '30/06/2024', rec: 'E4A' }] },
    ],
    recordsBegin: { 'ssd.placements': '01/04/2025' },
    month: '2024-01',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
];
