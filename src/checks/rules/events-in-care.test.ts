// Tests of the rules on events dated while looked after (903 reviews and missing, DfE 581/578; SSD visits and
// missing), on small synthetic returns and SSD tables (no real child data).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFixture, located, type Fixture } from '../check-fixture.ts';

const DOB = '01/01/2010';
const HEADER = `1,M,${DOB},WBRI,UN1,,\n2,F,${DOB},WBRI,UN1,,\n`;
// Child 1: a period from 01/05/2025 to 01/10/2025 (a change of placement on 01/08/2025), then one open from 01/12/2025.
const EPISODES =
  '1,01/05/2025,S,C2,N1,U6,PR1,01/08/2025,X1,CARPL,,,\n' +
  '1,01/08/2025,P,C2,N1,U4,PR1,01/10/2025,E4A,,,,\n' +
  '1,01/12/2025,S,V2,N1,U6,PR1,,,,,,\n';

function check(tables: Fixture['returns'][string], ssd?: Fixture['ssd']) {
  return located(checkFixture({ returns: { '903/2025-26': { Header: HEADER, Episodes: EPISODES, ...tables } }, ssd }).issues);
}

const review = (date: string) => `1,${DOB},${date},PN1\n`;

test('reviews on the first day, on an X1 change day, on the last day and in an open period are in care', () => {
  assert.deepEqual(check({ Reviews: ['01/05/2025', '01/08/2025', '01/10/2025', '01/03/2026'].map(review).join('') }), []);
});

test('a review before care, or between two periods of care, is an error on its REVIEW date', () => {
  const issues = check({ Reviews: review('20/04/2025') + review('02/10/2025') });
  assert.deepEqual(issues, [
    ['review-outside-care', 'reviews.csv', 2, 'REVIEW'],
    ['review-outside-care', 'reviews.csv', 3, 'REVIEW'],
  ]);
});

test('a missing episode before care is rule 581, after care ended is rule 578', () => {
  const rows = `1,${DOB},M,20/04/2025,21/04/2025\n1,${DOB},A,15/10/2025,16/10/2025\n1,${DOB},M,01/08/2025,02/08/2025\n`;
  const { issues } = checkFixture({ returns: { '903/2025-26': { Header: HEADER, Episodes: EPISODES, Missing: rows } } });
  assert.deepEqual(located(issues), [
    ['missing-outside-care', 'missing.csv', 2, 'MIS_START'],
    ['missing-outside-care', 'missing.csv', 3, 'MIS_START'],
  ]);
  assert.match(issues[0]?.message ?? '', /before they started to be looked after on 01\/05\/2025 \(DfE rule 581\)/);
  assert.match(issues[1]?.message ?? '', /after their period of care ended on 01\/10\/2025 and before the next began on 01\/12\/2025 \(DfE rule 578\)/);
  assert.equal(issues[0]?.severity, 'error');
});

test('a child with no episodes at all is not checked (their events are not judged against nothing)', () => {
  assert.deepEqual(check({ Reviews: `2,${DOB},01/06/2025,PN1\n` }), []);
});

test('SSD visits and missing episodes outside care are warnings, located on their date column', () => {
  const visit = (id: string, person: string, date: string) => ({ clav_cla_visit_id: id, clav_cla_id: 'CLA1', clav_person_id: person, clav_cla_visit_date: date, clav_cla_visit_seen: 'Y', clav_cla_visit_seen_alone: 'Y' });
  const issues = checkFixture({
    returns: { '903/2025-26': { Header: HEADER, Episodes: EPISODES } },
    ssd: {
      // In care; the day after care ended; a child with no 903 episodes.
      ssd_cla_visits: [visit('V1', '1', '2025-06-01'), visit('V2', '1', '2025-10-02'), visit('V3', '2', '2025-06-01')],
      ssd_missing: [
        { miss_table_id: 'M1', miss_person_id: '1', miss_missing_episode_start_date: '2025-04-30', miss_missing_episode_type: 'Missing' },
        { miss_table_id: 'M2', miss_person_id: '1', miss_missing_episode_start_date: '2026-01-10', miss_missing_episode_type: 'Missing' },
      ],
    },
  }).issues;
  assert.deepEqual(
    issues.map((i) => [i.id, i.severity, i.row, i.column, i.columnLetter]),
    [
      ['ssd-visit-outside-care', 'warning', 3, 'clav_cla_visit_date', 'D'],
      ['ssd-missing-outside-care', 'warning', 2, 'miss_missing_episode_start_date', 'C'],
    ],
  );
});

test('SSD events in a year whose 903 return was not read are not judged: the child may have had episodes then', () => {
  // Only the 2025/26 return is read; child 1's visit in 2024 and missing episode in April 2026 fall outside it.
  const { issues } = checkFixture({
    returns: { '903/2025-26': { Header: HEADER, Episodes: EPISODES } },
    ssd: {
      ssd_cla_visits: [{ clav_cla_visit_id: 'V1', clav_person_id: '1', clav_cla_visit_date: '2024-06-01' }],
      ssd_missing: [{ miss_table_id: 'M1', miss_person_id: '1', miss_missing_episode_start_date: '2024-06-01' }],
    },
  });
  assert.deepEqual(located(issues), []);
});

test('a child with a row rejected while reading is not checked', () => {
  // The second episode has an invalid placement code and is left out, leaving a gap that is not really there.
  const episodes = '1,01/05/2025,S,C2,N1,U6,PR1,01/08/2025,X1,CARPL,,,\n1,01/08/2025,P,C2,N1,XX,PR1,,,,,,\n';
  const { issues } = checkFixture({ returns: { '903/2025-26': { Header: HEADER, Episodes: episodes, Reviews: review('01/09/2025') } } }, { allowReadProblems: true });
  assert.deepEqual(issues.filter((i) => i.id === 'review-outside-care'), []);
});
