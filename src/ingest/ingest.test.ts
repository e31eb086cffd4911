// Unit tests for reading SSDA903 files into records, and for the issues bad fields give.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayFromYmd } from '../core/civil-date.ts';
import ExcelJS from 'exceljs';
import { createIngest, ingestFiles } from './ingest.ts';
import { readXlsx } from './read-xlsx.ts';
import { ssdColumns } from './ssd-tables.ts';

const HEADER = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1001,M,01/02/2015,WBRI,UN1,,\n';
const EPISODES_HEAD = 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n';

test('files give records with day-number dates; lower-case codes are read in upper case and noted once per column', () => {
  const result = ingestFiles([
    { name: 'header.csv', text: HEADER },
    { name: 'episodes.csv', text: `${EPISODES_HEAD}1001,01/03/2025,s,c2,N1,u6,PR1,,,,DM1,DM2,\n1002,01/03/2025,s,C2,N1,u6,PR1,,,,DM1,DM2,\n` },
  ]);
  assert.deepEqual(result.issues.map((i) => [i.id, i.severity, i.column, i.row]), [
    ['code-lower-case', 'note', 'RNE', 2],
    ['code-lower-case', 'note', 'LS', 2],
    ['code-lower-case', 'note', 'PLACE', 2],
  ]);
  assert.match(result.issues[0]?.message ?? '', /read it as S\. The same was found in 1 more row of this column/);
  assert.equal(result.data.episodes[0]?.rne, 'S');
  assert.equal(result.data.episodes[0]?.ls, 'C2');
  assert.equal(result.data.episodes[0]?.place, 'U6');
  assert.equal(result.data.episodes[0]?.dec, null);
  assert.deepEqual(result.tables.map((t) => t.table).sort(), ['Episodes', 'Header']);
});

test('an impossible date names the file, Excel row, column letter and column name', () => {
  const result = ingestFiles([
    { name: 'header.csv', text: HEADER },
    { name: 'episodes.csv', text: `${EPISODES_HEAD}1001,31/02/2025,S,C2,N1,U6,PR1,,,,,,\n` },
  ]);
  const issue = result.issues[0];
  assert.equal(issue?.id, 'date-invalid');
  assert.equal(issue.file, 'episodes.csv');
  assert.equal(issue.row, 2);
  assert.equal(issue.column, 'DECOM');
  assert.equal(issue.columnLetter, 'B');
  assert.equal(issue.value, '31/02/2025');
  assert.match(issue.message, /not a real date/);
  assert.equal(result.data.episodes.length, 0);
});

test('an unknown legal status code is an error listing the valid codes', () => {
  const result = ingestFiles([
    { name: 'header.csv', text: HEADER },
    { name: 'episodes.csv', text: `${EPISODES_HEAD}1001,01/03/2025,S,Q9,N1,U6,PR1,,,,,,\n` },
  ]);
  assert.equal(result.issues[0]?.id, 'code-invalid');
  assert.equal(result.issues[0]?.columnLetter, 'D');
  assert.match(result.issues[0]?.message ?? '', /V3/);
});

test('columns in another order are read by name, and letters follow the file', () => {
  const result = ingestFiles([
    { name: 'header.csv', text: 'DOB,CHILD,SEX,ETHNIC,UPN,MOTHER,MC_DOB\n99/99/2015,1001,M,WBRI,UN1,,\n' },
    { name: 'episodes.csv', text: EPISODES_HEAD },
  ]);
  const issue = result.issues.find((i) => i.id === 'date-invalid');
  assert.equal(issue?.columnLetter, 'A');
  assert.equal(issue.file, 'header.csv');
});

test('a folder without an Episodes table says so', () => {
  const result = ingestFiles([{ name: 'header.csv', text: HEADER }]);
  assert.deepEqual(result.issues.map((i) => i.id), ['required-table-missing']);
});

