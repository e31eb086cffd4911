// Tests of the rules linking other tables to Header (DfE internal checks INT01–INT09, INT11–INT18, INT21) and
// ssd_person to Header, on small synthetic returns (no real child data).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFixture, located } from '../check-fixture.ts';

const DOB = '01/01/2012';
const HEADER = `1,M,${DOB},WBRI,UN1,,\n`;
const EPISODES = '1,01/05/2025,S,C2,N1,U6,PR1,,,,,,\n';

test('rows for a child in Header, with Header’s DOB and SEX, have no issues', () => {
  const tables = { Reviews: `1,${DOB},01/06/2025,PN1\n`, UASC: `1,M,${DOB},\n`, PrevPerm: `1,${DOB},Z1,,\n`, Missing: `1,${DOB},M,01/07/2025,02/07/2025\n` };
  assert.deepEqual(located(checkFixture({ returns: { '903/2025-26': { Header: HEADER, Episodes: EPISODES, ...tables } } }).issues), []);
});

test('a child missing from Header is a warning once per table, on their first row', () => {
  const tables = { Reviews: `2,${DOB},01/06/2025,PN1\n2,${DOB},01/09/2025,PN1\n`, PrevPerm: `2,${DOB},Z1,,\n` };
  const { issues } = checkFixture({ returns: { '903/2025-26': { Header: HEADER, Episodes: EPISODES, ...tables } } });
  assert.deepEqual(located(issues), [
    ['child-in-table-not-in-header', 'prevperm.csv', 2, 'CHILD'],
    ['child-in-table-not-in-header', 'reviews.csv', 2, 'CHILD'],
  ]);
  assert.equal(issues[0]?.severity, 'warning');
  assert.match(issues[1]?.message ?? '', /Child 2 is in the Reviews table .* \(DfE internal check INT08\)/);
});

test('a DOB differing from Header in the same return is an error, once per child and table, counting the rest', () => {
  const reviews = `1,02/01/2012,01/06/2025,PN1\n1,02/01/2012,01/09/2025,PN1\n`;
  const { issues } = checkFixture({ returns: { '903/2025-26': { Header: HEADER, Episodes: EPISODES, Reviews: reviews } } });
  assert.deepEqual(located(issues), [['differs-from-header', 'reviews.csv', 2, 'DOB']]);
  assert.equal(issues[0]?.severity, 'error');
  assert.match(issues[0]?.message ?? '', /DOB in the Reviews table is 02\/01\/2012, but their Header row in the same return gives 01\/01\/2012 \(DfE internal check INT17\)\. So do 1 more/);
});

test('a DOB differing from a newer return’s Header is a warning: the date may have been corrected since', () => {
  // 2024/25 recorded 01/01/2011; an age assessment corrected it to 01/01/2012 in 2025/26.
  const returns = {
    '903/2024-25': { Header: '1,M,01/01/2011,WBRI,UN1,,\n', Episodes: EPISODES.replace('01/05/2025', '01/05/2024'), Reviews: '1,01/01/2011,01/06/2024,PN1\n' },
    '903/2025-26': { Header: HEADER, Episodes: EPISODES.replace('01/05/2025', '01/05/2024'), Reviews: `1,${DOB},01/06/2025,PN1\n` },
  };
  const { issues, read } = checkFixture({ returns }, { allowReadProblems: true });
  assert.deepEqual(issues.map((i) => [i.id, i.severity, i.file, i.row]), [['differs-from-other-return-header', 'warning', '903/2024-25/reviews.csv', 2]]);
  // And the Header rows themselves, as they are read (stack-years.ts).
  assert.deepEqual(read.map((i) => [i.id, i.file, i.row, i.column]), [['child-details-differ-between-returns', '903/2025-26/header.csv', 2, 'DOB']]);
  assert.match(issues[0]?.message ?? '', /\(the 2024\/25 return\) is 01\/01\/2011, but their Header row in the 2025\/26 return gives 01\/01\/2012/);
});

test('differences in the same return and in another return are reported apart, one of each', () => {
  const episodes = EPISODES.replace('01/05/2025', '01/05/2024');
  const returns = {
    '903/2024-25': { Header: HEADER, Episodes: episodes, Reviews: '1,01/01/2011,01/06/2024,PN1\n' },
    '903/2025-26': { Header: HEADER, Episodes: episodes, Reviews: '1,01/01/2011,01/06/2025,PN1\n' },
  };
  const { issues } = checkFixture({ returns });
  assert.deepEqual(issues.map((i) => [i.id, i.file]), [
    ['differs-from-other-return-header', '903/2024-25/reviews.csv'],
    ['differs-from-header', '903/2025-26/reviews.csv'],
  ]);
});

test('UASC SEX differing from Header is an error on SEX (INT21)', () => {
  const { issues } = checkFixture({ returns: { '903/2025-26': { Header: HEADER, Episodes: EPISODES, UASC: `1,F,${DOB},\n` } } });
  assert.deepEqual(located(issues), [['differs-from-header', 'uasc.csv', 2, 'SEX']]);
});

test('UASC SEX differing from Header is shown as the return wrote it (1 and 2 before 2024/25)', () => {
  const returns = { '903/2023-24': { Header: HEADER.replace(',M,', ',1,'), Episodes: EPISODES.replace('01/05/2025', '01/05/2023'), UASC: `1,2,${DOB},\n` } };
  const { issues } = checkFixture({ returns });
  assert.deepEqual(issues.map((i) => [i.id, i.column, i.value]), [['differs-from-header', 'SEX', '2']]);
  assert.match(issues[0]?.message ?? '', /SEX in the UASC table is 2, but their Header row in the same return gives 1 \(DfE internal check INT21\)/);
});

test('UASC SEX written 1 in 2023/24 agrees with a 2024/25 Header’s M', () => {
  const episodes = EPISODES.replace('01/05/2025', '01/05/2023');
  const returns = { '903/2023-24': { Header: HEADER.replace(',M,', ',1,'), Episodes: episodes, UASC: `1,1,${DOB},\n` }, '903/2024-25': { Header: HEADER, Episodes: episodes } };
  assert.deepEqual(checkFixture({ returns }).issues, []);
});

test('ssd_person’s DOB differing from Header is a warning; a blank SSD DOB or a person not in the 903 is not', () => {
  const { issues } = checkFixture({
    returns: { '903/2025-26': { Header: HEADER, Episodes: EPISODES } },
    ssd: {
      ssd_person: [
        { pers_person_id: '1', pers_dob: '2012-01-02' },
        { pers_person_id: '1', pers_dob: '' },
        { pers_person_id: '9', pers_dob: '2010-05-05' },
      ],
    },
  });
  assert.deepEqual(issues.map((i) => [i.id, i.severity, i.row, i.column]), [['ssd-dob-differs-from-header', 'warning', 2, 'pers_dob']]);
});
