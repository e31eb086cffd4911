// Worked examples for cla_starts: synthetic histories (no real child data) with hand-computed results.
import type { WorkedExample } from '../example-kit.ts';

export const examples: WorkedExample[] = [
  {
    name: 'starts on the first and last day of the month count; a move within care does not',
    explanation:
      'A1 came into care on 01/03/2026 and A2 on 31/03/2026: both in March. A3 has been in care since 2025 and moved foster home on 10/03/2026 (RNE P): not a start. A4 came into care on 01/04/2026, in April.',
    children: [
      { child: 'A1', dob: '01/05/2015', episodes: [{ start: '01/03/2026' }] },
      { child: 'A2', dob: '01/05/2015', episodes: [{ start: '31/03/2026' }] },
      { child: 'A3', dob: '01/05/2015', episodes: [{ start: '01/06/2025', end: '10/03/2026', rec: 'X1' }, { start: '10/03/2026', rne: 'P' }] },
      { child: 'A4', dob: '01/05/2015', episodes: [{ start: '01/04/2026' }] },
    ],
    month: '2026-03',
    expected: { numerator: 2, denominator: null, value: 2, counted: ['A1', 'A2'] },
  },
  {
    name: 'a child who comes into care twice in the month is counted once',
    explanation: 'B1 came into care on 02/03/2026, went home on 09/03/2026 and came back on 20/03/2026: two new periods of care, one child.',
    children: [{ child: 'B1', dob: '01/05/2012', episodes: [{ start: '02/03/2026', end: '09/03/2026', rec: 'E4A' }, { start: '20/03/2026', rne: 'S' }] }],
    month: '2026-03',
    expected: { numerator: 1, denominator: null, value: 1, counted: ['B1'] },
  },
  {
    name: 'short breaks are not starts, until they become ordinary care',
    explanation:
      'C1 began a short break (V3) on 05/03/2026: not counted. C2 had short breaks (V3) from 01/02/2026 that became section 20 accommodation (V2, a change of legal status only) on 12/03/2026: counted as starting on 12/03/2026.',
    children: [
      { child: 'C1', dob: '01/05/2012', episodes: [{ start: '05/03/2026', end: '09/03/2026', ls: 'V3', place: 'K2', rec: 'E13' }] },
      { child: 'C2', dob: '01/05/2012', episodes: [{ start: '01/02/2026', end: '12/03/2026', ls: 'V3', place: 'K2', rec: 'X1' }, { start: '12/03/2026', rne: 'L', ls: 'V2', place: 'K2' }] },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: null, value: 1, counted: ['C2'] },
  },
  {
    name: 'a period of care that begins in the data with a move, not a start (RNE S), began before the data',
    explanation:
      'D1’s earliest episode in the data began on 10/03/2026 with reason P (a change of placement): D1 was already in care and the earlier episodes are not in the data, so this is not a start (listed, not counted). D2 came into care on 16/03/2026 (RNE S): counted.',
    children: [
      { child: 'D1', dob: '01/05/2012', episodes: [{ start: '10/03/2026', rne: 'P' }] },
      { child: 'D2', dob: '01/05/2012', episodes: [{ start: '16/03/2026', rne: 'S' }] },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: null, value: 1, counted: ['D2'] },
  },
];
