// Worked examples for adoption_a10_days: synthetic histories (no real child data) with hand-computed results.
import type { WorkedExample } from '../example-kit.ts';
import { ad1, allTablesBut } from '../shared/adoption-examples.ts';

export const examples: WorkedExample[] = [
  {
    name: 'a foster-carer adoption counts from the day the child moved in with the carers who adopted',
    explanation:
      'N1 entered care on 01/05/2023 and moved on 01/07/2023 to foster carers approved as adopters (U5); on 01/03/2024 the same carers’ placement became a placement for adoption (A5, reason for new episode T, same carer). A10 counts to 01/07/2023: 61 days. K1 was placed with new adopters (A6, reason P) 366 days after entering care. (61 + 366) / 2 = 213.5, rounded to 214.',
    children: [
      {
        child: 'N1', dob: '01/02/2023',
        episodes: [
          { start: '01/05/2023', end: '01/07/2023', ls: 'C1', place: 'U6', rec: 'X1' },
          { start: '01/07/2023', end: '01/03/2024', rne: 'P', ls: 'E1', place: 'U5', rec: 'X1' },
          { start: '01/03/2024', end: '01/11/2024', rne: 'T', ls: 'E1', place: 'A5', rec: 'E11' },
        ],
      },
      {
        child: 'K1', dob: '01/01/2022',
        episodes: [
          { start: '01/04/2023', end: '01/04/2024', ls: 'E1', place: 'U6', rec: 'X1' },
          { start: '01/04/2024', end: '01/12/2024', rne: 'P', ls: 'E1', place: 'A6', rec: 'E11' },
        ],
      },
    ],
    month: '2026-03',
    expected: { numerator: 427, denominator: 2, value: 214, counted: ['K1', 'N1'] },
  },
  {
    name: 'a temporary move and the return to the same foster carers do not restart the placement',
    explanation:
      'O1 entered care on 01/06/2023 and moved on 01/07/2023 to long-term foster carers (U4). A respite stay while the carers were on holiday (T3, 01/09/2023 to 10/09/2023) and the return to them are not a new placement. The carers adopted (A5 from 01/04/2024, same carer). A10 counts to 01/07/2023: 30 days.',
    children: [
      {
        child: 'O1', dob: '01/01/2022',
        episodes: [
          { start: '01/06/2023', end: '01/07/2023', ls: 'C2', place: 'U6', rec: 'X1' },
          { start: '01/07/2023', end: '01/09/2023', rne: 'P', ls: 'C2', place: 'U4', rec: 'X1' },
          { start: '01/09/2023', end: '10/09/2023', rne: 'P', ls: 'C2', place: 'T3', rec: 'X1' },
          { start: '10/09/2023', end: '01/04/2024', rne: 'P', ls: 'C2', place: 'U4', rec: 'X1' },
          { start: '01/04/2024', end: '01/12/2024', rne: 'T', ls: 'E1', place: 'A5', rec: 'E11' },
        ],
      },
    ],
    month: '2026-03',
    expected: { numerator: 30, denominator: 1, value: 30, counted: ['O1'] },
  },
  {
    name: 'when the episodes show a new carer, the placement for adoption is used even if AD1 says foster carers adopted',
    explanation:
      'P1’s AD1 row says the foster carers adopted, but the episode placing P1 for adoption (A5 on 01/03/2024) records a new carer (reason P), so no earlier placement with the adopters can be found: A10 counts to 01/03/2024, 274 days after entering care on 01/06/2023, and the child list flags the disagreement.',
    children: [
      {
        child: 'P1', dob: '01/01/2022',
        episodes: [
          { start: '01/06/2023', end: '01/03/2024', ls: 'E1', place: 'U4', rec: 'X1' },
          { start: '01/03/2024', end: '01/10/2024', rne: 'P', ls: 'E1', place: 'A5', rec: 'E11' },
        ],
        ssda903: { ad1: [ad1('P1', '01/10/2023', '01/02/2024', true)] },
      },
    ],
    month: '2026-03',
    expected: { numerator: 274, denominator: 1, value: 274, counted: ['P1'] },
  },
  {
    name: 'without the SSDA903 episodes the measure is unavailable',
    explanation: 'The council supplied no Episodes table, so the measure says so instead of showing a figure.',
    children: [],
    supplied: allTablesBut('ssda903.episodes'),
    month: '2026-03',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
];
