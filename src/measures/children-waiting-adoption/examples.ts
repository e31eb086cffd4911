// Worked examples for children_waiting_adoption: synthetic histories (no real child data) with hand-computed results.
import type { WorkedExample } from '../example-kit.ts';
import { allTablesBut, decision } from '../shared/adoption-examples.ts';

export const examples: WorkedExample[] = [
  {
    name: 'a child with a placement order still in foster care is waiting; one placed for adoption is not',
    explanation:
      'At 31/03/2026 W1 has a placement order (legal status E1) and lives with foster carers (U6): waiting. W2 has a placement order and was placed for adoption (A6) on 01/02/2026: no longer waiting. 1 child.',
    children: [
      { child: 'W1', dob: '01/01/2024', episodes: [{ start: '01/03/2025', end: '01/10/2025', ls: 'C1', rec: 'X1' }, { start: '01/10/2025', rne: 'L', ls: 'E1' }], ssda903: { placedAdoption: [decision('W1', '01/08/2025')] } },
      { child: 'W2', dob: '01/01/2024', episodes: [{ start: '01/03/2025', end: '01/02/2026', ls: 'E1', rec: 'X1' }, { start: '01/02/2026', rne: 'P', ls: 'E1', place: 'A6' }], ssda903: { placedAdoption: [decision('W2', '01/06/2025')] } },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: null, value: 1, counted: ['W1'] },
  },
  {
    name: 'a decision to adopt counts before the court order; a reversed decision, or one from an earlier period of care, does not',
    explanation:
      'W3 is on an interim care order with a decision of 01/01/2026 that they should be placed for adoption: waiting. W4 has a placement order but the decision was reversed on 01/02/2026: adoption is no longer the plan, not counted. W5’s decision was made in an earlier period of care that ended in 2021; back in care now without one: not counted. 1 child.',
    children: [
      { child: 'W3', dob: '01/01/2025', episodes: [{ start: '01/06/2025', ls: 'C1' }], ssda903: { placedAdoption: [decision('W3', '01/01/2026')] } },
      { child: 'W4', dob: '01/01/2024', episodes: [{ start: '01/03/2025', ls: 'E1' }], ssda903: { placedAdoption: [decision('W4', '01/06/2025', '01/02/2026')] } },
      {
        child: 'W5', dob: '01/01/2019',
        episodes: [{ start: '01/01/2020', end: '01/06/2021', ls: 'C2', rec: 'E4A' }, { start: '01/01/2026', ls: 'C1' }],
        ssda903: { placedAdoption: [decision('W5', '01/06/2020', '01/05/2021')] },
      },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: null, value: 1, counted: ['W3'] },
  },
  {
    name: 'a decision after the month end, and a child not looked after, do not count',
    explanation:
      'At 28/02/2026: X1’s decision is dated 01/03/2026, after the month end, and X1 has no placement order: not waiting yet. X2 left care on 01/02/2026 (special guardianship) and is not looked after. 0 children.',
    children: [
      { child: 'X1', dob: '01/01/2025', episodes: [{ start: '01/06/2025', ls: 'C1' }], ssda903: { placedAdoption: [decision('X1', '01/03/2026')] } },
      { child: 'X2', dob: '01/01/2024', episodes: [{ start: '01/03/2025', end: '01/02/2026', ls: 'E1', rec: 'E45' }], ssda903: { placedAdoption: [decision('X2', '01/06/2025')] } },
    ],
    month: '2026-02',
    expected: { numerator: 0, denominator: null, value: 0, counted: [] },
  },
  {
    name: 'without the PlacedAdoption table the measure is unavailable',
    explanation: 'Adoption decisions come from the PlacedAdoption table; the council supplied none, so the measure says so instead of counting only placement orders.',
    children: [],
    supplied: allTablesBut('ssda903.placedAdoption'),
    month: '2026-03',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
  {
    name: 'for a child whose care began before the data, a decision before their first episode in the data counts',
    explanation:
      'Only the 2025-26 return was supplied. W9’s first episode in it, from 01/04/2025, has reason for new episode L (a change of legal status): W9 was already in care, and the decision to place for adoption of 01/02/2025 was made in this same period of care, so W9, still in foster care (U6) at 31/03/2026, is waiting. 1 child.',
    children: [
      { child: 'W9', dob: '01/01/2023', episodes: [{ start: '01/04/2025', rne: 'L', ls: 'C2', place: 'U6' }], ssda903: { placedAdoption: [decision('W9', '01/02/2025')] } },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: null, value: 1, counted: ['W9'] },
  },
];
