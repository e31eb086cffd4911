// Tests of the RNE rules (DfE 357, 431, 432, 434–436) on small synthetic returns (no real child data).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFixture, located } from '../check-fixture.ts';

const HEADER = '1,M,01/01/2012,WBRI,UN1,,\n';

/** Checks one child's episodes in the 2025/26 return (1 April 2025 to 31 March 2026). */
function check(episodes: string) {
  return located(checkFixture({ returns: { '903/2025-26': { Header: HEADER, Episodes: episodes } } }).issues);
}

test('a period that starts with S and changes by L, P and T as the episodes show has no issues', () => {
  assert.deepEqual(
    check(
      '1,01/05/2025,S,C1,N1,U6,PR1,01/07/2025,X1,,,AB1 2CD,\n' + // start of care
        '1,01/07/2025,L,C2,N1,U6,PR1,01/09/2025,X1,CARPL,,AB1 2CD,\n' + // legal status only
        '1,01/09/2025,P,C2,N1,U6,PR4,01/11/2025,X1,CARPL,,EF3 4GH,1234567\n' + // new carer
        '1,01/11/2025,T,C2,N1,U4,PR4,,,,,EF3 4GH,1234567\n', // same carer, now long term
    ),
    [],
  );
});

test('a first episode that is not S is an error on its RNE (rule 357)', () => {
  assert.deepEqual(check('1,01/05/2025,P,C2,N1,U6,PR1,,,,,,\n'), [['first-episode-rne-not-s', 'episodes.csv', 2, 'RNE']]);
});

test('a first episode from a year whose return was not read may continue an earlier episode: not reported', () => {
  // The return for 2024/25 is not here, so the episode before this one (ending 01/05/2024) may simply be missing.
  assert.deepEqual(check('1,01/05/2024,P,C2,N1,U6,PR1,,,,,,\n'), []);
});

test('an S episode starting the day an X1 episode ended is an error: the child was already in care (rule 431)', () => {
  const issues = check('1,01/05/2025,S,C2,N1,U6,PR1,01/07/2025,X1,CARPL,,,\n1,01/07/2025,S,C2,N1,U4,PR1,,,,,,\n');
  assert.deepEqual(issues, [['rne-s-continuing-period', 'episodes.csv', 3, 'RNE']]);
});

test('after an episode that ended care, the next episode must be S (rule 432)', () => {
  const issues = check('1,01/05/2025,S,C2,N1,U6,PR1,01/07/2025,E4A,,,,\n1,01/09/2025,P,C2,N1,U4,PR1,,,,,,\n');
  assert.deepEqual(issues, [['rne-not-s-after-leaving', 'episodes.csv', 3, 'RNE']]);
  assert.deepEqual(check('1,01/05/2025,S,C2,N1,U6,PR1,01/07/2025,E4A,,,,\n1,01/09/2025,S,C2,N1,U4,PR1,,,,,,\n'), []);
});

test('a same-day restart after leaving care is reported once, by the continuity rule (388), not again as 432', () => {
  const issues = check('1,01/05/2025,S,C2,N1,U6,PR1,01/07/2025,E4A,,,,\n1,01/07/2025,P,C2,N1,U4,PR1,,,,,,\n');
  assert.deepEqual(issues.map(([id]) => id), ['episode-same-day-after-leaving']);
});

test('each V3 short break starts with S: a run of breaks is clean, a break coded P is an error', () => {
  const breaks = '1,01/05/2025,S,V3,N2,U6,PR1,04/05/2025,E13,,,,\n1,01/06/2025,S,V3,N2,U6,PR1,03/06/2025,E13,,,,\n';
  assert.deepEqual(check(breaks), []);
  assert.deepEqual(check(`${breaks}1,01/07/2025,P,V3,N2,U6,PR1,02/07/2025,E13,,,,\n`), [['rne-not-s-after-leaving', 'episodes.csv', 4, 'RNE']]);
});

test('RNE L needs a new legal status and an unchanged placement (rule 434)', () => {
  const first = '1,01/05/2025,S,C1,N1,U6,PR1,01/07/2025,X1,,,AB1 2CD,\n';
  assert.deepEqual(check(`${first}1,01/07/2025,L,C1,N1,U6,PR1,,,,,AB1 2CD,\n`), [['rne-l-inconsistent', 'episodes.csv', 3, 'RNE']]);
  const moved = checkFixture({ returns: { '903/2025-26': { Header: HEADER, Episodes: `${first}1,01/07/2025,L,C2,N1,U6,PR1,,,,,EF3 4GH,\n` } } }).issues;
  assert.deepEqual(moved.map((i) => i.id), ['rne-l-inconsistent']);
  assert.match(moved[0]?.message ?? '', /placement changed too, PL_POST AB1 2CD to EF3 4GH \(DfE rule 434\)/);
});

