// Tests of the care-leaver rules (OC3: DfE 153, 344, 345; SSD care leavers) on small synthetic returns (no
// real child data).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFixture, located } from '../check-fixture.ts';

const DOB = '01/06/2006';
// Young people who left care before the 2025/26 return; each is in Header as care leavers are.
const HEADER = ['1', '2', '3', '4', '5', '6', '7', '8'].map((c) => `${c},F,${DOB},WBRI,UN2,0,\n`).join('');
const EPISODES = '1,01/05/2020,S,C2,N1,U6,PR1,,,,,,\n';

function check(oc3: string) {
  return located(checkFixture({ returns: { '903/2025-26': { Header: HEADER, Episodes: EPISODES, OC3: oc3 } } }).issues);
}

test('in touch with activity and accommodation, not in touch with 0s, and no information at all are all fine', () => {
  assert.deepEqual(check(`1,${DOB},YES,F2,U1\n2,${DOB},NO,0,0\n3,${DOB},,,\n4,${DOB},DIED,0,0\n5,${DOB},RHOM,0,0\n`), []);
});

test('IN_TOUCH, ACTIV and ACCOM partly blank is an error on the first blank item (rule 153)', () => {
  assert.deepEqual(check(`1,${DOB},YES,F2,\n2,${DOB},,G5,0\n`), [
    ['oc3-items-partly-blank', 'oc3.csv', 2, 'ACCOM'],
    ['oc3-items-partly-blank', 'oc3.csv', 3, 'IN_TOUCH'],
  ]);
});

test('died or returned home needs ACTIV and ACCOM of 0, and blank is not 0 (rule 344)', () => {
  assert.deepEqual(check(`1,${DOB},RHOM,G5,0\n2,${DOB},DIED,0,B1\n3,${DOB},DIED,,\n`), [
    ['oc3-status-not-zero', 'oc3.csv', 2, 'ACTIV'],
    ['oc3-status-not-zero', 'oc3.csv', 3, 'ACCOM'],
    ['oc3-status-not-zero', 'oc3.csv', 4, 'ACTIV'],
  ]);
});

test('in touch with ACTIV or ACCOM of 0 is an error on the 0 (rule 345)', () => {
  assert.deepEqual(check(`1,${DOB},YES,0,U1\n2,${DOB},YES,F2,0\n`), [
    ['oc3-in-touch-status-zero', 'oc3.csv', 2, 'ACTIV'],
    ['oc3-in-touch-status-zero', 'oc3.csv', 3, 'ACCOM'],
  ]);
});

test('an SSD contact in touch without activity or accommodation is a warning; not in touch needs neither', () => {
  const contact = (id: string, inTouch: string, activity: string, accommodation: string) => ({
    clea_table_id: id, clea_person_id: '1', clea_care_leaver_in_touch: inTouch, clea_care_leaver_latest_contact: '2025-06-01',
    clea_care_leaver_activity: activity, clea_care_leaver_accommodation: accommodation,
  });
  const { issues } = checkFixture({
    returns: { '903/2025-26': { Header: HEADER, Episodes: EPISODES } },
    ssd: { ssd_care_leavers: [contact('C1', 'YES', 'F2', 'U'), contact('C2', 'YES', '', 'U'), contact('C3', 'YES', 'G5', ''), contact('C4', 'NO', '', '')] },
  });
  assert.deepEqual(issues.map((i) => [i.id, i.severity, i.row, i.column]), [
    ['ssd-care-leaver-in-touch-incomplete', 'warning', 3, 'clea_care_leaver_activity'],
    ['ssd-care-leaver-in-touch-incomplete', 'warning', 4, 'clea_care_leaver_accommodation'],
  ]);
});

test('an OC3 row for a young person whose care another council took over is a warning (rule 1011)', () => {
  // Child 6's care ended with E3 on 01/03/2024; child 7's with E8 on the same day; child 1's is still open.
  const episodes = `${EPISODES}6,01/05/2020,S,C2,N1,U6,PR1,01/03/2024,E3,,,,\n7,01/05/2020,S,C2,N1,U6,PR1,01/03/2024,E8,,,,\n`;
  const found = located(checkFixture({ returns: { '903/2025-26': { Header: HEADER, Episodes: episodes, OC3: `1,${DOB},YES,F2,U1\n6,${DOB},NO,0,0\n7,${DOB},NO,0,0\n` } } }).issues);
  assert.deepEqual(found, [['oc3-care-transferred', 'oc3.csv', 3, 'IN_TOUCH']]);
});

test('an OC3 row with IN_TOUCH, ACTIV and ACCOM all blank is no care-leaver information, so rule 1011 does not fire', () => {
  const episodes = `${EPISODES}6,01/05/2020,S,C2,N1,U6,PR1,01/03/2024,E3,,,,\n`;
  const found = located(checkFixture({ returns: { '903/2025-26': { Header: HEADER, Episodes: episodes, OC3: `6,${DOB},,,\n` } } }).issues);
  assert.deepEqual(found, []);
});
