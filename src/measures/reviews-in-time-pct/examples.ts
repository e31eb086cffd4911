// Worked examples for reviews_in_time_pct: synthetic histories (no real child data) with hand-computed results.
import type { ReviewRecord, SsdReviewRecord } from '../../ingest/records.ts';
import { ALL_TABLES, exampleDay, type WorkedExample } from '../example-kit.ts';
import { ssdReview } from '../shared/example-records.ts';

let row = 1;

/** An SSDA903 Reviews row for a child. */
function review903(child: string, dob: string, held: string): ReviewRecord {
  row += 1;
  return { child, dob: exampleDay(dob), review: exampleDay(held), reviewCode: 'PN1', file: 'reviews.csv', row, year: 2026 };
}

const onTimeYear = (): SsdReviewRecord[] => [ssdReview('25/04/2025'), ssdReview('20/07/2025'), ssdReview('15/01/2026')];
/** A first review on 20/01/2025, then two in a new period of care from 03/11/2025, all on time. */
const reviewedThenBackInCare = (): SsdReviewRecord[] => [ssdReview('20/01/2025'), ssdReview('20/11/2025'), ssdReview('10/02/2026')];

export const examples: WorkedExample[] = [
  {
    name: 'the first review is due 20 working days after care begins, counting round Easter',
    explanation:
      'A and B came into care on 31/03/2026. Twenty working days later, skipping Good Friday (03/04/2026) and Easter Monday (06/04/2026), is 30/04/2026. A’s review that day is on time; B has had none, so B’s is overdue at the end of April. C came in on 02/04/2026: 20 working days (also skipping the early May bank holiday) runs to 05/05/2026, so C is not yet in the cohort. 1 of 2 = 50%.',
    children: [
      { child: 'A', dob: '01/01/2015', episodes: [{ start: '31/03/2026' }], ssd: { reviews: [ssdReview('30/04/2026')] } },
      { child: 'B', dob: '01/01/2015', episodes: [{ start: '31/03/2026' }] },
      { child: 'C', dob: '01/01/2015', episodes: [{ start: '02/04/2026' }] },
    ],
    month: '2026-04',
    expected: { numerator: 1, denominator: 2, value: 50, counted: ['A'] },
  },
  {
    name: 'the second review is due within 3 months of the first, later ones within 6 months of the last',
    explanation:
      'Both came into care on 01/04/2025; the first review was due by 01/05/2025 (Easter 2025 falls between) and both had it on 25/04/2025. E’s second review on 20/07/2025 was within 3 months (by 25/07/2025) and the third on 15/01/2026 within 6 months of that (by 20/01/2026). F’s second review on 01/08/2025 was a week late, so F is not counted even though the third review was on time. 1 of 2 = 50%.',
    children: [
      { child: 'E', dob: '01/01/2012', episodes: [{ start: '01/04/2025' }], ssd: { reviews: onTimeYear() } },
      { child: 'F', dob: '01/01/2012', episodes: [{ start: '01/04/2025' }], ssd: { reviews: [ssdReview('25/04/2025'), ssdReview('01/08/2025'), ssdReview('01/01/2026')] } },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 2, value: 50, counted: ['E'] },
  },
  {
    name: 'a review overdue at the month end fails, and a late review before the 12 months does not count',
    explanation:
      'Both have been in care since 2020; the review records begin on 01/09/2024, so earlier reviews are simply not in the data. H’s review on 20/03/2025 was late (6 months after 01/09/2024 was 01/03/2025) but that is before the 12 months to 31/03/2026; H’s reviews on 15/09/2025 and 10/03/2026 were on time, so H is counted. G was reviewed on 10/09/2025, so the next review was due by 10/03/2026 and had not been held by 31/03/2026: overdue. 1 of 2 = 50%.',
    children: [
      { child: 'G', dob: '01/01/2010', episodes: [{ start: '01/06/2020' }], ssd: { reviews: [ssdReview('10/03/2025'), ssdReview('10/09/2025')] } },
      {
        child: 'H', dob: '01/01/2010', episodes: [{ start: '01/06/2020' }],
        ssd: { reviews: [ssdReview('01/09/2024'), ssdReview('20/03/2025'), ssdReview('15/09/2025'), ssdReview('10/03/2026')] },
      },
    ],
    recordsBegin: { 'ssd.reviews': '01/09/2024' },
    month: '2026-03',
    expected: { numerator: 1, denominator: 2, value: 50, counted: ['H'] },
  },
  {
    name: 'a new period of care restarts the timetable, but a review missed in an earlier period in the 12 months still counts',
    explanation:
      'J left care on 15/05/2025, before the second review of that period fell due (20/05/2025), and came back on 02/03/2026; the new period’s first review was due 20 working days later, by 30/03/2026, and was held on 27/03/2026: counted. K was in care from 01/04/2025 to 30/09/2025; after the first review on 25/04/2025 the second was due by 25/07/2025 and never held while K was in care, a missed review within the 12 months, so K is not counted although the new period’s review was on time. 1 of 2 = 50%.',
    children: [
      {
        child: 'J', dob: '01/01/2011',
        episodes: [{ start: '01/02/2025', end: '15/05/2025', rec: 'E4A' }, { start: '02/03/2026', rne: 'S' }],
        ssd: { reviews: [ssdReview('20/02/2025'), ssdReview('27/03/2026')] },
      },
      {
        child: 'K', dob: '01/01/2011',
        episodes: [{ start: '01/04/2025', end: '30/09/2025', rec: 'E4A' }, { start: '02/03/2026', rne: 'S' }],
        ssd: { reviews: [ssdReview('25/04/2025'), ssdReview('27/03/2026')] },
      },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 2, value: 50, counted: ['J'] },
  },
  {
    name: 'for a child whose short breaks turned into full-time care, the timetable starts when full-time care did',
    explanation:
      'S and W had a short break (V3) from 02/02/2026 and stayed on, looked after under a care order (C2), from 06/02/2026. Regulation 33 applies from 06/02/2026, so the first review was due 20 working days later, by 06/03/2026 (not by 02/03/2026, counting from the short break). S’s review on 05/03/2026 was on time; W’s on 09/03/2026 was late. U has had an agreed series of short breaks (V4) since 01/06/2020, reviewed under regulation 48 on 01/10/2025, and has been in full-time care only since 20/03/2026: 8 working days by 31/03/2026, so not yet in the cohort, and the short-break review is not judged. 1 of 2 = 50%.',
    children: [
      {
        child: 'S', dob: '01/01/2014', episodes: [{ start: '02/02/2026', end: '06/02/2026', ls: 'V3', rec: 'X1' }, { start: '06/02/2026', rne: 'L' }],
        ssd: { reviews: [ssdReview('05/03/2026')] },
      },
      {
        child: 'W', dob: '01/01/2014', episodes: [{ start: '02/02/2026', end: '06/02/2026', ls: 'V3', rec: 'X1' }, { start: '06/02/2026', rne: 'L' }],
        ssd: { reviews: [ssdReview('09/03/2026')] },
      },
      {
        child: 'U', dob: '01/01/2014', episodes: [{ start: '01/06/2020', end: '20/03/2026', ls: 'V4', rec: 'X1' }, { start: '20/03/2026', rne: 'L' }],
        ssd: { reviews: [ssdReview('01/10/2025')] },
      },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 2, value: 50, counted: ['S'] },
  },
  {
    name: 'when ordinary care goes on as short breaks only, no review falls due under this timetable after it',
    explanation:
      'V and Y came into care on 01/01/2025; the first review, due by 29/01/2025, was held on 20/01/2025, so the second was due by 20/04/2025. V’s care went on from 01/03/2025 as an agreed series of short breaks (V4) only, reviewed under regulation 48, which ended on 01/10/2025: the review due on 20/04/2025 fell after V’s ordinary care had ended, so it is not missed. Y stayed in ordinary care until 01/10/2025 with no second review: missed, in the 12 months to 31/03/2026. Both came back into care on 03/11/2025 and had their reviews on time (20/11/2025, due by 01/12/2025; 10/02/2026, due by 20/02/2026). 1 of 2 = 50%.',
    children: [
      {
        child: 'V', dob: '01/01/2012',
        episodes: [{ start: '01/01/2025', end: '01/03/2025', rec: 'X1' }, { start: '01/03/2025', end: '01/10/2025', rne: 'L', ls: 'V4', rec: 'E13' }, { start: '03/11/2025', rne: 'S' }],
        ssd: { reviews: reviewedThenBackInCare() },
      },
      {
        child: 'Y', dob: '01/01/2012',
        episodes: [{ start: '01/01/2025', end: '01/10/2025', rec: 'E13' }, { start: '03/11/2025', rne: 'S' }],
        ssd: { reviews: reviewedThenBackInCare() },
      },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 2, value: 50, counted: ['V'] },
  },
  {
    name: 'the regulation’s due date is used, not the one recorded, and cancelled reviews did not take place',
    explanation:
      'N’s third review on 24/01/2026 was recorded as due 25/01/2026, but 6 months after the review actually held on 20/07/2025 is 20/01/2026, so it was late. P’s review on 20/07/2025 was cancelled, so the second review was the one on 10/08/2025, after its due date of 25/07/2025. Q’s reviews were all on time. 1 of 3 = 33%.',
    children: [
      {
        child: 'N', dob: '01/01/2013', episodes: [{ start: '01/04/2025' }],
        ssd: { reviews: [ssdReview('25/04/2025', '01/05/2025'), ssdReview('20/07/2025', '25/07/2025'), ssdReview('24/01/2026', '25/01/2026')] },
      },
      {
        child: 'P', dob: '01/01/2013', episodes: [{ start: '01/04/2025' }],
        ssd: { reviews: [ssdReview('25/04/2025'), ssdReview('20/07/2025', '25/07/2025', 'Y'), ssdReview('10/08/2025'), ssdReview('15/01/2026')] },
      },
      { child: 'Q', dob: '01/01/2013', episodes: [{ start: '01/04/2025' }], ssd: { reviews: onTimeYear() } },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 3, value: 33, counted: ['Q'] },
  },
  {
    name: 'without the SSD reviews table, the SSDA903 Reviews table is used',
    explanation:
      'The council supplied no ssd_cla_reviews, so review dates come from the 903. L’s reviews (25/04/2025, 20/07/2025, 15/01/2026) were all on time; M had only the first, so the second, due by 25/07/2025, is overdue. 1 of 2 = 50%.',
    children: [
      {
        child: 'L', dob: '01/01/2014', episodes: [{ start: '01/04/2025' }],
        ssda903: { reviews: ['25/04/2025', '20/07/2025', '15/01/2026'].map((d) => review903('L', '01/01/2014', d)) },
      },
      { child: 'M', dob: '01/01/2014', episodes: [{ start: '01/04/2025' }], ssda903: { reviews: [review903('M', '01/01/2014', '25/04/2025')] } },
    ],
    supplied: ALL_TABLES.filter((t) => t !== 'ssd.reviews'),
    month: '2026-03',
    expected: { numerator: 1, denominator: 2, value: 50, counted: ['L'] },
  },
  {
    name: 'with no review table at all the measure is unavailable, not zero',
    explanation: 'Neither ssd_cla_reviews nor the SSDA903 Reviews table was supplied, so there is nothing to judge timeliness by.',
    children: [{ child: 'R', dob: '01/01/2014', episodes: [{ start: '01/04/2025' }] }],
    supplied: ALL_TABLES.filter((t) => t !== 'ssd.reviews' && t !== 'ssda903.reviews'),
    month: '2026-03',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
  {
    name: 'a first review held before the records begin is not judged as if it were missing',
    explanation:
      'R came into care on 03/03/2025 and the review records begin on 20/03/2025 (with another child’s review), so R’s first review (due by 31/03/2025), if held before then, is not in the data. The first review seen, on 05/06/2025, is therefore judged against 6 months from 20/03/2025, by 20/09/2025: on time (against the first review’s due date it would wrongly be late). The next, on 01/12/2025, was within 6 months of 05/06/2025. 1 of 1 = 100%.',
    children: [{ child: 'R', dob: '01/01/2012', episodes: [{ start: '03/03/2025' }], ssd: { reviews: [ssdReview('05/06/2025'), ssdReview('01/12/2025')] } }],
    recordsBegin: { 'ssd.reviews': '20/03/2025' },
    month: '2026-03',
    expected: { numerator: 1, denominator: 1, value: 100, counted: ['R'] },
  },
  {
    name: 'a review history shorter than the 12 months gives no figure, not a high one',
    explanation:
      'The review records begin on 01/10/2025. At 31/03/2026 the measure looks back to 01/04/2025: S, in care since 2020 with no review seen, would count as having none due yet (6 months from 01/10/2025 is 01/04/2026), though a review was surely due in those 12 months. No figure.',
    children: [
      { child: 'S', dob: '01/01/2012', episodes: [{ start: '01/06/2020' }] },
      { child: 'T', dob: '01/01/2012', episodes: [{ start: '01/06/2020' }], ssd: { reviews: [ssdReview('01/10/2025')] } },
    ],
    recordsBegin: { 'ssd.reviews': '01/10/2025' },
    month: '2026-03',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
  {
    name: 'an SSD reviews table that links no review to a child gives way to the SSDA903 Reviews table',
    explanation:
      'The council supplied ssd_cla_reviews, but none of its reviews links to a child (its CLA ids match no ssd_cla_episodes row), so review dates come from the 903: U’s reviews (25/04/2025, 20/07/2025, 15/01/2026) were all on time. 1 of 1 = 100%.',
    children: [
      {
        child: 'U', dob: '01/01/2014', episodes: [{ start: '01/04/2025' }],
        ssda903: { reviews: ['25/04/2025', '20/07/2025', '15/01/2026'].map((d) => review903('U', '01/01/2014', d)) },
      },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 1, value: 100, counted: ['U'] },
  },
  {
    name: 'a child whose care began before the data is judged from the review records, not from their first episode in the data',
    explanation:
      'The reviews supplied begin on 01/04/2025, and V’s first episode in the data, a move to new carers (RNE P) on 20/03/2026, is not when V came into care, which is before the data begin: V is in the cohort though the move was less than 20 working days before 31/03/2026, and no first review is due 20 working days after the move. V’s reviews on 10/06/2025 and 05/12/2025 were each within 6 months (from the records’ start, then from the last review). 1 of 1 = 100%.',
    children: [{ child: 'V', dob: '01/01/2014', episodes: [{ start: '20/03/2026', rne: 'P' }], ssda903: { reviews: ['10/06/2025', '05/12/2025'].map((d) => review903('V', '01/01/2014', d)) } }],
    supplied: ALL_TABLES.filter((t) => t !== 'ssd.reviews'),
    recordsBegin: { 'ssda903.reviews': '01/04/2025' },
    month: '2026-03',
    expected: { numerator: 1, denominator: 1, value: 100, counted: ['V'] },
  },
  {
    name: 'two rows of one review, held on one day, are one review: the copy does not stand for the next on the timetable',
    explanation:
      'X came into care on 01/04/2025 and had the first review on 25/04/2025, on time, recorded twice (an extract that joins a table twice repeats its rows). The second review was due within 3 months, by 25/07/2025, and was held on 20/09/2025: late. Counted as two reviews, the copy would have been the second, 0 days after the first, and 20/09/2025 the third, on time within 6 months: X would have been counted. 0 of 1 = 0%.',
    children: [{ child: 'X', dob: '01/01/2012', episodes: [{ start: '01/04/2025' }], ssd: { reviews: [ssdReview('25/04/2025'), ssdReview('25/04/2025'), ssdReview('20/09/2025'), ssdReview('15/03/2026')] } }],
    month: '2026-03',
    expected: { numerator: 0, denominator: 1, value: 0, counted: [] },
  },
  {
    name: 'a month whose first or second reviews may be due from a start of care before the earliest return has no figure',
    explanation:
      'The returns supplied begin on 01/04/2025; the review records go back to 2023. W came into care on 22/03/2025, in the return before, so W’s first episode in the data is a change of legal status on 28/03/2025 (RNE L) and the day W came into care is not known: the first review on 17/04/2025 could only be judged against 6 months from the start of the review records (late, though held within 20 working days of W coming into care), and the second, on 13/07/2025, against 6 months rather than 3. At 31/03/2026 the figure needs the returns from 01/08/2024: no figure.',
    children: [{ child: 'W', dob: '01/01/2016', episodes: [{ start: '28/03/2025', rne: 'L', ls: 'C1', end: '22/08/2025', rec: 'X1' }, { start: '22/08/2025', rne: 'L', ls: 'C2' }], ssd: { reviews: [ssdReview('17/04/2025'), ssdReview('13/07/2025'), ssdReview('12/01/2026')] } }],
    recordsBegin: { 'ssd.reviews': '01/04/2023' },
    returnsBegin: '01/04/2025',
    month: '2026-03',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
];