test('RNE P or T needs the same legal status and a changed placement (rule 435)', () => {
  const first = '1,01/05/2025,S,C1,N1,U6,PR1,01/07/2025,X1,CARPL,,AB1 2CD,SC123456\n';
  assert.deepEqual(check(`${first}1,01/07/2025,P,C2,N1,U4,PR1,,,,,EF3 4GH,SC123456\n`), [['rne-p-t-inconsistent', 'episodes.csv', 3, 'RNE']]);
  assert.deepEqual(check(`${first}1,01/07/2025,T,C1,N1,U6,PR1,,,,,AB1 2CD,SC123456\n`), [['rne-p-t-inconsistent', 'episodes.csv', 3, 'RNE']]);
});

test('for RNE P or T the placement is compared as DfE rule 435 does: as written, and a field blank in both is not the same', () => {
  // Two carers of one agency, PL_POST blank in both (the validator passes it, so carestats must not block it).
  assert.deepEqual(check('1,01/05/2024,S,C2,N1,U4,PR4,01/06/2024,X1,,AB1 1AA,,SC123456\n1,01/06/2024,P,C2,N1,U4,PR4,,,,AB1 1AA,,SC123456\n'), []);
  // A postcode written with other spacing or case: different as written, so the validator passes it too.
  assert.deepEqual(check('1,01/05/2025,S,C1,N1,U6,PR1,01/07/2025,X1,CARPL,,AB1 2CD,SC123456\n1,01/07/2025,P,C1,N1,U6,PR1,,,,,ab12cd,SC123456\n'), []);
});

test('RNE B or U needs both a new legal status and a changed placement (rule 436)', () => {
  const first = '1,01/05/2025,S,C1,N1,U6,PR1,01/07/2025,X1,CARPL,,AB1 2CD,\n';
  assert.deepEqual(check(`${first}1,01/07/2025,B,C2,N1,U4,PR4,,,,,EF3 4GH,1234567\n`), []);
  assert.deepEqual(check(`${first}1,01/07/2025,B,C1,N1,U4,PR4,,,,,EF3 4GH,1234567\n`), [['rne-b-u-inconsistent', 'episodes.csv', 3, 'RNE']]);
  assert.deepEqual(check(`${first}1,01/07/2025,U,C2,N1,U6,PR1,,,,,AB1 2CD,\n`), [['rne-b-u-inconsistent', 'episodes.csv', 3, 'RNE']]);
});

test('H5 carried into 2024/25 as K3 is the same placement across returns, but not within one return', () => {
  // The first episode ends X1 in 2023/24; the next (a change of legal status only) is open at 31 March 2024 and
  // the 2024/25 return carries it with H5 renamed K3, as DfE rule 503D allows.
  const header = '1,2,01/01/2007,WBRI,UN1,0,\n';
  const returns = {
    '903/2023-24': { Header: header, Episodes: '1,01/10/2023,S,C1,N1,H5,PR4,15/03/2024,X1,,,AB1 2CD,\n1,15/03/2024,L,C2,N1,H5,PR4,,,,,AB1 2CD,\n' },
    '903/2024-25': { Header: '1,F,01/01/2007,WBRI,UN1,0,\n', Episodes: '1,15/03/2024,L,C2,N1,K3,PR4,,,,,AB1 2CD,\n' },
  };
  assert.deepEqual(located(checkFixture({ returns }).issues), []);
  const oneReturn = { '903/2024-25': { Header: '1,F,01/01/2007,WBRI,UN1,0,\n', Episodes: '1,01/10/2024,S,C1,N1,H5,PR4,15/03/2025,X1,,,AB1 2CD,\n1,15/03/2025,L,C2,N1,K3,PR4,,,,,AB1 2CD,\n' } };
  assert.deepEqual(located(checkFixture({ returns: oneReturn }).issues), [['rne-l-inconsistent', 'episodes.csv', 3, 'RNE']]);
});

test('a child with a row rejected while reading is not judged on the episodes left', () => {
  // Row 2 has an invalid legal status and is left out, so the P episode looks like a first episode.
  const { issues, read } = checkFixture(
    { returns: { '903/2025-26': { Header: HEADER, Episodes: '1,01/05/2025,S,XX,N1,U6,PR1,01/07/2025,X1,CARPL,,,\n1,01/07/2025,P,C2,N1,U4,PR1,,,,,,\n' } } },
    { allowReadProblems: true },
  );
  assert.deepEqual(read.map((i) => i.id), ['code-invalid']);
  assert.deepEqual(issues.map((i) => i.id).filter((id) => id.startsWith('rne') || id.startsWith('first')), []);
});
