// Unit tests for the data-quality rules, on small synthetic files (no real child data).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestFiles } from '../ingest/ingest.ts';
import { runChecks } from './run-checks.ts';

const HEAD = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n';
const EPIS = 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n';

function check(header: string, episodes: string) {
  // A 2025/26 return: M/F sex codes, and episodes from earlier years as a return carries them.
  const ingest = ingestFiles([
    { name: 'header.csv', text: HEAD + header },
    { name: 'episodes.csv', text: EPIS + episodes },
  ].map((f) => ({ ...f, name: `903/2025-26/${f.name}` })));
  assert.deepEqual(ingest.issues.filter((i) => i.id !== 'table-has-no-rows'), [], 'the files themselves read cleanly');
  return runChecks({ data: ingest.data, headings: ingest.headings }).map((i) => ({ ...i, file: i.file?.replace('903/2025-26/', '') ?? null }));
}

const child = '1,M,01/01/2012,WBRI,UN1,,\n';

test('a well-formed period of care with an X1 change of placement has no issues', () => {
  const issues = check(child, '1,01/01/2024,S,C2,N1,U6,PR1,01/06/2024,X1,CARPL,,,\n1,01/06/2024,P,C2,N1,U4,PR1,,,,,,\n');
  assert.deepEqual(issues, []);
});

test('DEC before DECOM is an error on column H of the episode row', () => {
  const [issue] = check(child, '1,05/01/2024,S,C2,N1,U6,PR1,03/01/2024,E4A,,,,\n');
  assert.equal(issue?.id, 'episode-ends-before-it-starts');
  assert.equal(issue.severity, 'error');
  assert.equal(issue.row, 2);
  assert.equal(issue.columnLetter, 'H');
  assert.match(issue.message, /ends \(DEC 03\/01\/2024\) before it starts \(DECOM 05\/01\/2024\)/);
});

test('an episode that starts and ends on one day is a warning, not an error', () => {
  const issues = check(child, '1,05/01/2024,S,C2,N1,U6,PR1,05/01/2024,E4A,,,,\n');
  assert.deepEqual(issues.map((i) => [i.id, i.severity]), [['episode-lasts-under-a-day', 'warning']]);
});

test('an episode starting before the previous one ended is an overlap naming both rows', () => {
  const issues = check(child, '1,01/01/2024,S,C2,N1,U6,PR1,01/06/2024,X1,,,,\n1,15/05/2024,P,C2,N1,U4,PR1,,,,,,\n');
  assert.deepEqual(issues.map((i) => i.id), ['episode-overlaps-previous']);
  assert.equal(issues[0]?.row, 3);
  assert.match(issues[0]?.message ?? '', /previous episode \(row 2\)/);
});

test('a previous episode in another return’s file is named with its file, not only its row', () => {
  const ingest = ingestFiles([
    { name: '903/2023-24/header.csv', text: `${HEAD}7,1,01/01/2012,WBRI,UN1,,\n8,1,01/01/2012,WBRI,UN2,,\n` },
    { name: '903/2023-24/episodes.csv', text: `${EPIS}8,01/05/2023,S,C2,N1,U6,PR1,,,,,,\n7,01/06/2023,S,C2,N1,U6,PR1,01/09/2023,E4A,,,,\n` },
    { name: '903/2024-25/header.csv', text: `${HEAD}7,M,01/01/2012,WBRI,UN1,,\n8,M,01/01/2012,WBRI,UN2,,\n` },
    { name: '903/2024-25/episodes.csv', text: `${EPIS}7,01/08/2023,S,C2,N1,U4,PR1,,,,,,\n8,01/05/2023,S,C2,N1,U6,PR1,,,,,,\n` },
  ]);
  const issues = runChecks({ data: ingest.data, headings: ingest.headings });
  assert.deepEqual(issues.map((i) => [i.id, i.file, i.row]), [['episode-overlaps-previous', '903/2024-25/episodes.csv', 2]]);
  assert.match(issues[0]?.message ?? '', /previous episode \(row 3 of 903\/2023-24\/episodes\.csv\) ended on 01\/09\/2023/);
});

test('a new period starting the day stacking closed an unrecorded ending (E99) is not a same-day restart', () => {
  // Open at the end of 2023/24 and in no later return: stacking closes it with E99 on 01/04/2024 and warns;
  // the period starting that day does not follow a leaving the council recorded.
  const ingest = ingestFiles([
    { name: '903/2023-24/header.csv', text: `${HEAD}7,1,01/01/2012,WBRI,UN1,,\n` },
    { name: '903/2023-24/episodes.csv', text: `${EPIS}7,01/06/2023,S,C2,N1,U6,PR1,,,,,,\n` },
    { name: '903/2024-25/header.csv', text: `${HEAD}7,M,01/01/2012,WBRI,UN1,,\n` },
    { name: '903/2024-25/episodes.csv', text: `${EPIS}7,01/04/2024,S,C2,N1,U4,PR1,,,,,,\n` },
  ]);
  assert.deepEqual(ingest.issues.map((i) => [i.id, i.file, i.row, i.column, i.columnLetter]), [['episode-end-not-recorded', '903/2023-24/episodes.csv', 2, 'DEC', 'H']]);
  assert.deepEqual(runChecks({ data: ingest.data, headings: ingest.headings }), []);
});

