// Worked examples for care_leavers_pathway_plan_pct: synthetic histories (no real child data) with hand-computed results.
import type { WorkedExample } from '../example-kit.ts';
import { careLeaver, leaverRecord, WITHOUT_CARE_LEAVERS } from '../shared/care-leaver-examples.ts';

export const examples: WorkedExample[] = [
  {
    name: 'a review within six months is up to date; one a day older is overdue',
    explanation:
      'At 31/03/2026: P1’s plan was reviewed on 01/10/2025, next due by 01/04/2026, so up to date. P2’s was reviewed on 30/09/2025, due by 30/03/2026, so overdue at the month end. 1 of 2 = 50%.',
    children: [
      careLeaver('P1', '01/05/2006', '01/05/2024', [{ contact: '01/03/2026', plan: '01/10/2025' }]),
      careLeaver('P2', '01/05/2006', '01/05/2024', [{ contact: '01/03/2026', plan: '30/09/2025' }]),
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 2, value: 50, counted: ['P1'] },
  },
  {
    name: 'the latest review on or before the month end counts, whatever the contacts',
    explanation:
      'P3 has reviews on 15/06/2025 and 20/01/2026: the later one is within six months, up to date. P4 was reviewed on 10/05/2025 and next on 10/04/2026, after the month end, which cannot count at 31/03/2026: overdue. P5 has no pathway plan date: not met. 1 of 3 = 33%.',
    children: [
      careLeaver('P3', '01/05/2006', '01/05/2024', [{ contact: '01/07/2025', plan: '15/06/2025' }, { contact: '01/02/2026', plan: '20/01/2026' }]),
      careLeaver('P4', '01/05/2006', '01/05/2024', [{ contact: '01/03/2026', plan: '10/05/2025' }, { contact: '15/04/2026', plan: '10/04/2026' }]),
      careLeaver('P5', '01/05/2006', '01/05/2024', [{ contact: '01/03/2026' }]),
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 3, value: 33, counted: ['P3'] },
  },
  {
    name: 'care leavers aged 16 to 21 are in the cohort; those still in care or aged 22 are not',
    explanation:
      'Q1 left care at 16 on 01/12/2025 (a relevant child) and has a plan from 10/12/2025: up to date. Q2 is 22 and outside the cohort. Q3 (16) is still looked after: left out. 1 of 1 = 100%.',
    children: [
      careLeaver('Q1', '01/06/2009', '01/12/2025', [{ contact: '10/12/2025', plan: '10/12/2025', eligibility: 'Relevant' }], 'E13'),
      careLeaver('Q2', '01/01/2004', '01/01/2022', [{ contact: '10/12/2025', plan: '10/12/2025' }]),
      { child: 'Q3', dob: '01/06/2009', episodes: [{ start: '01/01/2024' }], ssd: { careLeavers: [leaverRecord('Q3', { contact: null, plan: '01/03/2026', eligibility: 'Relevant' })] } },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 1, value: 100, counted: ['Q1'] },
  },
  {
    name: 'in a short month a review due on the month end is not yet overdue',
    explanation:
      'At 28/02/2026: R1’s plan was reviewed on 31/08/2025; six months on is 28/02/2026 (February has no 31st), the month end itself, so not yet overdue. R2’s was reviewed on 27/08/2025, due by 27/02/2026: overdue. 1 of 2 = 50%.',
    children: [
      careLeaver('R1', '01/05/2006', '01/05/2024', [{ contact: '01/02/2026', plan: '31/08/2025' }]),
      careLeaver('R2', '01/05/2006', '01/05/2024', [{ contact: '01/02/2026', plan: '27/08/2025' }]),
    ],
    month: '2026-02',
    expected: { numerator: 1, denominator: 2, value: 50, counted: ['R1'] },
  },
  {
    name: 'care that ended before the 16th birthday does not make a care leaver, whatever the later category says',
    explanation:
      'S1 (born 07/03/2008) was looked after for 8 weeks at 14, to 12/10/2022, and again at 16 from 15/05/2024 to 29/07/2024, after which the SSD records S1 as Former Relevant. At 31/03/2024 S1 had left care only at 14: a relevant child was looked after at 16 or over, so S1 was not yet a care leaver, and is not in the cohort (the undated category comes from the later care). S3 (born 15/01/2008) left care on the 16th birthday, 15/01/2024 (the DEC, the first day not looked after), so was never looked after at 16: not in the cohort either (DfE rule 1001 asks for a day in care after the birthday). S2 left care at 18 and was last reviewed on 01/02/2024: up to date. 1 of 1 = 100%.',
    children: [
      {
        child: 'S1', dob: '07/03/2008',
        episodes: [{ start: '18/08/2022', end: '12/10/2022', ls: 'V2', rec: 'E4B' }, { start: '15/05/2024', end: '29/07/2024', ls: 'V2', place: 'K2', rec: 'E13' }],
        ssd: { careLeavers: [leaverRecord('S1', { contact: '21/08/2024', plan: '29/07/2024' })] },
      },
      {
        child: 'S3', dob: '15/01/2008',
        episodes: [{ start: '01/09/2022', end: '15/01/2024', ls: 'C2', rec: 'E4A' }],
        ssd: { careLeavers: [leaverRecord('S3', { contact: '01/03/2024', plan: '01/02/2024' })] },
      },
      careLeaver('S2', '01/05/2005', '01/05/2023', [{ contact: '01/02/2024', plan: '01/02/2024' }]),
    ],
    month: '2024-03',
    expected: { numerator: 1, denominator: 1, value: 100, counted: ['S2'] },
  },
  {
    name: 'without the care leavers table the measure is unavailable',
    explanation: 'The council supplied no ssd_care_leavers rows, so the measure says so instead of showing 0%.',
    children: [careLeaver('R9', '01/05/2006', '01/05/2024', [])],
    supplied: WITHOUT_CARE_LEAVERS,
    month: '2026-03',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
];
