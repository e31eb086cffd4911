// Worked examples for visits_in_time_pct: synthetic histories (no real child data) with hand-computed results.
import { ALL_TABLES, type WorkedExample } from '../example-kit.ts';
import { ssdReview, visit } from '../shared/example-records.ts';

const since2024 = (place = 'U6') => [{ start: '01/01/2024', place }];

export const examples: WorkedExample[] = [
  {
    name: 'the latest visit must be no more than 6 weeks before the month end',
    explanation:
      'All three have been in the same foster home since 01/01/2026. A was last visited on 20/02/2026, so the next is due by 03/04/2026: up to date. B’s last visit was on 16/02/2026, due again by 30/03/2026: overdue at 31/03/2026. C’s on 17/02/2026 is due again by 31/03/2026, the month end itself: up to date. 2 of 3 = 67%.',
    children: [
      { child: 'A', dob: '01/05/2012', episodes: [{ start: '01/01/2026' }], ssd: { visits: [visit('05/01/2026'), visit('20/02/2026')] } },
      { child: 'B', dob: '01/05/2012', episodes: [{ start: '01/01/2026' }], ssd: { visits: [visit('05/01/2026'), visit('16/02/2026')] } },
      { child: 'C', dob: '01/05/2012', episodes: [{ start: '01/01/2026' }], ssd: { visits: [visit('05/01/2026'), visit('17/02/2026')] } },
    ],
    month: '2026-03',
    expected: { numerator: 2, denominator: 3, value: 67, counted: ['A', 'C'] },
  },
  {
    name: 'a new placement restarts the timetable with a visit due within a week; a change of legal status does not',
    explanation:
      'D moved to new carers (RNE P) on 26/03/2026, so the first visit there is due by 02/04/2026: up to date although D has not yet been visited there. E moved on 20/03/2026 and has not been visited since: due by 27/03/2026, overdue; E’s visit on 10/03/2026 was at the old placement. F’s legal status changed on 25/03/2026 with the same carers (RNE L), which is not a new placement, so the visit on 01/03/2026 still counts: due by 12/04/2026. 2 of 3 = 67%.',
    children: [
      { child: 'D', dob: '01/05/2012', episodes: [{ start: '01/01/2024', end: '26/03/2026', rec: 'X1' }, { start: '26/03/2026', rne: 'P' }], ssd: { visits: [visit('20/03/2026')] } },
      { child: 'E', dob: '01/05/2012', episodes: [{ start: '01/01/2024', end: '20/03/2026', rec: 'X1' }, { start: '20/03/2026', rne: 'P' }], ssd: { visits: [visit('10/03/2026')] } },
      {
        child: 'F', dob: '01/05/2012',
        episodes: [{ start: '01/01/2024', end: '25/03/2026', ls: 'C1', rec: 'X1' }, { start: '25/03/2026', rne: 'L', ls: 'C2' }],
        ssd: { visits: [visit('01/03/2026')] },
      },
    ],
    month: '2026-03',
    expected: { numerator: 2, denominator: 3, value: 67, counted: ['D', 'F'] },
  },
  {
    name: 'after the first year of a long-term foster placement visits are due every 3 months; otherwise every 6 weeks',
    explanation:
      'G has been in long-term foster care (U4) since 01/01/2024; after the first year the interval is 3 months, so the visit on 05/01/2026 is due again by 05/04/2026. H’s placement (U6) is not long-term, so 6 weeks apply: due by 16/02/2026, overdue. J has been in long-term foster care only since 01/09/2025, still in the first year: 6 weeks, overdue. 1 of 3 = 33%.',
    children: [
      { child: 'G', dob: '01/05/2012', episodes: since2024('U4'), ssd: { visits: [visit('05/01/2026')] } },
      { child: 'H', dob: '01/05/2012', episodes: since2024('U6'), ssd: { visits: [visit('05/01/2026')] } },
      { child: 'J', dob: '01/05/2012', episodes: [{ start: '01/09/2025', place: 'U4' }], ssd: { visits: [visit('05/01/2026')] } },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 3, value: 33, counted: ['G'] },
  },
  {
    name: 'a visit where the child was not seen does not count, and a stay in hospital is not a new placement',
    explanation:
      'K’s visit on 01/03/2026 is recorded as child not seen, so the last statutory visit was on 01/02/2026, due again by 15/03/2026: overdue. L spent 20/03/2026 to 22/03/2026 in hospital (temporary placement T1) and went back to the same carers; that is not a new placement, so the visit on 01/03/2026 counts, due again by 12/04/2026. 1 of 2 = 50%.',
    children: [
      { child: 'K', dob: '01/05/2012', episodes: since2024(), ssd: { visits: [visit('01/02/2026'), visit('01/03/2026', 'N', 'N')] } },
      {
        child: 'L', dob: '01/05/2012',
        episodes: [
          { start: '01/01/2024', end: '20/03/2026', rec: 'X1' }, { start: '20/03/2026', end: '22/03/2026', rne: 'P', place: 'T1', rec: 'X1' },
          { start: '22/03/2026', rne: 'P' },
        ],
        ssd: { visits: [visit('01/03/2026')] },
      },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 2, value: 50, counted: ['L'] },
  },
  {
    name: 'without the SSD visits table the measure is unavailable',
    explanation: 'No ssd_cla_visits rows were supplied: the measure says so rather than showing 0%.',
    children: [{ child: 'M', dob: '01/05/2012', episodes: since2024() }],
    supplied: ALL_TABLES.filter((t) => t !== 'ssd.visits'),
    month: '2026-03',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
  {
    name: 'a month end the SSD extract does not reach is unavailable',
    explanation:
      'The SSD extract was taken in March 2026: the last thing in any of its tables happened on 14/03/2026, more than a week before the month end. The visits of the rest of March are not in the data, and for another child they may be the visit that keeps them up to date: the figure is unavailable, though R, visited on 14/03/2026, is up to date. The next example shows an extract that ends within the week.',
    children: [{ child: 'R', dob: '01/05/2012', episodes: since2024(), ssd: { visits: [visit('10/01/2026'), visit('14/03/2026')] } }],
    ssdEnds: '14/03/2026',
    month: '2026-03',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
  {
    name: 'a month end within a week of the SSD extract has its figure',
    explanation: 'The SSD tables end on 25/03/2026, within a week of 31 March, so the figure stands: R was visited on 10/03/2026, up to date, 1 of 1.',
    children: [{ child: 'R', dob: '01/05/2012', episodes: since2024(), ssd: { visits: [visit('10/03/2026')] } }],
    ssdEnds: '25/03/2026',
    month: '2026-03',
    expected: { numerator: 1, denominator: 1, value: 100, counted: ['R'] },
  },
  {
    name: 'the week after a move and the 3 months of long-term fostering are counted to the day',
    explanation:
      'N moved to new carers on 24/03/2026 and has not been visited there: the first visit is due by 31/03/2026, the month end itself, so N is up to date. O moved on 23/03/2026: due by 30/03/2026, overdue. P has been in long-term foster care (U4) since 01/01/2024 and was last visited on 31/12/2025: 3 months later is 31/03/2026, up to date. Q, in the same kind of placement, was last visited on 30/12/2025: due by 30/03/2026, overdue. 2 of 4 = 50%.',
    children: [
      { child: 'N', dob: '01/05/2012', episodes: [{ start: '01/01/2024', end: '24/03/2026', rec: 'X1' }, { start: '24/03/2026', rne: 'P' }], ssd: { visits: [visit('01/03/2026')] } },
      { child: 'O', dob: '01/05/2012', episodes: [{ start: '01/01/2024', end: '23/03/2026', rec: 'X1' }, { start: '23/03/2026', rne: 'P' }], ssd: { visits: [visit('01/03/2026')] } },
      { child: 'P', dob: '01/05/2012', episodes: since2024('U4'), ssd: { visits: [visit('31/12/2025')] } },
      { child: 'Q', dob: '01/05/2012', episodes: since2024('U4'), ssd: { visits: [visit('30/12/2025')] } },
    ],
    month: '2026-03',
    expected: { numerator: 2, denominator: 4, value: 50, counted: ['N', 'P'] },
  },
  {
    name: 'a child at home under an interim care order is visited weekly until the first review, then every 4 weeks',
    explanation:
      'R and S live with a parent (placement P1) under an interim care order (legal status C1). R came into care on 02/03/2026 and has had no review yet, so visits are due weekly: the last, on 20/03/2026, was due again by 27/03/2026, overdue (the general rule would allow 6 weeks). S has been at home on the order since 01/12/2025, had the first review on 22/12/2025, and was last visited on 10/03/2026: every 4 weeks after the first review, due by 07/04/2026, up to date. T, placed with a parent under a full care order (C2) since 01/12/2025 and last visited on 01/03/2026, has 6 weeks: due by 12/04/2026, up to date. 2 of 3 = 67%.',
    children: [
      { child: 'R', dob: '01/05/2015', episodes: [{ start: '02/03/2026', ls: 'C1', place: 'P1' }], ssd: { visits: [visit('06/03/2026'), visit('13/03/2026'), visit('20/03/2026')] } },
      { child: 'S', dob: '01/05/2015', episodes: [{ start: '01/12/2025', ls: 'C1', place: 'P1' }], ssd: { visits: [visit('10/02/2026'), visit('10/03/2026')], reviews: [ssdReview('22/12/2025')] } },
      { child: 'T', dob: '01/05/2015', episodes: [{ start: '01/12/2025', ls: 'C2', place: 'P1' }], ssd: { visits: [visit('01/03/2026')] } },
    ],
    month: '2026-03',
    expected: { numerator: 2, denominator: 3, value: 67, counted: ['S', 'T'] },
  },
  {
    name: 'a care order made while the child lives at home needs a visit within a week of it',
    explanation:
      'U and V have lived with a parent (P1) since 01/02/2026 under an interim care order; the full care order (C2, a change of legal status only, RNE L) was made on 20/03/2026. U was visited on 18/03/2026 but not since the order: a visit was due within a week of it, by 27/03/2026, overdue (the visit two days before the order does not count). V was visited on 25/03/2026, within the week: next due within 6 weeks, by 06/05/2026, up to date. 1 of 2 = 50%.',
    children: [
      {
        child: 'U', dob: '01/05/2015',
        episodes: [{ start: '01/02/2026', end: '20/03/2026', ls: 'C1', place: 'P1', rec: 'X1' }, { start: '20/03/2026', rne: 'L', ls: 'C2', place: 'P1' }],
        ssd: { visits: [visit('18/03/2026')], reviews: [ssdReview('27/02/2026')] },
      },
      {
        child: 'V', dob: '01/05/2015',
        episodes: [{ start: '01/02/2026', end: '20/03/2026', ls: 'C1', place: 'P1', rec: 'X1' }, { start: '20/03/2026', rne: 'L', ls: 'C2', place: 'P1' }],
        ssd: { visits: [visit('18/03/2026'), visit('25/03/2026')], reviews: [ssdReview('27/02/2026')] },
      },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: 2, value: 50, counted: ['V'] },
  },
  {
    name: 'a month whose visits may fall in the first year of a placement begun before the earliest return has no figure',
    explanation:
      'The returns supplied begin on 01/04/2025. K has lived with the same long-term foster carers (U4) since 2023, but the episode open on 01/04/2025 began with a change of legal status on 20/01/2025 (RNE L), and the data hold nothing earlier: the placement seems to begin on 20/01/2025, so the visit on 15/01/2026 seems to fall in its first year, due again within 6 weeks (by 26/02/2026, overdue), when after the first year of long-term fostering 3 months are allowed (by 15/04/2026, up to date). At 31/03/2026 the figure needs the returns from 01/01/2025: no figure.',
    children: [{ child: 'K', dob: '01/05/2012', episodes: [{ start: '20/01/2025', rne: 'L', place: 'U4' }], ssd: { visits: [visit('20/10/2025'), visit('15/01/2026')] } }],
    returnsBegin: '01/04/2025',
    month: '2026-03',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
];