test('an open episode followed by another is an error on the open one', () => {
  const issues = check(child, '1,01/01/2024,S,C2,N1,U6,PR1,,,,,,\n1,15/05/2024,P,C2,N1,U4,PR1,,,,,,\n');
  assert.deepEqual(issues.map((i) => [i.id, i.row]), [['episode-open-before-another', 2]]);
});

test('an X1 ending must be followed by an episode starting that day', () => {
  const gap = check(child, '1,01/01/2024,S,C2,N1,U6,PR1,01/06/2024,X1,CARPL,,,\n1,03/06/2024,P,C2,N1,U4,PR1,,,,,,\n');
  assert.deepEqual(gap.map((i) => [i.id, i.row, i.column]), [['episode-x1-not-followed', 2, 'REC']]);
  const last = check(child, '1,01/01/2024,S,C2,N1,U6,PR1,01/06/2024,X1,CARPL,,,\n');
  assert.deepEqual(last.map((i) => i.id), ['episode-x1-not-followed']);
});

test('a child who left care cannot start a new episode the same day', () => {
  const issues = check(child, '1,01/01/2024,S,C2,N1,U6,PR1,01/06/2024,E4A,,,,\n1,01/06/2024,S,C2,N1,U4,PR1,,,,,,\n');
  assert.deepEqual(issues.map((i) => [i.id, i.row]), [['episode-same-day-after-leaving', 3]]);
});

test('DEC and REC must be both given or both blank', () => {
  const issues = check(child, '1,01/01/2024,S,C2,N1,U6,PR1,01/03/2024,,,,,\n1,01/04/2024,S,C2,N1,U6,PR1,,E4A,,,,\n');
  assert.deepEqual(issues.map((i) => i.id).sort(), ['end-date-without-reason', 'reason-without-end-date']);
});

test('a child with episodes but no Header row is reported once', () => {
  const issues = check(child, '2,01/01/2024,S,C2,N1,U6,PR1,01/03/2024,X1,,,,\n2,01/03/2024,P,C2,N1,U4,PR1,,,,,,\n');
  assert.deepEqual(issues.map((i) => [i.id, i.value]), [['child-not-in-header', '2']]);
});

test('a child with two different Header rows is reported on the second row', () => {
  const issues = check(child + '1,M,01/01/2013,WBRI,UN1,,\n', '');
  assert.deepEqual(issues.map((i) => [i.id, i.row]), [['child-repeated-in-header', 3]]);
});

test('a mistyped DECOM year is reported where it is, without the echoes it makes in the rest of the child’s history', () => {
  // Row 3's DECOM should be 17/05/2025. Sorted by its 2052 date, it left row 2's X1 followed by nothing on
  // its day, row 4 open before another, and row 3's X1 followed by nothing: five errors beside the two real.
  const issues = check(child, [
    '1,17/01/2025,S,V2,N1,U4,PR1,17/05/2025,X1,CARPL,,,',
    '1,17/05/2052,P,V2,N1,U6,PR4,26/09/2025,X1,CHILD,,,',
    '1,26/09/2025,P,V2,N1,U6,PR5,,,,,,',
    '',
  ].join('\n'));
  assert.deepEqual(issues.map((i) => [i.id, i.row, i.column]), [
    ['episode-starts-after-year-end', 3, 'DECOM'],
    ['episode-ends-before-it-starts', 3, 'DEC'],
  ]);
  assert.match(issues[0]?.action ?? '', /checks the order of the child’s episodes, and the reviews and missing episodes within them, once this is corrected/);
});

test('a child with an episode row left out (a date that is not a real date) gets no continuity errors from the gap', () => {
  const ingest = ingestFiles([
    { name: '903/2025-26/header.csv', text: HEAD + child },
    { name: '903/2025-26/episodes.csv', text: `${EPIS}1,17/01/2025,S,V2,N1,U4,PR1,17/05/2025,X1,CARPL,,,\n1,31/02/2025,P,V2,N1,U6,PR4,26/09/2025,X1,CHILD,,,\n1,26/09/2025,P,V2,N1,U6,PR5,,,,,,\n` },
  ]);
  assert.deepEqual(ingest.issues.map((i) => [i.id, i.row]), [['date-invalid', 3]]);
  assert.deepEqual(runChecks({ data: ingest.data, headings: ingest.headings, rejectedChildren: ingest.rejectedChildren }), []);
});