test('wrong headings say which table they resemble and what is missing', () => {
  const result = ingestFiles([
    { name: 'header.csv', text: HEADER },
    { name: 'eps.csv', text: 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,END_DATE,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n' },
  ]);
  const issue = result.issues.find((i) => i.id === 'table-not-recognised');
  assert.equal(issue?.file, 'eps.csv');
  assert.equal(issue.row, 1);
  assert.match(issue.message, /Episodes table but DEC is missing and END_DATE is not an expected heading/);
});

test('Excel-style date-times are read as the calendar date', () => {
  const result = ingestFiles([
    { name: 'header.csv', text: 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1001,M,2015-02-01 00:00:00,WBRI,UN1,,\n' },
    { name: 'episodes.csv', text: EPISODES_HEAD },
  ]);
  assert.deepEqual(result.issues.filter((i) => i.severity !== 'note' && i.id !== 'table-has-no-rows'), []);
  assert.deepEqual(result.issues.filter((i) => i.severity === 'note').map((i) => [i.id, i.column]), [['date-excel-style', 'DOB']]);
  assert.equal(result.data.headers[0]?.dob, Date.UTC(2015, 1, 1) / 86_400_000);
});

test('a code from another collection year is an error naming the year and when the code was valid', () => {
  const result = ingestFiles([
    { name: '903/2023-24/header.csv', text: 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1001,1,01/02/2015,WBRI,UN1,,\n' },
    { name: '903/2023-24/episodes.csv', text: `${EPISODES_HEAD}1001,01/03/2024,S,C2,N1,K3,PR1,,,,,,\n` },
    { name: '903/2024-25/header.csv', text: 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1001,1,01/02/2015,WBRI,UN1,,\n' },
    { name: '903/2024-25/episodes.csv', text: `${EPISODES_HEAD}1001,01/03/2024,S,C2,N1,K3,PR1,,,,,,\n` },
  ]);
  assert.deepEqual(result.issues.map((i) => [i.id, i.file, i.column, i.value]), [
    ['code-not-valid-for-year', '903/2023-24/episodes.csv', 'PLACE', 'K3'],
    ['code-not-valid-for-year', '903/2024-25/header.csv', 'SEX', '1'],
  ]);
  assert.match(result.issues[0]?.message ?? '', /only from 2024\/25, so it cannot be used in the 2023\/24 return/);
  assert.deepEqual(result.data.returns.map((r) => [r.folder, r.year, r.yearFrom]), [['903/2023-24', 2024, 'folder-name'], ['903/2024-25', 2025, 'folder-name']]);
});

test('a return not named for its year takes the year of its latest date', () => {
  const result = ingestFiles([
    { name: 'last-return/header.csv', text: HEADER },
    { name: 'last-return/episodes.csv', text: `${EPISODES_HEAD}1001,01/03/2025,S,C2,N1,U6,PR1,02/04/2025,E4A,,,,\n` },
  ]);
  assert.deepEqual(result.data.returns, [{ folder: 'last-return', year: 2026, yearFrom: 'latest-date' }]);
});

test('ids written by Excel as 123.0, spaces round values and a byte-order mark are read cleanly and noted', () => {
  const result = ingestFiles([
    { name: 'header.csv', text: `\uFEFF${HEADER}` },
    { name: 'episodes.csv', text: `${EPISODES_HEAD}1001.0, 01/03/2025 ,S,C2,N1,U6,PR1,,,,,,\n` },
  ]);
  assert.deepEqual(result.issues.map((i) => [i.id, i.file, i.row, i.column]).sort(), [
    ['file-byte-order-mark', 'header.csv', null, null],
    ['id-decimal-removed', 'episodes.csv', 2, 'CHILD'],
    ['value-trimmed', 'episodes.csv', 2, 'DECOM'],
  ]);
  assert.equal(result.data.episodes[0]?.child, '1001');
});

test('a table whose file has headings and no rows is supplied (zero), and a table with no file is not (unknown)', () => {
  const result = ingestFiles([
    { name: 'header.csv', text: HEADER },
    { name: 'episodes.csv', text: `${EPISODES_HEAD}1001,01/03/2025,S,C2,N1,U6,PR1,,,,DM1,DM2,\n` },
    { name: 'uasc.csv', text: 'CHILD,SEX,DOB,DUC\n' },
  ]);
  assert.equal(result.data.uasc.length, 0);
  assert.deepEqual(result.supplied, ['ssda903.episodes', 'ssda903.headers', 'ssda903.uasc']);
});

test('a placement distance is read as a number of miles; a distance that is not a plain number is an error naming the cell', () => {
  const head = 'clap_cla_placement_id,clap_cla_placement_start_date,clap_cla_placement_type,clap_cla_placement_urn,clap_cla_placement_distance,clap_cla_id,clap_cla_placement_provider,clap_cla_placement_postcode,clap_cla_placement_end_date,clap_cla_placement_change_reason,clap_person_id\n';
  const result = ingestFiles([
    { name: 'header.csv', text: HEADER },
    { name: 'episodes.csv', text: `${EPISODES_HEAD}1001,01/03/2025,S,C2,N1,U6,PR1,,,,DM1,DM2,\n` },
    { name: 'ssd_cla_placement.csv', text: `${head}PL1,2025-03-01,U6,,12.5,CLA1,PR1,DM2 1AA,,,1001\nPL2,2025-03-01,U6,,,CLA2,PR1,,,,1002\nPL3,2025-03-01,U6,,12 miles,CLA3,PR1,,,,1003\n` },
  ]);
  assert.deepEqual(result.ssd.placements.map((p) => [p.row, p.distance]), [[2, 12.5], [3, null]]);
  const issue = result.issues.find((i) => i.id === 'decimal-invalid');
  assert.equal(issue?.row, 4);
  assert.equal(issue.column, 'clap_cla_placement_distance');
  assert.equal(issue.columnLetter, 'E');
  assert.equal(issue.severity, 'error');
  assert.ok(result.supplied.includes('ssd.placements'));
});

test('two folders with a return for one collection year are an error naming both, whichever is read first', () => {
  const year = (folder: string) => [
    { name: `${folder}/header.csv`, text: HEADER },
    { name: `${folder}/episodes.csv`, text: `${EPISODES_HEAD}1001,01/06/2024,S,C2,N1,U6,PR1,,,,,,\n` },
  ];
  const result = ingestFiles([...year('903/2024-25'), ...year('903/2024-25 resubmitted')]);
  assert.deepEqual(result.issues.map((i) => [i.id, i.severity]), [['return-year-repeated', 'error']]);
  assert.match(result.issues[0]?.message ?? '', /for 2024\/25: 903\/2024-25 and 903\/2024-25 resubmitted\./);
  // Read the other way round, the same error, naming the folders in the order read.
  const reversed = ingestFiles([...year('903/2024-25 resubmitted'), ...year('903/2024-25')]);
  assert.deepEqual(reversed.issues.map((i) => i.id), ['return-year-repeated']);
  assert.match(reversed.issues[0]?.message ?? '', /for 2024\/25: 903\/2024-25 resubmitted and 903\/2024-25\./);
  // A folder not named for its year, found by its latest date to be the same year, is a repeat too.
  assert.deepEqual(ingestFiles([...year('903/2024-25'), ...year('903/old')]).issues.map((i) => i.id), ['return-year-repeated']);
  const twoYears = ingestFiles([...year('903/2024-25'), ...year('903/2025-26').map((f) => ({ ...f, text: f.text.replace('01/06/2024', '01/06/2025') }))]);
  assert.ok(!twoYears.issues.some((i) => i.id === 'return-year-repeated'));
});

test('a partly known date of a previous permanence option must be one that can exist (DfE rule 632)', () => {
  const head = 'CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM\n';
  const episodes = { name: 'episodes.csv', text: `${EPISODES_HEAD}1001,01/03/2025,S,C2,N1,U6,PR1,,,,,,\n` };
  const read = (date: string) => ingestFiles([{ name: 'header.csv', text: HEADER }, episodes, { name: 'prev_perm.csv', text: `${head}1001,01/02/2015,P1,,${date}\n` }]).issues.map((i) => [i.id, i.column]);
  for (const fine of ['01/03/2020', 'ZZ/03/2020', 'ZZ/ZZ/2020', 'ZZ/ZZ/ZZZZ', '29/02/2020', '29/02/ZZZZ', '31/12/ZZZZ', 'zz/zz/zzzz']) assert.deepEqual(read(fine), [], fine);
  for (const bad of ['01/13/2020', '31/02/2030', '29/02/2021', '00/05/2020', '32/ZZ/2020', 'ZZ/00/ZZZZ', '2020-03-01']) assert.deepEqual(read(bad), [['date-invalid', 'DATE_PERM']], bad);
});

test('an SSD datetime with a time of day is read as its day; an SSDA903 date with one is an error, and each says its own form', () => {
  const heads = ssdColumns('ssd_cla_visits');
  const visit = (date: string) => heads.map((h) => ({ clav_cla_visit_id: 'V1', clav_cla_id: 'CLA1', clav_person_id: '1001', clav_cla_visit_date: date, clav_cla_visit_seen: 'Y', clav_cla_visit_seen_alone: 'N' })[h] ?? '').join(',');
  const read = (date: string) => ingestFiles([{ name: 'ssd/visits.csv', text: `${heads.join(',')}\n${visit(date)}\n` }]);
  for (const time of ['2023-12-14 14:30:00.000', '2023-12-14T09:05', '2023-12-14 23:59:59', '2023-12-14 00:00:00', '2023-12-14']) {
    const r = read(time);
    assert.deepEqual(r.issues.filter((i) => i.id !== 'required-table-missing').map((i) => i.id), [], time);
    assert.equal(r.ssd.visits[0]?.date, dayFromYmd(2023, 12, 14), time);
  }
  const bad = read('2023-12-14 25:00').issues.find((i) => i.id === 'date-invalid');
  assert.match(bad?.message ?? '', /must be written yyyy-mm-dd, for example 2026-03-31 \(a time after it/);
  const episode = ingestFiles([{ name: 'header.csv', text: HEADER }, { name: 'episodes.csv', text: `${EPISODES_HEAD}1001,2025-03-01 14:30:00,S,C2,N1,U6,PR1,,,,,,\n` }]);
  assert.deepEqual(episode.issues.map((i) => [i.id, i.column]), [['date-invalid', 'DECOM']]);
  assert.match(episode.issues[0]?.message ?? '', /must be written dd\/mm\/yyyy, for example 31\/03\/2026\./);
});

test('a day-first date with a time after it, as Excel set for the UK saves a date-time, is read as its day', () => {
  // An SSD table opened and saved in Excel: 2023-12-14 14:30:00 becomes 14/12/2023 14:30.
  const heads = ssdColumns('ssd_cla_visits');
  const visit = (date: string) => heads.map((h) => ({ clav_cla_visit_id: 'V1', clav_cla_id: 'CLA1', clav_person_id: '1001', clav_cla_visit_date: date, clav_cla_visit_seen: 'Y', clav_cla_visit_seen_alone: 'N' })[h] ?? '').join(',');
  const read = (date: string) => ingestFiles([{ name: 'ssd/visits.csv', text: `${heads.join(',')}\n${visit(date)}\n` }]);
  for (const time of ['14/12/2023 14:30', '14/12/2023 00:00', '14/12/2023 09:05:59']) {
    const r = read(time);
    assert.deepEqual(r.issues.filter((i) => i.id !== 'required-table-missing').map((i) => i.id), [], time);
    assert.equal(r.ssd.visits[0]?.date, dayFromYmd(2023, 12, 14), time);
  }
  assert.ok(read('14/12/2023 24:00').issues.some((i) => i.id === 'date-invalid'));
  // Month first with a time, as Excel in a US setting saves one, is named as such.
  assert.match(read('12/14/2023 14:30').issues.find((i) => i.id === 'date-month-first')?.message ?? '', /would be 14 December 2023 written month first/);
  // An SSDA903 date at midnight is read with a note; with a time of day it is an error, as year first.
  const episode = (decom: string) => ingestFiles([{ name: 'header.csv', text: HEADER }, { name: 'episodes.csv', text: `${EPISODES_HEAD}1001,${decom},S,C2,N1,U6,PR1,,,,,,\n` }]);
  const midnight = episode('01/03/2025 00:00');
  assert.equal(midnight.data.episodes[0]?.decom, dayFromYmd(2025, 3, 1));
  assert.deepEqual(midnight.issues.map((i) => [i.id, i.column]), [['date-excel-style', 'DECOM']]);
  assert.deepEqual(episode('01/03/2025 14:30').issues.map((i) => [i.id, i.column]), [['date-invalid', 'DECOM']]);
});

test('a row of empty cells (Excel writes one for cleared cells) is skipped like a blank line, quoted file or not, whatever its width', () => {
  // A quoted cell sends the file to the general CSV parser; a plain file goes to the splitter (read-csv.ts).
  for (const upn of ['UN1', '"UN1"']) {
    const result = ingestFiles([
      { name: 'header.csv', text: `CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n,,,,,,\n1001,M,01/02/2015,WBRI,${upn},,\n , ,,,,,\n,,,\n` },
      { name: 'episodes.csv', text: `${EPISODES_HEAD}1001,01/03/2025,S,C2,N1,U6,PR1,,,,,,\n` },
    ]);
    assert.deepEqual(result.issues.filter((i) => i.severity !== 'note').map((i) => [i.id, i.row]), [], upn);
    assert.deepEqual(result.data.headers.map((h) => [h.child, h.row]), [['1001', 3]], upn);
  }
});

test('a workbook sheet not recognised beside a recognised one is a warning that it was ignored; a workbook of none recognised is an error', async () => {
  // Synthetic; no real child data.
  const workbook = async (withPeople: boolean) => {
    const book = new ExcelJS.Workbook();
    const cover = book.addWorksheet('Cover');
    cover.addRow(['SSD extract for the Corporate Parenting Panel']);
    // Wider than its first row: a sheet carestats ignores is not checked row by row.
    cover.addRow(['Prepared by', 'the BI team']);
    if (withPeople) {
      const people = book.addWorksheet('ssd_person');
      people.addRow(ssdColumns('ssd_person'));
      people.addRow(ssdColumns('ssd_person').map((c) => (c === 'pers_person_id' ? 'P1' : '')));
    }
    return new Uint8Array(await book.xlsx.writeBuffer());
  };
  const ingestOf = async (bytes: Uint8Array) => {
    const ingest = createIngest();
    const read = await readXlsx('ssd.xlsx', bytes);
    ingest.addIssues(read.issues);
    for (const t of read.tables) ingest.add(t);
    return ingest.finish().issues.filter((i) => i.id !== 'required-table-missing');
  };
  const beside = await ingestOf(await workbook(true));
  assert.deepEqual(beside.map((i) => [i.id, i.severity, i.file, i.row]), [['sheet-not-recognised', 'warning', 'ssd.xlsx (sheet Cover)', 1]]);
  assert.match(beside[0]?.message ?? '', /ignored the sheet and read the workbook's other sheets/);
  const alone = await ingestOf(await workbook(false));
  assert.deepEqual(alone.map((i) => [i.id, i.severity, i.file]), [['table-not-recognised', 'error', 'ssd.xlsx (sheet Cover)']]);
});

test('a heading row ending in a comma loses nothing: the empty last column is left out with a note, whether or not each row ends in one too', () => {
  for (const rowEnd of [',', '']) {
    const episodes = `${EPISODES_HEAD.trimEnd()},\n1001,01/03/2025,S,C2,N1,U6,PR1,,,,,,${rowEnd}\n`;
    const result = ingestFiles([{ name: 'header.csv', text: HEADER }, { name: 'episodes.csv', text: episodes }]);
    assert.ok(!result.issues.some((i) => i.id === 'table-not-recognised' || i.id === 'row-wrong-length'), rowEnd);
    assert.equal(result.data.episodes.length, 1, rowEnd);
    const note = result.issues.find((i) => i.id === 'headings-end-empty');
    assert.deepEqual([note?.severity, note?.file], ['note', 'episodes.csv'], rowEnd);
    assert.match(note?.message ?? '', /The heading row ends with a comma, so it has an empty heading at the end \(column N\)\. carestats left that empty column out and read the rest\./);
  }
  // An empty heading within the row is still named by its letter, not as an empty name.
  const middle = EPISODES_HEAD.replace('CIN,', ',');
  const result = ingestFiles([{ name: 'header.csv', text: HEADER }, { name: 'episodes.csv', text: `${middle}1001,01/03/2025,S,C2,N1,U6,PR1,,,,,,\n` }]);
  const issue = result.issues.find((i) => i.id === 'table-not-recognised');
  assert.doesNotMatch(issue?.message ?? '', / {2}is|""/);
  assert.match(issue?.message ?? '', /Column E has no heading/);
});

test('a file separated by semicolons or tabs says so, and how to save it as CSV', () => {
  for (const [sep, words] of [[';', 'semicolons (;)'], ['\t', 'tabs']] as const) {
    const result = ingestFiles([{ name: 'header.csv', text: HEADER.replaceAll(',', sep) }]);
    const issue = result.issues.find((i) => i.id === 'file-not-comma-separated');
    assert.deepEqual([issue?.file, issue?.row, issue?.severity], ['header.csv', 1, 'error']);
    assert.match(issue?.message ?? '', new RegExp(`separated by ${words.replace(/[()]/g, '\\$&')}, not commas`));
    assert.match(issue?.action ?? '', /CSV UTF-8/);
    assert.ok(!result.issues.some((i) => i.id === 'table-not-recognised'));
  }
});

test('a UTF-16 file (Excel "Unicode Text") is named as such, with or without its byte-order mark', () => {
  for (const text of [`\uFEFF${HEADER}`, HEADER]) {
    const ingest = createIngest();
    ingest.addCsvBytes('header.csv', Buffer.from(text, 'utf16le'));
    const issues = ingest.finish().issues.filter((i) => i.id !== 'required-table-missing');
    assert.deepEqual(issues.map((i) => [i.id, i.file]), [['file-utf16', 'header.csv']]);
    assert.match(issues[0]?.action ?? '', /CSV UTF-8/);
  }
});

test('a heading written twice is an error naming both columns, and the first column is read, as the letters say', () => {
  const header = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB,DOB\n1001,M,31/02/2015,WBRI,UN1,,,01/02/2015\n';
  const result = ingestFiles([{ name: 'header.csv', text: header }]);
  const issues = result.issues.filter((i) => i.id !== 'required-table-missing');
  assert.deepEqual(issues.map((i) => [i.id, i.severity, i.row, i.column, i.columnLetter, i.value]), [
    ['heading-repeated', 'error', 1, 'DOB', 'H', null],
    ['date-invalid', 'error', 2, 'DOB', 'C', '31/02/2015'],
  ]);
  assert.match(issues[0]?.message ?? '', /The heading DOB is in column C and again in column H\. carestats read column C/);
});

test('a table in a return before the year it was added to the return is a warning, its rows read all the same', () => {
  // Synthetic; no real child data. SWEpisodes is collected from 2023/24, DoLo from 2026/27 (ssda903.md §1).
  const sw = 'CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON\n1001,01/02/2015,SW1234567,01/03/2023,,\n';
  const dolo = 'CHILD,DOB,DOLO_START,DOLO_END\n1001,01/02/2015,01/03/2023,\n';
  const year = (folder: string) => [
    { name: `${folder}/header.csv`, text: HEADER.replace(',M,', folder.endsWith('2022-23') || folder.endsWith('2023-24') ? ',1,' : ',M,') },
    { name: `${folder}/episodes.csv`, text: `${EPISODES_HEAD}1001,01/03/2023,S,C2,N1,U6,PR1,,,,,,\n` },
    { name: `${folder}/sw_episodes.csv`, text: sw },
    { name: `${folder}/dolo.csv`, text: dolo },
  ];
  const result = ingestFiles([...year('903/2022-23'), ...year('903/2023-24')]);
  const found = result.issues.filter((i) => i.id === 'table-not-in-year');
  assert.deepEqual(found.map((i) => [i.severity, i.file]), [
    ['warning', '903/2022-23/sw_episodes.csv'],
    ['warning', '903/2022-23/dolo.csv'],
    ['warning', '903/2023-24/dolo.csv'],
  ]);
  assert.match(found[0]?.message ?? '', /The SSDA903 SWEpisodes table is part of the return only from 2023\/24, but this file is in the 2022\/23 return\./);
  assert.equal(result.data.swEpisodes.length, 1);
});

test('ssd_disability is recognised by its headings and read: a row per disability, its person and code required, cells trimmed', () => {
  const head = `${ssdColumns('ssd_disability').join(',')}\n`;
  const episodes = { name: 'episodes.csv', text: `${EPISODES_HEAD}1001,01/03/2025,S,C2,N1,U6,PR1,,,,,,\n` };
  // Any file name: a table is known by its headings.
  const result = ingestFiles([{ name: 'header.csv', text: HEADER }, episodes, { name: 'ssd/disabilities export.csv', text: `${head}1001,D1,AUT \n1001,D2,HEAR\n,D3,VIS\n1002,D4,\n` }]);
  assert.deepEqual(result.ssd.disabilities.map((d) => [d.personId, d.code, d.row]), [['1001', 'AUT', 2], ['1001', 'HEAR', 3]]);
  assert.deepEqual(result.issues.map((i) => [i.id, i.row, i.column]), [['value-missing', 4, 'disa_person_id'], ['value-missing', 5, 'disa_disability_code'], ['value-trimmed', 2, 'disa_disability_code']]);
  assert.ok(result.supplied.includes('ssd.disabilities'));
  // Headings only: supplied, with no one disabled (zero, not unknown).
  const none = ingestFiles([{ name: 'header.csv', text: HEADER }, episodes, { name: 'd.csv', text: head }]);
  assert.deepEqual(none.ssd.disabilities, []);
  assert.ok(none.supplied.includes('ssd.disabilities'));
});

test('a collection year missing between the returns read is one error naming it, with no echoes from stacking across the gap', () => {
  // Synthetic; no real child data. Child 1001 was in care through 2024/25, whose return is not in the folder.
  const files = (folder: string, episodes: string) => [
    // SEX 1 to 2023/24, M from 2024/25.
    { name: `${folder}/header.csv`, text: folder.endsWith('2023-24') ? HEADER.replace(',M,', ',1,') : HEADER },
    { name: `${folder}/episodes.csv`, text: EPISODES_HEAD + episodes },
  ];
  const result = ingestFiles([
    ...files('903/2023-24', '1001,01/06/2023,S,C2,N1,U6,PR1,,,,,,\n'),
    ...files('903/2025-26', '1001,01/06/2024,P,C2,N1,U4,PR1,,,,,,\n'),
  ]);
  assert.deepEqual(result.issues.map((i) => [i.id, i.severity]), [['return-year-missing', 'error']]);
  assert.match(result.issues[0]?.message ?? '', /^The returns read are for 2023\/24 and 2025\/26, with none for 2024\/25 between them\./);
  assert.match(result.issues[0]?.action ?? '', /903\/2024-25/);
  // Stacking does not guess how the 2023/24 episode ended (E99 on 01/04/2024, a warning): the year that says is missing.
  assert.deepEqual(result.data.episodes.map((e) => [e.decom, e.dec]), [[dayFromYmd(2023, 6, 1), null], [dayFromYmd(2024, 6, 1), null]]);
  // Returns for every year between, in any order, or one return alone: no such error.
  const whole = ingestFiles([...files('903/2025-26', ''), ...files('903/2023-24', ''), ...files('903/2024-25', '')]);
  assert.ok(!whole.issues.some((i) => i.id === 'return-year-missing'));
});

/** A return's Header and Episodes, SEX as its year writes it (synthetic; no real child data). */
function returnFiles(folder: string, episodes: readonly string[], sex = 'M') {
  const children = [...new Set(episodes.map((e) => e.split(',')[0] ?? ''))];
  return [
    { name: `${folder}/header.csv`, text: `CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n${children.map((c) => `${c},${sex},01/02/2015,WBRI,UN${c},,\n`).join('')}` },
    { name: `${folder}/episodes.csv`, text: EPISODES_HEAD + episodes.map((e) => `${e}\n`).join('') },
  ];
}

test('a return whose dates run past the year its folder names is one error, without the echoes of checking it against that year', () => {
  // The 2025/26 return saved in a folder named 2024-25: its 2025/26 codes (SEX M) would each be "not used in
  // 2023/24"-style errors, and every episode after 31/03/2025 a rule 354 or 385 error.
  const episodes = [
    ...Array.from({ length: 10 }, (_, i) => `${String(1001 + i)},01/06/2025,S,C2,N1,U6,PR1,01/09/2025,E4A,,,,`),
    ...Array.from({ length: 4 }, (_, i) => `${String(1011 + i)},01/05/2023,S,C2,N1,U6,PR1,,,,,,`),
  ];
  const result = ingestFiles(returnFiles('903/2023-24', episodes));
  assert.deepEqual(result.issues.map((i) => [i.id, i.severity, i.file]), [['return-dates-after-folder-year', 'error', '903/2023-24/episodes.csv']]);
  assert.match(result.issues[0]?.message ?? '', /^The return in 903\/2023-24 is in a folder named for 2023\/24, but 20 of its 24 episode dates \(DECOM and DEC\) are after 31\/03\/2024, when that year ended: its dates are those of 2025\/26\./);
  // With fewer dates than 20, nothing is weighed: each date beyond the year is its own error.
  assert.deepEqual(ingestFiles(returnFiles('903/2023-24', episodes.slice(0, 9))).issues.map((i) => i.id), Array<string>(9).fill('code-not-valid-for-year'));
  // Each share counts every row's dates, so a read in shares finds the same.
  for (const index of [0, 1]) {
    const ingest = createIngest({ shard: { index, count: 2 } });
    for (const f of returnFiles('903/2023-24', episodes)) ingest.addCsv(f.name, f.text);
    const share = ingest.finish();
    assert.deepEqual(share.issues.map((i) => i.id), ['return-dates-after-folder-year']);
    assert.deepEqual(share.share?.rowIssues, []);
  }
});

test('a return with hardly a date in the year its folder names is a warning that its figures may be a year out', () => {
  // The 2024/25 return (sent in summer 2025) saved in a folder named 2025-26.
  const episodes = Array.from({ length: 10 }, (_, i) => `${String(1001 + i)},01/06/2024,S,C2,N1,U6,PR1,01/09/2024,E4A,,,,`);
  const result = ingestFiles(returnFiles('903/2025-26', episodes));
  assert.deepEqual(result.issues.map((i) => [i.id, i.severity]), [['return-dates-before-folder-year', 'warning']]);
  assert.match(result.issues[0]?.message ?? '', /named for 2025\/26, but none of its 20 episode dates \(DECOM and DEC\) falls in that year: its latest are in 2024\/25\./);
  // A year in progress, extracted in April: few dates in the year, but some, and nothing to say.
  const april = [...Array.from({ length: 30 }, (_, i) => `${String(2001 + i)},01/06/2024,S,C2,N1,U6,PR1,,,,,,`), '1011,03/04/2025,S,C2,N1,U6,PR1,,,,,,'];
  assert.deepEqual(ingestFiles(returnFiles('903/2025-26', april)).issues, []);
  // Dates in the named year: nothing to say.
  assert.deepEqual(ingestFiles(returnFiles('903/2024-25', episodes)).issues, []);
});

test('two returns’ files in one folder are one error saying so, not one per table', () => {
  const files = (suffix: string, decom: string) => returnFiles('903', Array.from({ length: 3 }, (_, i) => `${String(1001 + i)},${decom},S,C2,N1,U6,PR1,,,,,,`))
    .map((f) => ({ ...f, name: f.name.replace('.csv', `_${suffix}.csv`) }));
  const result = ingestFiles([...files('2024-25', '01/06/2024'), ...files('2025-26', '01/06/2025')]);
  assert.deepEqual(result.issues.map((i) => [i.id, i.severity]), [['returns-in-one-folder', 'error']]);
  assert.match(result.issues[0]?.message ?? '', /^The folder 903 holds more than one SSDA903 return: more than one file of the Header and of the Episodes table \(Header: 903\/header_2024-25\.csv, 903\/header_2025-26\.csv; Episodes: 903\/episodes_2024-25\.csv, 903\/episodes_2025-26\.csv\)\./);
  // In a folder named for one of the years, the other year's dates are no sign of a misnamed folder (its echo).
  const named = (suffix: string, decom: string) => returnFiles('903/2024-25', Array.from({ length: 12 }, (_, i) => `${String(1001 + i)},${decom},S,C2,N1,U6,PR1,${decom.replace('/06/', '/09/')},E4A,,,,`))
    .map((f) => ({ ...f, name: f.name.replace('.csv', `_${suffix}.csv`) }));
  assert.deepEqual(ingestFiles([...named('a', '01/06/2025'), ...named('b', '01/06/2024')]).issues.map((i) => i.id), ['returns-in-one-folder']);
  // One table twice beside one of the other: that table is repeated.
  const once = ingestFiles([...files('2024-25', '01/06/2024'), ...files('2025-26', '01/06/2025').filter((f) => f.name.includes('episodes'))]);
  assert.deepEqual(once.issues.map((i) => i.id), ['table-repeated']);
});

test('dates with two-digit years (Excel’s short date) are read, with one warning per column saying how', () => {
  const episodes = ['1001,17/01/25,S,C2,N1,U6,PR1,17/05/25,E4A,,,,', '1002,01/06/99,S,C2,N1,U6,PR1,,,,,,', '1003,1/6/2025,S,C2,N1,U6,PR1,,,,,,'];
  const result = ingestFiles(returnFiles('903/2025-26', episodes));
  assert.deepEqual(result.data.episodes.map((e) => [e.decom, e.dec]), [[dayFromYmd(2025, 1, 17), dayFromYmd(2025, 5, 17)], [dayFromYmd(1999, 6, 1), null], [dayFromYmd(2025, 6, 1), null]]);
  assert.deepEqual(result.issues.map((i) => [i.id, i.severity, i.row, i.column]), [['date-two-digit-year', 'warning', 2, 'DECOM'], ['date-two-digit-year', 'warning', 2, 'DEC']]);
  assert.match(result.issues[0]?.message ?? '', /^"17\/01\/25" in DECOM has a two-digit year.*The same was found in 1 more row of this column\./);
});

test('dates written month first are errors naming the day they would be, and the return’s history is not checked across tables', () => {
  // 20 episodes as Excel in a US setting saves them: 05/17/2025 is 17 May. 03/06/2025 (6 March) reads as 3 June.
  const episodes = Array.from({ length: 10 }, (_, i) => `${String(1001 + i)},05/17/2025,S,C2,N1,U6,PR1,03/06/2026,E4A,,,,`);
  const result = ingestFiles(returnFiles('903/2025-26', episodes));
  const ids = result.issues.map((i) => i.id);
  assert.deepEqual([...new Set(ids)], ['date-month-first', 'episodes-dates-month-first']);
  assert.equal(ids.filter((id) => id === 'date-month-first').length, 10);
  const cell = result.issues.find((i) => i.id === 'date-month-first');
  assert.equal(cell?.column, 'DECOM');
  assert.match(cell?.message ?? '', /^"05\/17\/2025" in DECOM is not a date written day first \(dd\/mm\/yyyy\), but would be 17 May 2025 written month first/);
  assert.match(result.issues.find((i) => i.id === 'episodes-dates-month-first')?.message ?? '', /^10 of the Episodes dates/);
  // Not weighed against the folder's year: the 3 June 2026 misreadings would have made it 2026/27's.
  assert.ok(!ids.includes('return-dates-after-folder-year'));
  // A folder not named for its year finds the same.
  assert.ok(ingestFiles(returnFiles('903/latest', episodes)).issues.some((i) => i.id === 'episodes-dates-month-first'));
  // Day first with a day over 12 is no such thing: 17/05/2025 reads.
  assert.deepEqual(ingestFiles(returnFiles('903/2025-26', ['1001,17/05/2025,S,C2,N1,U6,PR1,,,,,,'])).issues, []);
});

test('a year missing between the returns is reported even when another return could not be read', () => {
  // Synthetic; no real child data. 2022/23 is unreadable (its XML cut off) and 2024/25 is missing altogether.
  const ingest = createIngest();
  for (const year of ['2021-22', '2023-24', '2025-26']) {
    const sex = year === '2025-26' ? 'M' : '1';
    ingest.addCsv(`903/${year}/header.csv`, HEADER.replace(',M,', `,${sex},`));
    ingest.addCsv(`903/${year}/episodes.csv`, `${EPISODES_HEAD}1001,01/06/${year.slice(0, 4)},S,C2,N1,U6,PR1,01/07/${year.slice(0, 4)},E11,,,,\n`);
    if (year === '2021-22') ingest.addUnreadableReturn('903/2022-23/return.xml');
  }
  const result = ingest.finish();
  const ids = result.issues.map((i) => i.id);
  assert.ok(ids.includes('return-unreadable'));
  const gap = result.issues.find((i) => i.id === 'return-year-missing');
  // The unreadable year is not called missing, nor a return read.
  assert.match(gap?.message ?? '', /^The returns read are for 2021\/22, 2023\/24 and 2025\/26, with none for 2024\/25 between them\./);
});

test('NULL, as SQL Server Management Studio saves an empty value, is read as blank with a note per column, and is one error, the value missing, where a value is needed', () => {
  const result = ingestFiles([
    { name: 'header.csv', text: 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1001,M,01/02/2015,WBRI,UN1,NULL,NULL\n1002,F,01/02/2016,WBRI,UN2,null, Null \n' },
    // Quoted, so the file goes the way of d3-dsv rather than the plain splitter: both routes read NULL alike.
    { name: 'episodes.csv', text: `${EPISODES_HEAD}1001,01/03/2025,S,C2,N1,U6,PR1,NULL,NULL,NULL,DM1,DM2,NULL\n"1002",NULL,S,C2,N1,U6,PR1,,,,DM1,DM2,\n` },
  ]);
  assert.deepEqual(result.data.episodes.map((e) => [e.child, e.dec, e.rec, e.urn]), [['1001', null, '', '']]);
  assert.deepEqual(result.data.headers.map((h) => [h.child, h.mother, h.mcDob]), [['1001', '', null], ['1002', '', null]]);
  assert.deepEqual(result.issues.map((i) => [i.id, i.severity, i.file, i.column, i.row]), [
    ['cell-null-read-blank', 'note', 'header.csv', 'MOTHER', 2],
    ['cell-null-read-blank', 'note', 'header.csv', 'MC_DOB', 2],
    ['value-missing', 'error', 'episodes.csv', 'DECOM', 3],
    ['cell-null-read-blank', 'note', 'episodes.csv', 'DEC', 2],
    ['cell-null-read-blank', 'note', 'episodes.csv', 'REC', 2],
    ['cell-null-read-blank', 'note', 'episodes.csv', 'REASON_PLACE_CHANGE', 2],
    ['cell-null-read-blank', 'note', 'episodes.csv', 'URN', 2],
  ]);
  assert.equal(result.issues[2]?.value, 'NULL');
  assert.match(result.issues[1]?.message ?? '', /^MC_DOB holds the word NULL, which a database query writes for an empty value; carestats read it as blank\. The same was found in 1 more row/);
});

test('a CSV saved without its heading row (SQL Server Management Studio’s default) is one error naming the table it looks like', () => {
  const heads = ssdColumns('ssd_cla_visits');
  const visit = (id: string, seen: string) => heads.map((h) => ({ clav_cla_visit_id: id, clav_cla_id: 'CLA1', clav_person_id: '1001', clav_cla_visit_date: '2023-04-04', clav_cla_visit_seen: seen, clav_cla_visit_seen_alone: 'Y' })[h] ?? '').join(',');
  // The first row has a value written twice (Y) and the second a cell more than it: before, an error for each.
  const result = ingestFiles([
    { name: 'ssd/visits.csv', text: `${visit('V1', 'Y')}\n${visit('V2', 'Y')},extra\n` },
    { name: 'header.csv', text: '1001,M,01/02/2015,WBRI,UN1,,\n' },
  ]);
  assert.deepEqual(result.issues.filter((i) => i.id !== 'required-table-missing').map((i) => [i.id, i.severity, i.file, i.row]), [
    ['file-headings-missing', 'error', 'ssd/visits.csv', 1],
    ['file-headings-missing', 'error', 'header.csv', 1],
  ]);
  assert.match(result.issues[0]?.message ?? '', /^The first row of this file is data \("V1", "CLA1", "1001"\), not column headings: it looks like the SSD table ssd_cla_visits saved without its headings\./);
  assert.match(result.issues[1]?.message ?? '', /it looks like the SSDA903 table Header saved without/);
  assert.equal(result.ssd.visits.length, 0);
  // Headings, even with one misspelt, and data whose values include a heading's word, are read as they were.
  const misspelt = ingestFiles([{ name: 'ssd/visits.csv', text: `${heads.join(',').replace('clav_cla_visit_seen,', 'clav_visit_seen,')}\n${visit('V1', 'Y')}\n` }]);
  assert.ok(!misspelt.issues.some((i) => i.id === 'file-headings-missing'));
  assert.ok(misspelt.issues.some((i) => i.id === 'table-not-recognised'));
});

test('a CSV saved without headings by SQL Server Management Studio, with its NULLs and 1 or 0 flags, still names its table', () => {
  // The same tool that leaves the headings out writes NULL for an empty value, and a bit column's flag as 1 or 0.
  const heads = ssdColumns('ssd_cla_visits');
  const visit = heads.map((h) => ({ clav_cla_visit_id: 'V1', clav_cla_id: 'CLA1', clav_person_id: '1001', clav_cla_visit_date: '2023-04-04 00:00:00.000', clav_cla_visit_seen: '1', clav_cla_visit_seen_alone: 'NULL' })[h] ?? 'NULL').join(',');
  const result = ingestFiles([{ name: 'ssd/visits.csv', text: `${visit}\n${visit}\n` }]);
  const found = result.issues.filter((i) => i.id === 'file-headings-missing');
  assert.equal(found.length, 1);
  assert.match(found[0]?.message ?? '', /it looks like the SSD table ssd_cla_visits saved without its headings/);
});

test('the dates databases write for no date (1900-01-01, 1753-01-01, 0001-01-01, 9999-12-31) are read as blank with a warning per column, or are an error where a date is needed', () => {
  const person = ssdColumns('ssd_person');
  const row = (id: string, death: string) => person.map((c) => ({ pers_person_id: id, pers_dob: '2010-05-01', pers_death_date: death })[c] ?? '').join(',');
  // As SQL Server's ISNULL(pers_death_date, '') writes an empty death date. Read as a date, it was a death in
  // 1900 for every child alive, which took every care leaver out of the care-leaver measures.
  const ssd = ingestFiles([{ name: 'ssd/person.csv', text: `${person.join(',')}\n${row('P1', '1900-01-01 00:00:00.000')}\n${row('P2', '1900-01-01')}\n${row('P3', '2024-02-03')}\n` }]);
  assert.deepEqual(ssd.ssd.person.map((p) => p.deathDate), [null, null, dayFromYmd(2024, 2, 3)]);
  const warning = ssd.issues.filter((i) => i.id !== 'required-table-missing');
  assert.deepEqual(warning.map((i) => [i.id, i.severity, i.row, i.column]), [['date-placeholder-read-blank', 'warning', 2, 'pers_death_date']]);
  assert.match(warning[0]?.message ?? '', /^"1900-01-01 00:00:00\.000" in pers_death_date is the date a database writes for no date \(SQL Server makes an empty date 1 January 1900\), not a real one; carestats read it as blank\. The same was found in 1 more row/);
  // In the SSDA903 alike, by either route of typing (the quick one reads a 10-character date in place).
  const episodes = ingestFiles([
    { name: 'header.csv', text: 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1001,M,01/02/2015,WBRI,UN1,,01/01/1753\n1002,M,01/01/1900,WBRI,UN2,,\n' },
    { name: 'episodes.csv', text: `${EPISODES_HEAD}1001,01/03/2025,S,C2,N1,U6,PR1,31/12/9999,,,DM1,DM2,\n` },
  ]);
  assert.deepEqual(episodes.data.episodes.map((e) => e.dec), [null]);
  assert.deepEqual(episodes.data.headers.map((h) => [h.child, h.mcDob]), [['1001', null]]);
  assert.deepEqual(episodes.issues.filter((i) => i.id.startsWith('date-')).map((i) => [i.id, i.severity, i.file, i.column]), [
    ['date-placeholder', 'error', 'header.csv', 'DOB'],
    ['date-placeholder-read-blank', 'warning', 'header.csv', 'MC_DOB'],
    ['date-placeholder-read-blank', 'warning', 'episodes.csv', 'DEC'],
  ]);
  assert.match(episodes.issues.find((i) => i.id === 'date-placeholder-read-blank' && i.column === 'DEC')?.message ?? '', /\(the latest date a database can hold, which case systems write for no end\)/);
  // Dates just inside the bounds are dates (a typing error such as 1909 for 2009 is for the plausibility checks).
  const near = ingestFiles([{ name: 'ssd/person.csv', text: `${person.join(',')}\n${row('P1', '1900-01-02')}\n${row('P2', '9998-12-31')}\n` }]);
  assert.deepEqual(near.ssd.person.map((p) => p.deathDate), [dayFromYmd(1900, 1, 2), dayFromYmd(9998, 12, 31)]);
});

test('a date before 1900 that is no database\'s placeholder is not called one in the message', () => {
  const person = ssdColumns('ssd_person');
  const row = (id: string, death: string) => person.map((c) => ({ pers_person_id: id, pers_dob: '2010-05-01', pers_death_date: death })[c] ?? '').join(',');
  const read = (death: string) => ingestFiles([{ name: 'ssd/person.csv', text: `${person.join(',')}\n${row('P1', death)}\n` }]).issues.find((i) => i.id === 'date-placeholder-read-blank')?.message ?? '';
  // 1850 is a mistyped year, not the earliest date a database can hold (1753-01-01 or 0001-01-01).
  assert.match(read('1850-06-01'), /\(no date in a child’s file is before 1900 or in the year 9999, so carestats takes it for one of those\)/);
  assert.match(read('1753-01-01'), /\(the earliest date a database can hold\)/);
  assert.match(read('0001-01-01T00:00:00'), /\(the earliest date a database can hold\)/);
  assert.match(read('1900-01-01 00:00:00.000'), /\(SQL Server makes an empty date 1 January 1900\)/);
  // Only 31 December 9999 is the latest date; another day of that year is a typing error all the same.
  assert.match(read('9999-12-31'), /\(the latest date a database can hold/);
  assert.match(read('9999-01-05'), /no date in a child’s file/);
});

test('a Y/N flag written 1 or 0 (a bit column) or as a word (Yes, TRUE) is read as Y or N with a note per column; other values stay invalid', () => {
  const heads = ssdColumns('ssd_cla_visits');
  const visit = (id: string, seen: string, alone: string) => heads.map((h) => ({ clav_cla_visit_id: id, clav_cla_id: 'CLA1', clav_person_id: '1001', clav_cla_visit_date: '2023-04-04', clav_cla_visit_seen: seen, clav_cla_visit_seen_alone: alone })[h] ?? '').join(',');
  const result = ingestFiles([{ name: 'ssd/visits.csv', text: `${heads.join(',')}\n${visit('V1', '1', 'Yes')}\n${visit('V2', '0', 'false')}\n${visit('V3', '2', 'N')}\n` }]);
  assert.deepEqual(result.ssd.visits.map((v) => [v.seen, v.seenAlone]), [['Y', 'Y'], ['N', 'N']]);
  assert.deepEqual(result.issues.filter((i) => i.id !== 'required-table-missing').map((i) => [i.id, i.severity, i.row, i.column]), [
    ['code-invalid', 'error', 4, 'clav_cla_visit_seen'],
    ['code-yes-no-word', 'note', 2, 'clav_cla_visit_seen'],
    ['code-yes-no-word', 'note', 2, 'clav_cla_visit_seen_alone'],
  ]);
  assert.match(result.issues.find((i) => i.id === 'code-yes-no-word')?.message ?? '', /^"1" in clav_cla_visit_seen is a yes or no written as 1 or 0, as a database writes a true-or-false \(bit\) column; carestats read 1 as Y and 0 as N\. The same was found in 1 more row/);
  // Only a Y/N flag: a code list of its own is read as it was (a 903 code, 1 and 0 included, is never read so).
  assert.ok(ingestFiles([{ name: 'header.csv', text: HEADER }, { name: 'episodes.csv', text: `${EPISODES_HEAD}1001,01/03/2025,S,C2,N1,YES,PR1,,,,DM1,DM2,\n` }]).issues.some((i) => i.id === 'code-invalid' && i.column === 'PLACE'));
});

test('an SSD datetime written with its offset from UTC is read as the day it was in the UK, with a note; in the SSDA903 it is an error', () => {
  const heads = ssdColumns('ssd_cla_visits');
  const visit = (date: string) => heads.map((h) => ({ clav_cla_visit_id: 'V1', clav_cla_id: 'CLA1', clav_person_id: '1001', clav_cla_visit_date: date, clav_cla_visit_seen: 'Y', clav_cla_visit_seen_alone: 'N' })[h] ?? '').join(',');
  const read = (...dates: string[]) => ingestFiles([{ name: 'ssd/visits.csv', text: `${heads.join(',')}\n${dates.map(visit).join('\n')}\n` }]);
  // Midnight on 4 April 2023 in British Summer Time is 23:00 on 3 April in UTC; in January, UTC is UK time.
  const r = read('2023-04-03T23:00:00.000Z', '2023-01-03T23:00:00Z', '2023-04-04T00:30:00+01:00', '2023-10-29T01:30:00Z');
  assert.deepEqual(r.ssd.visits.map((v) => v.date), [dayFromYmd(2023, 4, 4), dayFromYmd(2023, 1, 3), dayFromYmd(2023, 4, 4), dayFromYmd(2023, 10, 29)]);
  const notes = r.issues.filter((i) => i.id !== 'required-table-missing');
  assert.deepEqual(notes.map((i) => [i.id, i.severity, i.row]), [['date-zoned-read-uk', 'note', 2]]);
  assert.match(notes[0]?.message ?? '', /read it as the day it was in the UK.*The same was found in 3 more rows/);
  const episode = ingestFiles([{ name: 'header.csv', text: HEADER }, { name: 'episodes.csv', text: `${EPISODES_HEAD}1001,2025-03-01T00:00:00Z,S,C2,N1,U6,PR1,,,,,,\n` }]);
  assert.deepEqual(episode.issues.map((i) => [i.id, i.column]), [['date-invalid', 'DECOM']]);
});

test('a value of free text the measures read that carestats cannot read (a health check worded "LAC Medical") is a warning per column saying what it reads', () => {
  const heads = ssdColumns('ssd_cla_health');
  const check = (type: string, status: string) => heads.map((h) => ({ clah_health_check_id: 'H1', clah_person_id: '1001', clah_health_check_type: type, clah_health_check_date: '2024-03-04', clah_health_check_status: status })[h] ?? '').join(',');
  // Quoted rows go the way of d3-dsv, the others the plain splitter's ranges: both are told of.
  const rows = [check('LAC Medical', 'Attended'), check('Health Assessment', 'Completed'), check('"RHA"', ''), check('LAC Medical', 'Did not attend'), check('Optician', '"Planned"')];
  const result = ingestFiles([{ name: 'ssd/health.csv', text: `${heads.join(',')}\n${rows.join('\n')}\n` }]);
  assert.equal(result.ssd.health.length, 5, 'every row is still read');
  const found = result.issues.filter((i) => i.id === 'ssd-value-not-recognised');
  assert.deepEqual(found.map((i) => [i.severity, i.row, i.column, i.value]), [['warning', 2, 'clah_health_check_type', 'LAC Medical'], ['warning', 2, 'clah_health_check_status', 'Attended']]);
  assert.match(found[0]?.message ?? '', /^"LAC Medical" in clah_health_check_type is not a value carestats reads: it reads health assessments \(wording with "health assessment", or IHA or RHA\) and dental checks .* The same was found in 2 more rows of this column\.$/);
  // Values it reads give nothing to say.
  assert.deepEqual(ingestFiles([{ name: 'ssd/health.csv', text: `${heads.join(',')}\n${check('Dental Check', 'Completed')}\n${check('Review Health Assessment', 'Refused')}\n` }]).issues.filter((i) => i.id === 'ssd-value-not-recognised'), []);
});
