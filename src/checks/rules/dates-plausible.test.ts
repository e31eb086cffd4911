// Tests of the rules on impossible dates (DfE 301, 302, 352, 353, 354, 385, and DOB before 1990) on small
// synthetic returns (no real child data).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFixture, located } from '../check-fixture.ts';

/** Checks a Header and Episodes in the 2025/26 return (1 April 2025 to 31 March 2026). */
function check(header: string, episodes: string) {
  return located(checkFixture({ returns: { '903/2025-26': { Header: header, Episodes: episodes } } }).issues);
}

const child = (dob: string) => `1,M,${dob},WBRI,UN1,,\n`;

test('a DOB after the end of the return’s collection year is an error (rule 301); on 31 March it is not', () => {
  assert.deepEqual(check(child('01/04/2026'), ''), [['birth-date-after-year-end', 'header.csv', 2, 'DOB']]);
  assert.deepEqual(check(child('31/03/2026'), ''), []);
});

test('a DOB before 1990 is an error; 1 January 1990 is not', () => {
  assert.deepEqual(check(child('31/12/1989'), ''), [['birth-date-before-1990', 'header.csv', 2, 'DOB']]);
  assert.deepEqual(check(child('01/01/1990'), ''), []);
});

test('an episode before 14 October 1991 is an error (rule 353); on that day it is not', () => {
  const row = (decom: string) => `1,${decom},S,C2,N1,U6,PR1,01/01/1992,E4A,,,,\n`;
  assert.deepEqual(check(child('01/01/1990'), row('13/10/1991')), [['episode-starts-before-1991', 'episodes.csv', 2, 'DECOM']]);
  assert.deepEqual(check(child('01/01/1990'), row('14/10/1991')), []);
});

test('an episode starting or ending after the return’s year is an error (rules 354 and 385); on 31 March it is not', () => {
  const issues = check(child('01/01/2012'), '1,01/05/2025,S,C2,N1,U6,PR1,01/04/2026,E4A,,,,\n1,01/04/2026,S,C2,N1,U6,PR1,,,,,,\n');
  assert.deepEqual(
    issues.filter(([id]) => id.includes('year-end')),
    [
      ['episode-ends-after-year-end', 'episodes.csv', 2, 'DEC'],
      ['episode-starts-after-year-end', 'episodes.csv', 3, 'DECOM'],
    ],
  );
  assert.deepEqual(check(child('01/01/2012'), '1,01/05/2025,S,C2,N1,U6,PR1,31/03/2026,E4A,,,,\n'), []);
});

test('an end carestats gave an episode when stacking returns is not reported as after the year', () => {
  // Both children are open at 31 March 2025 in 2024/25. Child 1's next episode in 2025/26 continues the
  // period, so stacking closes the first with X1 on 01/06/2025; child 2 is not in 2025/26, so stacking closes
  // theirs with E99 on 01/04/2025. Both ends fall after the 2024/25 year by design.
  const header = `${child('01/01/2012')}2,F,01/01/2012,WBRI,UN1,,\n`;
  const returns = {
    '903/2024-25': { Header: header, Episodes: '1,01/05/2024,S,C2,N1,U6,PR1,,,,,,\n2,01/05/2024,S,C2,N1,U6,PR1,,,,,,\n' },
    '903/2025-26': { Header: child('01/01/2012'), Episodes: '1,01/06/2025,P,C2,N1,U4,PR1,,,,,,\n' },
  };
  const { issues, read } = checkFixture({ returns }, { allowReadProblems: true });
  assert.deepEqual(read.map((i) => i.id), ['episode-closed-by-later-return', 'episode-end-not-recorded']);
  assert.deepEqual(located(issues), []);
});

test('a first episode before the child was born is an error on its DECOM (rule 302)', () => {
  assert.deepEqual(check(child('01/06/2025'), '1,01/05/2025,S,C2,N1,U6,PR1,,,,,,\n'), [['episode-starts-before-birth', 'episodes.csv', 2, 'DECOM']]);
  assert.deepEqual(check(child('01/05/2025'), '1,01/05/2025,S,C2,N1,U6,PR1,,,,,,\n'), []);
});

test('starting care on or after the 18th birthday is an error (rule 352); the day before is not', () => {
  assert.deepEqual(check(child('01/05/2007'), '1,01/05/2025,S,V2,N4,U6,PR1,,,,,,\n'), [['care-started-aged-18-or-over', 'episodes.csv', 2, 'DECOM']]);
  assert.deepEqual(check(child('01/05/2007'), '1,30/04/2025,S,V2,N4,U6,PR1,,,,,,\n'), []);
});
