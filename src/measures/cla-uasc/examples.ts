// Worked examples for cla_uasc: synthetic histories (no real child data) with hand-computed results.
import { exampleDay, type WorkedExample } from '../example-kit.ts';
import type { UascRecord } from '../../ingest/records.ts';

/** A UASC table row for a worked example. */
function uasc(child: string, dob: string, duc: string | null, year = 2026): UascRecord {
  return { child, sex: 'M', dob: exampleDay(dob), duc: duc === null ? null : exampleDay(duc), file: 'worked-example UASC', row: 2, year };
}

export const examples: WorkedExample[] = [
  {
    name: 'children in the UASC table and looked after are counted; others are not',
    explanation: 'U1 and U2 are in the UASC table with no date their status ceased, and looked after at 31/03/2026. U3 is looked after but not UASC.',
    children: [
      { child: 'U1', dob: '01/05/2009', episodes: [{ start: '01/10/2025', ls: 'V2', place: 'K3', provider: 'PR4' }], ssda903: { uasc: [uasc('U1', '01/05/2009', null)] } },
      { child: 'U2', dob: '01/08/2010', episodes: [{ start: '01/11/2025', ls: 'V2' }], ssda903: { uasc: [uasc('U2', '01/08/2010', null)] } },
      { child: 'U3', dob: '01/08/2010', episodes: [{ start: '01/11/2025' }] },
    ],
    month: '2026-03',
    expected: { numerator: 2, denominator: null, value: 2, counted: ['U1', 'U2'] },
  },
  {
    name: 'a child whose UASC status ceased by the month end is not counted',
    explanation:
      'V1’s UASC status ceased on 31/03/2026 (DUC), so at the end of March V1 is no longer UASC. V2’s status ceases on 01/04/2026: still UASC at 31 March. V3 was UASC but left care in February.',
    children: [
      { child: 'V1', dob: '01/05/2009', episodes: [{ start: '01/10/2025', ls: 'V2' }], ssda903: { uasc: [uasc('V1', '01/05/2009', '31/03/2026')] } },
      { child: 'V2', dob: '01/05/2009', episodes: [{ start: '01/10/2025', ls: 'V2' }], ssda903: { uasc: [uasc('V2', '01/05/2009', '01/04/2026')] } },
      { child: 'V3', dob: '01/05/2009', episodes: [{ start: '01/10/2025', end: '15/02/2026', ls: 'V2', rec: 'E3' }], ssda903: { uasc: [uasc('V3', '01/05/2009', null)] } },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: null, value: 1, counted: ['V2'] },
  },
  {
    name: 'the latest return’s UASC row is used',
    explanation:
      'W1 was in the 2024/25 return with no ceased date; the 2025/26 return records status ceased on 10/01/2026. The later return wins, so at 31/03/2026 W1 is not UASC. At 31/12/2025 (next example) W1 still was.',
    children: [
      { child: 'W1', dob: '01/05/2009', episodes: [{ start: '01/10/2024', ls: 'V2' }], ssda903: { uasc: [uasc('W1', '01/05/2009', null, 2025), uasc('W1', '01/05/2009', '10/01/2026', 2026)] } },
    ],
    month: '2026-03',
    expected: { numerator: 0, denominator: null, value: 0, counted: [] },
  },
  {
    name: 'before the ceased date the child is counted',
    explanation: 'The same child W1 at the end of December 2025, before their UASC status ceased on 10/01/2026.',
    children: [
      { child: 'W1', dob: '01/05/2009', episodes: [{ start: '01/10/2024', ls: 'V2' }], ssda903: { uasc: [uasc('W1', '01/05/2009', null, 2025), uasc('W1', '01/05/2009', '10/01/2026', 2026)] } },
    ],
    month: '2025-12',
    expected: { numerator: 1, denominator: null, value: 1, counted: ['W1'] },
  },
  {
    name: 'a UASC on a short break, or aged 18 with the episode still open, is not counted',
    explanation:
      'Y1 is in the UASC table but at 31/03/2026 is on a short break (legal status V3): not a child looked after. Y2 turned 18 on 10/03/2026 with the episode still open: looked-after status ends at 18. Y3 is UASC and looked after. 1 child.',
    children: [
      { child: 'Y1', dob: '01/05/2010', episodes: [{ start: '28/03/2026', end: '02/04/2026', ls: 'V3', place: 'K2', rec: 'E13' }], ssda903: { uasc: [uasc('Y1', '01/05/2010', null)] } },
      { child: 'Y2', dob: '10/03/2008', episodes: [{ start: '01/10/2024', ls: 'V2', place: 'K3', provider: 'PR4' }], ssda903: { uasc: [uasc('Y2', '10/03/2008', null)] } },
      { child: 'Y3', dob: '01/05/2010', episodes: [{ start: '01/10/2025', ls: 'V2' }], ssda903: { uasc: [uasc('Y3', '01/05/2010', null)] } },
    ],
    month: '2026-03',
    expected: { numerator: 1, denominator: null, value: 1, counted: ['Y3'] },
  },
  {
    name: 'without the UASC table the figure is unavailable, not zero',
    explanation: 'The council supplied no UASC table, so carestats cannot tell who is UASC and says so.',
    children: [{ child: 'X1', dob: '01/05/2009', episodes: [{ start: '01/10/2025', ls: 'V2' }] }],
    supplied: ['ssda903.headers', 'ssda903.episodes'],
    month: '2026-03',
    expected: { numerator: null, denominator: null, value: null, unavailable: true },
  },
];
