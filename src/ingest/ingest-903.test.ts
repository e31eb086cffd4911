// Unit tests for reading SSDA903 files into records, and for the issues bad fields give.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ingest903 } from './ingest-903.ts';

const HEADER = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1001,M,01/02/2015,WBRI,UN1,,\n';
const EPISODES_HEAD = 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n';

test('clean files give records with day-number dates and upper-case codes', () => {
  const result = ingest903([
    { name: 'header.csv', text: HEADER },
    { name: 'episodes.csv', text: `${EPISODES_HEAD}1001,01/03/2024,s,c2,N1,u6,PR1,,,,DM1,DM2,\n` },
  ]);
  assert.deepEqual(result.issues, []);
  assert.equal(result.data.episodes[0]?.ls, 'C2');
  assert.equal(result.data.episodes[0]?.place, 'U6');
  assert.equal(result.data.episodes[0]?.dec, null);
  assert.deepEqual(result.tables.map((t) => t.table).sort(), ['Episodes', 'Header']);
});

test('an impossible date names the file, Excel row, column letter and column name', () => {
  const result = ingest903([
    { name: 'header.csv', text: HEADER },
    { name: 'episodes.csv', text: `${EPISODES_HEAD}1001,31/02/2024,S,C2,N1,U6,PR1,,,,,,\n` },
  ]);
  const issue = result.issues[0];
  assert.equal(issue?.id, 'date-invalid');
  assert.equal(issue.file, 'episodes.csv');
  assert.equal(issue.row, 2);
  assert.equal(issue.column, 'DECOM');
  assert.equal(issue.columnLetter, 'B');
  assert.equal(issue.value, '31/02/2024');
  assert.match(issue.message, /not a real date/);
  assert.equal(result.data.episodes.length, 0);
});

test('an unknown legal status code is an error listing the valid codes', () => {
  const result = ingest903([
    { name: 'header.csv', text: HEADER },
    { name: 'episodes.csv', text: `${EPISODES_HEAD}1001,01/03/2024,S,Q9,N1,U6,PR1,,,,,,\n` },
  ]);
  assert.equal(result.issues[0]?.id, 'code-invalid');
  assert.equal(result.issues[0]?.columnLetter, 'D');
  assert.match(result.issues[0]?.message ?? '', /V3/);
});

test('columns in another order are read by name, and letters follow the file', () => {
  const result = ingest903([
    { name: 'header.csv', text: 'DOB,CHILD,SEX,ETHNIC,UPN,MOTHER,MC_DOB\n99/99/2015,1001,M,WBRI,UN1,,\n' },
    { name: 'episodes.csv', text: EPISODES_HEAD },
  ]);
  assert.equal(result.issues[0]?.id, 'date-invalid');
  assert.equal(result.issues[0]?.columnLetter, 'A');
});

test('a folder without an Episodes table says so', () => {
  const result = ingest903([{ name: 'header.csv', text: HEADER }]);
  assert.deepEqual(result.issues.map((i) => i.id), ['required-table-missing']);
});

test('wrong headings say which table they resemble and what is missing', () => {
  const result = ingest903([
    { name: 'header.csv', text: HEADER },
    { name: 'eps.csv', text: 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,END_DATE,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n' },
  ]);
  const issue = result.issues.find((i) => i.id === 'table-not-recognised');
  assert.equal(issue?.file, 'eps.csv');
  assert.equal(issue.row, 1);
  assert.match(issue.message, /Episodes table but DEC is missing and END_DATE is not an expected heading/);
});

test('Excel-style date-times are read as the calendar date', () => {
  const result = ingest903([
    { name: 'header.csv', text: 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1001,M,2015-02-01 00:00:00,WBRI,UN1,,\n' },
    { name: 'episodes.csv', text: EPISODES_HEAD },
  ]);
  assert.deepEqual(result.issues, []);
  assert.equal(result.data.headers[0]?.dob, Date.UTC(2015, 1, 1) / 86_400_000);
});
