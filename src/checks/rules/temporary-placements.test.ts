// Tests of the return from a temporary placement (DfE rule 383) on small synthetic returns (no real child data).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFixture, located } from '../check-fixture.ts';

const HEADER = '1,M,01/01/2012,WBRI,UN1,,\n';

/** Checks one child's episodes in the 2025/26 return (1 April 2025 to 31 March 2026). */
function check(episodes: string) {
  return checkFixture({ returns: { '903/2025-26': { Header: HEADER, Episodes: episodes } } }).issues;
}

const BEFORE = '1,01/05/2025,S,C2,N1,U6,PR1,01/08/2025,X1,,,AB1 2CD,\n';
const RESPITE = '1,01/08/2025,P,C2,N1,T3,,10/08/2025,X1,,,EF3 4GH,\n';

test('back in the same placement after a temporary one: no issue, even with the postcode spaced differently', () => {
  assert.deepEqual(located(check(BEFORE + RESPITE + '1,10/08/2025,P,C2,N1,U6,PR1,,,,,AB12CD,\n')), []);
});

test('an episode after a temporary placement that is not the placement before it is a warning on what differs (rule 383)', () => {
  const issues = check(BEFORE + RESPITE + '1,10/08/2025,T,C2,N1,U4,PR1,,,,,AB1 2CD,\n');
  assert.deepEqual(located(issues), [['temporary-placement-not-returned', 'episodes.csv', 4, 'PLACE']]);
  const [issue] = issues;
  assert.equal(issue?.severity, 'warning');
  assert.match(issue?.message ?? '', /PLACE T3 from 01\/08\/2025/);
  assert.match(issue?.message ?? '', /\(row 2\): PLACE U6 to U4\./);
  assert.equal(issue?.value, 'U4');
});

test('each field the return is compared on is named, first the first that differs', () => {
  const issues = check(BEFORE + RESPITE + '1,10/08/2025,P,C2,N1,U6,PR4,,,,,ZZ9 9ZZ,SC123456\n');
  assert.deepEqual(located(issues), [['temporary-placement-not-returned', 'episodes.csv', 4, 'PLACE_PROVIDER']]);
  assert.match(issues[0]?.message ?? '', /PLACE_PROVIDER PR1 to PR4, PL_POST AB1 2CD to ZZ9 9ZZ, URN \(blank\) to SC123456\./);
});

test('two temporary episodes in a row are one move away: the return is compared with the placement before both', () => {
  const twice = RESPITE.replace('10/08/2025,X1', '05/08/2025,X1') + '1,05/08/2025,P,C2,N1,T1,,10/08/2025,X1,,,,\n';
  assert.deepEqual(located(check(BEFORE + twice + '1,10/08/2025,P,C2,N1,U6,PR1,,,,,AB1 2CD,\n')), []);
  assert.deepEqual(located(check(BEFORE + twice + '1,10/08/2025,P,C2,N1,K2,PR4,,,,,AB1 2CD,\n')).map(([id, , row]) => [id, row]), [['temporary-placement-not-returned', 5]]);
});

test('a period that starts in a temporary placement, or a new period after one, has no placement to return to', () => {
  assert.deepEqual(located(check('1,01/08/2025,S,C2,N1,T4,,05/08/2025,X1,,,,\n1,05/08/2025,P,C2,N1,U6,PR1,,,,,AB1 2CD,\n')), []);
  const leftFromRespite = BEFORE + '1,01/08/2025,P,C2,N1,T3,,10/08/2025,E4A,,,EF3 4GH,\n' + '1,01/10/2025,S,C2,N1,U4,PR1,,,,,ZZ9 9ZZ,\n';
  assert.deepEqual(located(check(leftFromRespite)).filter(([id]) => id === 'temporary-placement-not-returned'), []);
});
