// Worked examples for cla_ceased: synthetic histories (no real child data) with hand-computed results.
import type { ExampleChild, WorkedExample } from '../example-kit.ts';

/** In a children’s home under section 20 (V2), then from 10/01/2026 an agreed series of short breaks (V4) only, ended 20/03/2026. */
const careThenShortBreaks: ExampleChild = {
  child: 'E1', dob: '01/05/2012',
  episodes: [{ start: '01/06/2025', end: '10/01/2026', ls: 'V2', place: 'K2', rec: 'X1' }, { start: '10/01/2026', end: '20/03/2026', rne: 'L', ls: 'V4', place: 'K2', rec: 'E13' }],
};

export const examples: WorkedExample[] = [
  {
    name: 'leaving on the first or last day of the month counts; a change of placement does not',
    explanation:
      'A1 went home on 01/03/2026 (E4A) and A2 was adopted on 31/03/2026 (E11): both left care in March. A3 moved placement on 15/03/2026 (episode ended X1), so is still in care. A4 left on 28/02/2026, in February.',
    children: [
      { child: 'A1', dob: '01/05/2015', episodes: [{ start: '01/06/2025', end: '01/03/2026', rec: 'E4A' }] },
      { child: 'A2', dob: '01/05/2023', episodes: [{ start: '01/06/2024', end: '31/03/2026', ls: 'E1', place: 'A6', rec: 'E11' }] },
      { child: 'A3', dob: '01/05/2015', episodes: [{ start: '01/06/2025', end: '15/03/2026', rec: 'X1' }, { start: '15/03/2026', rne: 'P' }] },
      { child: 'A4', dob: '01/05/2015', episodes: [{ start: '01/06/2025', end: '28/02/2026', rec: 'E4A' }] },
    ],
    month: '2026-03',
    expected: { numerator: 2, denominator: null, value: 2, counted: ['A1', 'A2'] },
  },
  {
    name: 'a child who leaves care twice in the month is counted once',
    explanation: 'B1 went home on 06/03/2026, came back on 12/03/2026 and went home again on 27/03/2026: two periods ended, one child.',
    children: [{ child: 'B1', dob: '01/05/2012', episodes: [{ start: '01/01/2026', end: '06/03/2026', rec: 'E4A' }, { start: '12/03/2026', end: '27/03/2026', rne: 'S', rec: 'E4B' }] }],
    month: '2026-03',
    expected: { numerator: 1, denominator: null, value: 1, counted: ['B1'] },
  },
  {
    name: 'the end of a short break is not leaving care; turning 18 is',
    explanation:
      'C1’s short break (V3) ended on 09/03/2026: not counted. C2 turned 18 on 20/03/2026 and stayed with the foster carers (E17): counted. C3 turned 18 on 15/03/2026 but the episode is still open in the data: not counted until it is closed.',
    children: [
      { child: 'C1', dob: '01/05/2012', episodes: [{ start: '05/03/2026', end: '09/03/2026', ls: 'V3', place: 'K2', rec: 'E13' }] },
      { child: 'C2', dob: '20/03/2008', episodes: [{ start: '01/06/2022', end: '20/03/2026', place: 'U4', rec: 'E17' }] },
      { child: 'C3', dob: '15/03/2008', episodes: [{ start: '01/06/2022', place: 'U4' }] },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: null, value: 1, counted: ['C2'] },
  },
  {
    name: 'a child whose care goes on as short breaks leaves care the day the ordinary care ends',
    explanation:
      'E1 was looked after in a children’s home under section 20 (V2) from 01/06/2025; from 10/01/2026 the care went on as an agreed series of short breaks (V4, the V2 episode ending X1), and the short breaks ended on 20/03/2026 (E13). E1 stopped being counted as looked after on 10/01/2026, so left care in January, not in March. E2 went home on 15/01/2026 (E4A). 2 children left care in January 2026.',
    children: [
      careThenShortBreaks,
      { child: 'E2', dob: '01/05/2012', episodes: [{ start: '01/06/2025', end: '15/01/2026', rec: 'E4A' }] },
    ],
    month: '2026-01',
    expected: { numerator: 2, denominator: null, value: 2, counted: ['E1', 'E2'] },
  },
  {
    name: 'the end of short breaks that followed ordinary care is not a second leaving',
    explanation:
      'E1 (as in the example before) left care on 10/01/2026, when the care went on as short breaks; the short breaks ending on 20/03/2026 is not counted in March. E2 went home on 05/03/2026 (E4A). 1 child left care in March 2026.',
    children: [
      careThenShortBreaks,
      { child: 'E2', dob: '01/05/2012', episodes: [{ start: '01/06/2025', end: '05/03/2026', rec: 'E4A' }] },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: null, value: 1, counted: ['E2'] },
  },
  {
    name: 'an episode ending X1 with no episode after it is not leaving care',
    explanation:
      'D1’s last episode in the data ended on 12/03/2026 with reason X1 (“episode ends and a new one starts the same day”), but the next episode is missing from the data: the record says care continued, so D1 is listed as not counted (incomplete data) rather than counted as leaving. D2 went home on 20/03/2026 (E4A): counted.',
    children: [
      { child: 'D1', dob: '01/05/2012', episodes: [{ start: '01/06/2025', end: '12/03/2026', rec: 'X1' }] },
      { child: 'D2', dob: '01/05/2012', episodes: [{ start: '01/06/2025', end: '20/03/2026', rec: 'E4A' }] },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: null, value: 1, counted: ['D2'] },
  },
  {
    name: 'a period that no return records the end of is not counted in any month',
    explanation:
      'D1 was in care in the 2024/25 return, with the episode still open at 31/03/2025, and appears in no later return. carestats closes the episode on 01/04/2025 with E99 (ended, reason not recorded) so the history stays consistent, but the child did not necessarily leave in April: not counted. D2 went home on 10/04/2025 (E4A): counted.',
    children: [
      { child: 'D1', dob: '01/05/2012', episodes: [{ start: '01/09/2024', end: '01/04/2025', rec: 'E99' }] },
      { child: 'D2', dob: '01/05/2012', episodes: [{ start: '01/09/2024', end: '10/04/2025', rec: 'E4A' }] },
    ],
    month: '2025-04',
    expected: { numerator: 1, denominator: null, value: 1, counted: ['D2'] },
  },
];
