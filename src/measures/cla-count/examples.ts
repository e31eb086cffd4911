// Worked examples for cla_count: synthetic histories (no real child data) with hand-computed results.
import type { WorkedExample } from '../example-kit.ts';

export const examples: WorkedExample[] = [
  {
    name: 'a child who enters care on the last day of the month is counted',
    explanation: 'The episode starts on 31/03/2026 and is open, so it is in force at the end of 31 March.',
    children: [{ child: 'A1', dob: '10/05/2015', episodes: [{ start: '31/03/2026' }] }],
    month: '2026-03',
    expected: { numerator: 1, denominator: null, value: 1, counted: ['A1'] },
  },
  {
    name: 'a child who leaves care on the last day of the month is not counted',
    explanation: 'The episode ends (DEC) on 31/03/2026, so it is no longer in force at the end of that day.',
    children: [{ child: 'B1', dob: '02/02/2012', episodes: [{ start: '04/01/2026', end: '31/03/2026', rec: 'E4A' }] }],
    month: '2026-03',
    expected: { numerator: 0, denominator: null, value: 0, counted: [] },
  },
  {
    name: 'a child on a V3 short break is not counted',
    explanation: 'Legal status V3 is an agreed series of short breaks, which DfE figures exclude; the V2 child is counted.',
    children: [
      { child: 'C1', dob: '14/08/2013', episodes: [{ start: '29/03/2026', end: '02/04/2026', ls: 'V3', place: 'K2', rec: 'E13' }] },
      { child: 'C2', dob: '14/08/2013', episodes: [{ start: '01/03/2026', ls: 'V2' }] },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: null, value: 1, counted: ['C2'] },
  },
  {
    name: 'a child with two periods of care is counted once, and only while in care',
    explanation:
      'D1 was in care from 10/01/2024 to 01/06/2024, went home, and came back on 01/02/2026. At the end of March 2026 the second period is open: counted once.',
    children: [
      {
        child: 'D1',
        dob: '20/11/2010',
        episodes: [
          { start: '10/01/2024', end: '15/03/2024', rec: 'X1' },
          { start: '15/03/2024', end: '01/06/2024', rne: 'P', rec: 'E4A' },
          { start: '01/02/2026', rne: 'S' },
        ],
      },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: null, value: 1, counted: ['D1'] },
  },
  {
    name: 'a child between two periods of care is not counted',
    explanation: 'The same child D1 at the end of January 2025: the first period ended on 01/06/2024 and the second had not begun.',
    children: [
      {
        child: 'D1',
        dob: '20/11/2010',
        episodes: [
          { start: '10/01/2024', end: '01/06/2024', rec: 'E4A' },
          { start: '01/02/2026', rne: 'S' },
        ],
      },
    ],
    month: '2025-01',
    expected: { numerator: 0, denominator: null, value: 0, counted: [] },
  },
  {
    name: 'a young person who turns 18 during the month is not counted at its end',
    explanation:
      'E1 turned 18 on 15/03/2026 and their care ended that day (E17, staying put). E2 turned 18 on 20/03/2026 but their episode is still open in the extract; looked-after status ends at 18, so neither is counted at 31 March. Both were counted at the end of February.',
    children: [
      { child: 'E1', dob: '15/03/2008', episodes: [{ start: '01/05/2020', end: '15/03/2026', place: 'U4', rec: 'E17' }] },
      { child: 'E2', dob: '20/03/2008', episodes: [{ start: '01/05/2021', place: 'K2' }] },
    ],
    month: '2026-03',
    expected: { numerator: 0, denominator: null, value: 0, counted: [] },
  },
  {
    name: 'young people aged 17 at the month end are counted',
    explanation: 'The same two young people at the end of February 2026, when both were 17 and in care.',
    children: [
      { child: 'E1', dob: '15/03/2008', episodes: [{ start: '01/05/2020', end: '15/03/2026', place: 'U4', rec: 'E17' }] },
      { child: 'E2', dob: '20/03/2008', episodes: [{ start: '01/05/2021', place: 'K2' }] },
    ],
    month: '2026-02',
    expected: { numerator: 2, denominator: null, value: 2, counted: ['E1', 'E2'] },
  },
];
