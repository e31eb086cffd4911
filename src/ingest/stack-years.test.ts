// Tests of the rules for stacking several collection years' returns into one history.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Issue } from '../checks/issue.ts';
import { ingestFiles } from './ingest.ts';

const HEAD = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n';
const EPIS = 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n';

function read(files: Record<string, string>) {
  return ingestFiles(Object.entries(files).map(([name, text]) => ({ name, text })));
}

test('an episode open at 31 March in one return and closed in the next is taken from the later return', () => {
  const r = read({
    '903/2023-24/header.csv': `${HEAD}7,1,01/01/2012,WBRI,UN1,,\n`,
    '903/2023-24/episodes.csv': `${EPIS}7,01/02/2024,S,C2,N1,U6,PR1,,,,,,\n`,
    '903/2024-25/header.csv': `${HEAD}7,M,01/01/2012,WBRI,UN1,,\n`,
    '903/2024-25/episodes.csv': `${EPIS}7,01/02/2024,S,C2,N1,U6,PR1,01/05/2024,E4A,,,,\n`,
  });
  assert.deepEqual(r.issues, []);
  assert.equal(r.data.episodes.length, 1);
  assert.equal(r.data.episodes[0]?.rec, 'E4A');
  assert.equal(r.data.episodes[0]?.file, '903/2024-25/episodes.csv');
});

test('returns are stacked oldest first whatever order the files come in', () => {
  const r = read({
    '903/2024-25/episodes.csv': `${EPIS}7,01/02/2024,S,C2,N1,U6,PR1,01/05/2024,E4A,,,,\n`,
    '903/2024-25/header.csv': `${HEAD}7,M,01/01/2012,WBRI,UN1,,\n`,
    '903/2023-24/episodes.csv': `${EPIS}7,01/02/2024,S,C2,N1,U6,PR1,,,,,,\n`,
    '903/2023-24/header.csv': `${HEAD}7,1,01/01/2012,WBRI,UN1,,\n`,
  });
  assert.equal(r.data.episodes[0]?.rec, 'E4A');
});

test('sex codes 1/2 (to 2023/24) and M/F (from 2024/25) are read as one form', () => {
  const r = read({ 'h.csv': `${HEAD}7,1,01/01/2012,WBRI,UN1,,\n8,2,01/01/2012,WBRI,UN1,,\n9,F,01/01/2012,WBRI,UN1,,\n`, 'e.csv': EPIS });
  assert.deepEqual(r.data.headers.map((h) => h.sex), ['M', 'F', 'F']);
});

test('an exact duplicate row in one file is dropped with a warning naming both rows', () => {
  const r = read({ 'h.csv': `${HEAD}7,M,01/01/2012,WBRI,UN1,,\n`, 'e.csv': `${EPIS}7,01/02/2025,S,C2,N1,U6,PR1,,,,,,\n7,01/02/2025,S,C2,N1,U6,PR1,,,,,,\n` });
  assert.equal(r.data.episodes.length, 1);
  assert.deepEqual(r.issues.map((i: Issue) => [i.id, i.severity, i.file, i.row]), [['row-duplicated', 'warning', 'e.csv', 3]]);
  assert.match(r.issues[0]?.message ?? '', /copy of row 2/);
});

test('two different episodes with one start date in one return are both kept for the checks to report', () => {
  const r = read({ 'h.csv': `${HEAD}7,M,01/01/2012,WBRI,UN1,,\n`, 'e.csv': `${EPIS}7,01/02/2024,S,C2,N1,U6,PR1,,,,,,\n7,01/02/2024,S,C2,N1,K2,PR4,,,,,,\n` });
  assert.equal(r.data.episodes.length, 2);
});

test('the same table twice in one folder is an error, but once per year folder is not', () => {
  const r = read({ 'a/h.csv': HEAD, 'a/h2.csv': HEAD, 'a/e.csv': EPIS, 'b/h.csv': HEAD, 'b/e.csv': EPIS });
  assert.deepEqual(r.issues.map((i) => i.id).filter((id) => id !== 'table-has-no-rows'), ['table-repeated']);
  assert.match(r.issues.find((i) => i.id === 'table-repeated')?.message ?? '', /a\/h\.csv, a\/h2\.csv/);
});
