// Worked examples for adoption_a2_days: synthetic histories (no real child data) with hand-computed results.
import type { WorkedExample } from '../example-kit.ts';
import { ad1, allTablesBut } from '../shared/adoption-examples.ts';

export const examples: WorkedExample[] = [
  {
    name: 'days from the placement order to the match, with a match before the order counting as 0',
    explanation:
      'Q1’s placement order (legal status E1) began on 01/11/2023 and Q1 was matched on 01/02/2024: 92 days. Q2 was matched on 15/02/2024, before the placement order of 01/03/2024: 0 days. (92 + 0) / 2 = 46.',
    children: [
      {
        child: 'Q1', dob: '01/01/2023',
        episodes: [
          { start: '01/05/2023', end: '01/11/2023', ls: 'C1', place: 'U6', rec: 'X1' },
          { start: '01/11/2023', end: '15/02/2024', rne: 'L', ls: 'E1', place: 'U6', rec: 'X1' },
          { start: '15/02/2024', end: '01/10/2024', rne: 'P', ls: 'E1', place: 'A6', rec: 'E11' },
        ],
        ssda903: { ad1: [ad1('Q1', '01/09/2023', '01/02/2024')] },
      },
      {
        child: 'Q2', dob: '01/01/2023',
        episodes: [
          { start: '01/05/2023', end: '01/03/2024', ls: 'C2', place: 'U6', rec: 'X1' },
          { start: '01/03/2024', end: '20/03/2024', rne: 'L', ls: 'E1', place: 'U6', rec: 'X1' },
          { start: '20/03/2024', end: '01/11/2024', rne: 'P', ls: 'E1', place: 'A6', rec: 'E12' },
        ],
        ssda903: { ad1: [ad1('Q2', '01/10/2023', '15/02/2024')] },
      },
    ],
    month: '2026-03',
    expected: { numerator: 92, denominator: 2, value: 46, counted: ['Q1', 'Q2'] },
  },
  {
    name: 'children placed with consent, or not placed before adoption, are left out; a freeing order counts',
    explanation:
      'R1 was placed for adoption with parental consent (A4, legal status V2): no court order, so excluded. R2 had a placement order but was adopted straight from foster care (U4) with no placement for adoption recorded: excluded. R3 had a freeing order (D1) from 01/06/2023 and was matched on 01/09/2023: 92 days.',
    children: [
      {
        child: 'R1', dob: '01/01/2023',
        episodes: [{ start: '01/03/2023', end: '01/09/2023', ls: 'V2', place: 'U6', rec: 'X1' }, { start: '01/09/2023', end: '01/03/2024', rne: 'P', ls: 'V2', place: 'A4', rec: 'E11' }],
        ssda903: { ad1: [ad1('R1', '01/06/2023', '01/08/2023')] },
      },
      {
        child: 'R2', dob: '01/01/2023',
        episodes: [{ start: '01/03/2023', end: '01/07/2023', ls: 'C2', place: 'U4', rec: 'X1' }, { start: '01/07/2023', end: '01/06/2024', rne: 'L', ls: 'E1', place: 'U4', rec: 'E11' }],
        ssda903: { ad1: [ad1('R2', '01/06/2023', '01/09/2023')] },
      },
      {
        child: 'R3', dob: '01/01/2023',
        episodes: [{ start: '01/03/2023', end: '01/06/2023', ls: 'C2', place: 'U6', rec: 'X1' }, { start: '01/06/2023', end: '01/10/2023', rne: 'L', ls: 'D1', place: 'U6', rec: 'X1' }, { start: '01/10/2023', end: '01/05/2024', rne: 'P', ls: 'D1', place: 'A6', rec: 'E11' }],
        ssda903: { ad1: [ad1('R3', '01/04/2023', '01/09/2023')] },
      },
    ],
    month: '2026-03',
    expected: { numerator: 92, denominator: 1, value: 92, counted: ['R3'] },
  },
  {
    name: 'a placement order already in force when the data begin has no known date, so the child is left out',
    explanation:
      'T1’s care began before the data: the first episode in the data, from 01/02/2023 (reason for new episode P, a move to adopters), already has legal status E1, so the day the placement order was made is not in the data, and the match on 01/12/2022 cannot be timed from it: listed, not counted (counting it as 0 days, matched “before” 01/02/2023, would understate the wait). T2’s care also began before the data, but the placement order is a change of legal status within them (RNE L on 01/03/2023); matched 01/05/2023: 61 days. T3’s first episode in the data began on 01/03/2023 with reason L, so its E1 began that day: matched 01/04/2023, 31 days. (61 + 31) / 2 = 46.',
    children: [
      {
        child: 'T1', dob: '01/01/2021',
        episodes: [{ start: '01/02/2023', end: '01/02/2024', rne: 'P', ls: 'E1', place: 'A6', rec: 'E11' }],
        ssda903: { ad1: [ad1('T1', '01/06/2022', '01/12/2022')] },
      },
      {
        child: 'T2', dob: '01/01/2021',
        episodes: [
          { start: '01/01/2023', end: '01/03/2023', rne: 'P', ls: 'C2', place: 'U6', rec: 'X1' },
          { start: '01/03/2023', end: '01/06/2023', rne: 'L', ls: 'E1', place: 'U6', rec: 'X1' },
          { start: '01/06/2023', end: '01/03/2024', rne: 'P', ls: 'E1', place: 'A6', rec: 'E11' },
        ],
        ssda903: { ad1: [ad1('T2', '01/02/2023', '01/05/2023')] },
      },
      {
        child: 'T3', dob: '01/01/2021',
        episodes: [
          { start: '01/03/2023', end: '01/05/2023', rne: 'L', ls: 'E1', place: 'U6', rec: 'X1' },
          { start: '01/05/2023', end: '01/02/2024', rne: 'P', ls: 'E1', place: 'A6', rec: 'E11' },
        ],
        ssda903: { ad1: [ad1('T3', '01/02/2023', '01/04/2023')] },
      },
    ],
    month: '2026-03',
    expected: { numerator: 92, denominator: 2, value: 46, counted: ['T2', 'T3'] },
  },
  {
    name: 'a child with no match date is left out, and an empty cohort has no figure',
    explanation: 'S1 had a placement order and was placed for adoption, but AD1 records no match date: listed, not counted. No child is left, so 0 of 0 and no average.',
    children: [
      {
        child: 'S1', dob: '01/01/2023',
        episodes: [{ start: '01/03/2023', end: '01/07/2023', ls: 'E1', place: 'U6', rec: 'X1' }, { start: '01/07/2023', end: '01/03/2024', rne: 'P', ls: 'E1', place: 'A6', rec: 'E11' }],
        ssda903: { ad1: [ad1('S1', '01/04/2023', null)] },
      },
    ],
    month: '2026-03',
    expected: { numerator: 0, denominator: 0, value: null, counted: [] },
  },
  {
    name: 'without the AD1 table the measure is unavailable',
    explanation: 'Match dates come only from AD1; the council supplied none, so the measure says so instead of showing a figure.',
    children: [],
    supplied: allTablesBut('ssda903.ad1'),
    month: '2026-03',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
];
