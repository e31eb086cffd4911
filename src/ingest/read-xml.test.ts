// Unit tests for reading the DfE XML form of the 903 return: a round trip through the synthetic council's CSV,
// line numbers, bad input reported not thrown, and a fragment in the style of the validator's fake_903.xml.
// All data is synthetic or hand-written; no real child's data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayFromYmd } from '../core/civil-date.ts';
import { generateCouncil } from '../synthetic/generate.ts';
import { ssda903Xml } from '../synthetic/to-xml.ts';
import type { RawTable } from './raw-table.ts';
import { readCsv } from './read-csv.ts';
import { readXml, readXmlBytes } from './read-xml.ts';
import { recogniseTable, tableColumns, type Ssda903TableName } from './ssda903-tables.ts';

/** A table's rows in DfE column order, grouped by child in the order each child first appears. */
function rowsByChild(table: RawTable, name: Ssda903TableName): Map<string, string[][]> {
  const columns = table.headings.map((h) => h.trim().toUpperCase());
  const order = tableColumns(name).map((c) => columns.indexOf(c));
  const byChild = new Map<string, string[][]>();
  for (const { values } of table.rows) {
    const row = order.map((i) => values[i] ?? '');
    const child = row[0] ?? '';
    byChild.set(child, [...(byChild.get(child) ?? []), row]);
  }
  return byChild;
}

/** The XML table of a name, failing the test if it is missing. */
function xmlTable(tables: readonly RawTable[], name: Ssda903TableName): RawTable {
  const table = tables.find((t) => t.file.endsWith(`(${name})`));
  assert.ok(table, `the XML gives a ${name} table`);
  return table;
}

test('a synthetic year written as XML reads back to the same rows as its CSV files', () => {
  const council = generateCouncil({ seed: 3, size: 'small', end: dayFromYmd(2026, 3, 31), years: 2 });
  const folders = [...new Set(council.files.filter((f) => f.name.startsWith('903/')).map((f) => f.name.split('/').slice(0, 2).join('/')))].sort();
  const folder = folders.at(-1);
  assert.equal(folder, '903/2025-26', 'the latest complete collection year');
  const csv = council.files.filter((f) => f.name.startsWith(`${folder}/`)).flatMap((f) => readCsv(f.name, f.text).tables);
  const xml = ssda903Xml(csv);
  const read = readXml('return.xml', xml);
  assert.deepEqual(read.issues, []);
  const lines = xml.split('\n');
  const seen = new Set<Ssda903TableName>();
  for (const table of csv) {
    const r = recogniseTable(table.headings);
    assert.equal(r.kind, 'recognised', table.file);
    if (r.kind !== 'recognised') continue;
    const name = r.table.name;
    seen.add(name);
    if (table.rows.length === 0 && name !== 'Header' && name !== 'Episodes') {
      assert.equal(read.tables.some((t) => t.file === `return.xml (${name})`), false, `no ${name} table when the CSV has no rows`);
      continue;
    }
    const fromXml = xmlTable(read.tables, name);
    assert.equal(fromXml.format, 'xml');
    assert.deepEqual(fromXml.headings, tableColumns(name));
    assert.equal(fromXml.rows.length, table.rows.length, `${name}: as many rows as the CSV`);
    assert.deepEqual(rowsByChild(fromXml, name), rowsByChild(table, name), `${name}: same rows, same order per child`);
    // Every row's line is where its element is: <EPISODE> for an episode, <HEADER> for a child, and so on.
    for (const { row } of fromXml.rows) assert.ok(row >= 1 && row <= lines.length, `${name}: line ${String(row)} is in the file`);
  }
  // The year has the tables a 2025-26 return has, so the test covers the row elements and the child-level ones.
  for (const name of ['Header', 'Episodes', 'Reviews', 'UASC', 'OC2', 'OC3', 'SWEpisodes'] as const) {
    assert.ok(seen.has(name), `the CSV has ${name}`);
    assert.ok(xmlTable(read.tables, name).rows.length > 0, `the XML has ${name} rows`);
  }
  const episodeLines = xmlTable(read.tables, 'Episodes').rows.map((r) => lines[r.row - 1]?.trim());
  assert.deepEqual(new Set(episodeLines), new Set(['<EPISODE>']));
  const headerLines = xmlTable(read.tables, 'Header').rows.map((r) => lines[r.row - 1]?.trim());
  assert.deepEqual(new Set(headerLines), new Set(['<HEADER>']));
});

const PRETTY = `<?xml version="1.0" encoding="UTF-8"?>
<EXPSSDA903>
  <CHILD>
    <HEADER>
      <CHILDID>C1</CHILDID>
      <SEX>F</SEX>
      <DOB>01/02/2015</DOB>
    </HEADER>
    <EPISODE>
      <DECOM>01/04/2025</DECOM>
      <PL>U1</PL>
    </EPISODE>
    <EPISODE>
      <DECOM>01/06/2025</DECOM>
      <PL>U3</PL>
    </EPISODE>
  </CHILD>
</EXPSSDA903>
`;

test('each row is numbered by the line of the element that holds it', () => {
  const { tables, issues } = readXml('return.xml', PRETTY);
  assert.deepEqual(issues, []);
  const episodes = xmlTable(tables, 'Episodes');
  assert.equal(episodes.file, 'return.xml (Episodes)');
  assert.deepEqual(episodes.rows.map((r) => r.row), [9, 13]);
  assert.deepEqual(episodes.rows[1]?.values, ['C1', '01/06/2025', '', '', '', 'U3', '', '', '', '', '', '', '']);
  assert.deepEqual(xmlTable(tables, 'Header').rows, [{ row: 4, values: ['C1', 'F', '01/02/2015', '', '', '', ''] }]);
  // Tables the XML holds no data for are left out, except Header and Episodes.
  assert.deepEqual(tables.map((t) => t.file), ['return.xml (Header)', 'return.xml (Episodes)']);
});

test('text that is not well-formed XML (an unclosed tag) is reported with its line, not thrown', () => {
  const text = '<EXPSSDA903>\n  <CHILD>\n    <HEADER>\n  </CHILD>\n</EXPSSDA903>\n';
  const { tables, issues } = readXml('bad.xml', text);
  assert.deepEqual(tables, []);
  assert.deepEqual(issues.map((i) => [i.id, i.file, i.row]), [['xml-not-well-formed', 'bad.xml', 4]]);
  assert.match(issues[0]?.message ?? '', /not well-formed XML/);
});

test('a document that ends with elements still open is reported, not thrown', () => {
  const { tables, issues } = readXml('cut.xml', '<EXPSSDA903>\n<CHILD>\n<HEADER><CHILDID>1</CHILDID>');
  assert.deepEqual(tables, []);
  // Said to be cut off, at its last line, naming the element left open.
  assert.deepEqual(issues.map((i) => [i.id, i.row]), [['xml-cut-off', 3]]);
  assert.match(issues[0]?.message ?? '', /ends at line 3 with <HEADER> \(opened at line 3\) still open/);
});

test('an XML document that is not an SSDA903 return is reported as such', () => {
  const { tables, issues } = readXml('cin.xml', '<?xml version="1.0"?>\n<Message><Children/></Message>\n');
  assert.deepEqual(tables, []);
  assert.deepEqual(issues.map((i) => [i.id, i.row]), [['file-unreadable', 2]]);
  assert.match(issues[0]?.message ?? '', /not an SSDA903 XML return/);
});

test('an empty file, or one of only spaces, is reported as empty', () => {
  for (const text of ['', '  \n', '\uFEFF']) {
    const { tables, issues } = readXml('e.xml', text);
    assert.deepEqual(tables, []);
    assert.deepEqual(issues.map((i) => i.id), ['file-empty']);
  }
});

// Hand-written in the style of csc-validator-be-903 tests/fake_data/fake_903.xml: one line, empty elements
// written <X />, every table's fields in the child's record. Values invented.
const FAKE_STYLE =
  "<?xml version='1.0' encoding='us-ascii'?>\n<EXPSSDA903>" +
  '<CHILD><HEADER><CHILDID>111</CHILDID><UPN>A123456789012</UPN><SEX>1</SEX><DOB>02/03/2009</DOB><ETHNIC>WBRI</ETHNIC>' +
  '<UASC>1</UASC><DUC>02/03/2027</DUC><IN_TOUCH>YES</IN_TOUCH><ACTIV>F2</ACTIV><ACCOM>U1</ACCOM>' +
  '<AREVIEW><REVIEW>10/05/2024</REVIEW><REVIEW_CODE>PN1</REVIEW_CODE></AREVIEW>' +
  '<AREVIEW><REVIEW>10/11/2024</REVIEW><REVIEW_CODE>PN0</REVIEW_CODE></AREVIEW>' +
  '<AMISSING><MISSING>M</MISSING><MIS_START>01/06/2024</MIS_START><MIS_END /></AMISSING>' +
  '<MOTHER /><MC_DOB />' +
  '<OC2><SDQ_SCORE>12</SDQ_SCORE><CONVICTED>0</CONVICTED><IMMUNISATIONS>1</IMMUNISATIONS></OC2>' +
  '<PERMANENCE><PREV_PERM>Z1</PREV_PERM><LA_PERM /><DATE_PERM>zz/zz/zzzz</DATE_PERM></PERMANENCE>' +
  '<AD_PLACED><DATE_PLACED>01/07/2024</DATE_PLACED><DATE_PLACED_CEASED /><REASON_PLACED_CEASED /></AD_PLACED></HEADER>' +
  '<EPISODE><DECOM>01/04/2024</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>U1</PL><PL_POST>DM1 1AA</PL_POST>' +
  '<HOME_POST>DM2 2BB</HOME_POST><URN>SC123456</URN><PLACE_PROVIDER>PR1</PLACE_PROVIDER><DEC /><REC /><REASON_PLACE_CHANGE /></EPISODE>' +
  '<SOCIAL_WORKER><SW_ID>SW1</SW_ID><SW_DECOM>01/04/2024</SW_DECOM><SW_DEC /><SW_REASON /></SOCIAL_WORKER></CHILD>' +
  '<CHILD><HEADER><CHILDID>222</CHILDID><UPN>UN1</UPN><SEX>2</SEX><DOB>05/06/2012</DOB><ETHNIC>MWBA</ETHNIC><UASC>0</UASC>' +
  '<DATE_INT>01/02/2024</DATE_INT><DATE_MATCH>01/03/2024</DATE_MATCH><FOSTER_CARE>1</FOSTER_CARE><NB_ADOPTR>2</NB_ADOPTR>' +
  '<SEX_ADOPTR>MF</SEX_ADOPTR><LS_ADOPTR>L11</LS_ADOPTR><MOTHER>0</MOTHER><MC_DOB /><OC2 /></HEADER>' +
  '<EPISODE><DECOM>01/01/2024</DECOM><RNE>P</RNE><LS>E1</LS><CIN>N2</CIN><PL>A3</PL><PL_POST /><HOME_POST /><URN>XXXXXXX</URN>' +
  '<PLACE_PROVIDER>PR1</PLACE_PROVIDER><DEC>20/02/2025</DEC><REC>E11</REC><REASON_PLACE_CHANGE /></EPISODE></CHILD>' +
  '</EXPSSDA903>';

test('a fragment in the style of the validator\u2019s fake_903.xml reads the cells the validator would', () => {
  const { tables, issues } = readXml('fake.xml', FAKE_STYLE);
  assert.deepEqual(issues, []);
  const cells = (name: Ssda903TableName) => xmlTable(tables, name).rows.map((r) => r.values);
  assert.deepEqual(cells('Header'), [
    ['111', '1', '02/03/2009', 'WBRI', 'A123456789012', '', ''],
    ['222', '2', '05/06/2012', 'MWBA', 'UN1', '0', ''],
  ]);
  // PL is the PLACE column; a field element that is empty or absent is a blank cell.
  assert.deepEqual(cells('Episodes'), [
    ['111', '01/04/2024', 'S', 'C2', 'N1', 'U1', 'PR1', '', '', '', 'DM2 2BB', 'DM1 1AA', 'SC123456'],
    ['222', '01/01/2024', 'P', 'E1', 'N2', 'A3', 'PR1', '20/02/2025', 'E11', '', '', '', 'XXXXXXX'],
  ]);
  // CHILD, SEX and DOB come from the child's HEADER.
  assert.deepEqual(cells('Reviews'), [['111', '02/03/2009', '10/05/2024', 'PN1'], ['111', '02/03/2009', '10/11/2024', 'PN0']]);
  // A UASC flag of 1 makes a UASC row; a flag of 0 does not.
  assert.deepEqual(cells('UASC'), [['111', '1', '02/03/2009', '02/03/2027']]);
  assert.deepEqual(cells('OC3'), [['111', '02/03/2009', 'YES', 'F2', 'U1']]);
  assert.deepEqual(cells('AD1'), [['222', '05/06/2012', '01/02/2024', '01/03/2024', '1', '2', 'MF', 'L11']]);
  // An empty <OC2 /> holds no row.
  assert.deepEqual(cells('OC2'), [['111', '02/03/2009', '12', '', '0', '', '1', '', '', '', '', '']]);
  assert.deepEqual(cells('Missing'), [['111', '02/03/2009', 'M', '01/06/2024', '']]);
  assert.deepEqual(cells('PrevPerm'), [['111', '02/03/2009', 'Z1', '', 'zz/zz/zzzz']]);
  assert.deepEqual(cells('PlacedAdoption'), [['111', '02/03/2009', '01/07/2024', '', '']]);
  // The validator reads no social worker episodes from XML; carestats knows them by their fields.
  assert.deepEqual(cells('SWEpisodes'), [['111', '02/03/2009', 'SW1', '01/04/2024', '', '']]);
  assert.equal(tables.some((t) => t.file.endsWith('(DoLo)')), false);
  // The file is one line, as ElementTree writes it, so every row is on line 2.
  assert.deepEqual(new Set(tables.flatMap((t) => t.rows.map((r) => r.row))), new Set([2]));
});

test('cell text is decoded and kept as written, and a later field of the same name wins', () => {
  const text = '<EXPSSDA903><CHILD><HEADER><CHILDID> A&amp;B </CHILDID><ETHNIC>X</ETHNIC><ETHNIC><![CDATA[W<1]]></ETHNIC></HEADER></CHILD></EXPSSDA903>';
  const { tables } = readXml('t.xml', text);
  assert.deepEqual(xmlTable(tables, 'Header').rows[0]?.values, [' A&B ', '', '', 'W<1', '', '', '']);
});

// Windows case systems write UTF-16 ("Unicode") and Windows-1252; read as UTF-8, UTF-16 was no XML at all and
// Windows-1252 turned é into U+FFFD with no word said.
const ONE_CHILD = (decl: string, upn: string) =>
  `${decl}<EXPSSDA903>\n<CHILD>\n<HEADER><CHILDID>C1</CHILDID><UPN>${upn}</UPN></HEADER>\n<EPISODE><DECOM>01/04/2025</DECOM></EPISODE>\n</CHILD>\n</EXPSSDA903>\n`;
const upnOf = (read: ReturnType<typeof readXmlBytes>) => xmlTable(read.tables, 'Header').rows[0]?.values[4];

test('a UTF-16 return, with or without a byte-order mark, reads as the text it holds', () => {
  const text = ONE_CHILD('<?xml version="1.0" encoding="UTF-16"?>\n', 'Zoë');
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.from(le).swap16();
  for (const bytes of [Buffer.concat([Buffer.from([0xff, 0xfe]), le]), Buffer.concat([Buffer.from([0xfe, 0xff]), be]), le, be]) {
    const read = readXmlBytes('u.xml', bytes);
    assert.deepEqual(read.issues, []);
    assert.equal(upnOf(read), 'Zoë');
    assert.deepEqual(xmlTable(read.tables, 'Episodes').rows.map((r) => r.row), [5]);
  }
});

test('a return declaring Windows-1252 is read in it; one not UTF-8 declaring nothing is read so, with a warning giving the line', () => {
  const declared = readXmlBytes('w.xml', Buffer.from(ONE_CHILD('<?xml version="1.0" encoding="windows-1252"?>\n', '\u00e9\u00a3'), 'latin1'));
  assert.deepEqual(declared.issues, []);
  assert.equal(upnOf(declared), 'é£');
  const undeclared = readXmlBytes('n.xml', Buffer.from(ONE_CHILD('', '\u00e9'), 'latin1'));
  assert.deepEqual(undeclared.issues.map((i) => [i.id, i.severity, i.row]), [['xml-not-utf8', 'warning', 3]]);
  assert.equal(upnOf(undeclared), 'é');
  // UTF-8 (with or without its mark) says nothing.
  assert.deepEqual(readXmlBytes('u.xml', Buffer.from(`\uFEFF${ONE_CHILD('', 'é')}`)).issues, []);
});

test('an encoding carestats cannot decode is one issue, not a misread', () => {
  const { tables, issues } = readXmlBytes('x.xml', Buffer.from(ONE_CHILD('<?xml version="1.0" encoding="x-made-up"?>\n', 'A')));
  assert.deepEqual(tables, []);
  assert.deepEqual(issues.map((i) => [i.id, i.row]), [['file-unreadable', 1]]);
  assert.match(issues[0]?.message ?? '', /"x-made-up"/);
});

test('a file longer than a piece is decoded in pieces, a character cut between two pieces kept whole', () => {
  // 1 MB pieces (decode-xml.ts): the é of a UPN made to straddle the first boundary.
  const head = '<EXPSSDA903>\n<CHILD>\n<HEADER><CHILDID>C1</CHILDID><UPN>';
  const bytes = Buffer.from(`<!--${' '.repeat((1 << 20) - Buffer.byteLength(head) - 9)}-->\n${head}é</UPN></HEADER>\n<EPISODE><DECOM>01/04/2025</DECOM></EPISODE>\n</CHILD>\n</EXPSSDA903>\n`);
  assert.equal(bytes.indexOf(Buffer.from('é')), (1 << 20) - 1, 'the é straddles the first piece boundary');
  const read = readXmlBytes('big.xml', bytes);
  assert.deepEqual(read.issues, []);
  assert.equal(upnOf(read), 'é');
});

test('a web page saved as the return is named as one', () => {
  const { issues } = readXmlBytes('r.xml', Buffer.from('<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body><p>Sign in<br></body></html>\n'));
  assert.deepEqual(issues.map((i) => [i.id, i.row]), [['file-unreadable', 2]]);
  assert.match(issues[0]?.message ?? '', /a web page \(HTML\)/);
});

test('a bare & in a value is placed at the line of its element, not the end of the file', () => {
  const text = ONE_CHILD('', 'A').replace('<DECOM>01/04/2025</DECOM>', '<PL_POST>A & B</PL_POST>');
  const { issues } = readXml('amp.xml', text);
  assert.deepEqual(issues.map((i) => [i.id, i.row]), [['xml-not-well-formed', 4]]);
  assert.match(issues[0]?.message ?? '', /&amp;/);
});

test('a field element that is no SSDA903 field is one warning per name, with its first line and count, not dropped unsaid', () => {
  // <DECOM_DATE> for <DECOM>: before, only each episode's DECOM showing blank said anything was wrong.
  const text = PRETTY.replaceAll('<DECOM>', '<DECOM_DATE>').replaceAll('</DECOM>', '</DECOM_DATE>').replace('<DOB>', '<NOTES>x</NOTES><DOB>');
  const { issues } = readXml('return.xml', text);
  assert.deepEqual(issues.map((i) => [i.id, i.severity, i.row]), [['xml-element-unknown', 'warning', 7], ['xml-element-unknown', 'warning', 10]]);
  assert.match(issues[0]?.message ?? '', /<NOTES> \(in <HEADER>, once at this line\)/);
  assert.match(issues[1]?.message ?? '', /<DECOM_DATE> \(in <EPISODE>, 2 times, first at this line\)/);
});

test('CHILD records inside a wrapping element are read as the children they are, with one warning', () => {
  const council = generateCouncil({ seed: 3, size: 'small', end: dayFromYmd(2026, 3, 31), years: 1 });
  const xml = ssda903Xml(council.files.filter((f) => f.name.startsWith('903/2025-26/')).flatMap((f) => readCsv(f.name, f.text).tables));
  // Before, as DfE's validator reads it, <CHILDREN> was one child holding every record: Header 1, 727 issues.
  const wrapped = xml.replace('<EXPSSDA903>', '<EXPSSDA903>\n<CHILDREN>').replace('</EXPSSDA903>', '</CHILDREN>\n</EXPSSDA903>');
  const plain = readXml('r.xml', xml);
  const read = readXml('r.xml', wrapped);
  assert.deepEqual(read.issues.map((i) => [i.id, i.severity, i.row]), [['xml-children-wrapped', 'warning', 3]]);
  assert.match(read.issues[0]?.message ?? '', /inside <CHILDREN>, an element the DfE form of the return does not have/);
  // The same rows, one line later (the wrapper's own line).
  const shifted = (tables: readonly RawTable[]) => tables.map((t) => ({ ...t, rows: t.rows.map((r) => ({ ...r, row: r.row + 1 })) }));
  assert.deepEqual(read.tables, shifted(plain.tables));
  assert.ok((xmlTable(read.tables, 'Header').rows.length) > 100);
  // Two wrappers, one after another, and records after a wrapper directly under the root again.
  const parts = xml.split('  <CHILD>');
  const twice = [parts[0], '<A>\n', parts.slice(1, 3).map((p) => `  <CHILD>${p}`).join(''), '</A>\n<B>\n', parts.slice(3, 5).map((p) => `  <CHILD>${p}`).join(''), '</B>\n', parts.slice(5).map((p) => `  <CHILD>${p}`).join('')].join('');
  const again = readXml('r.xml', twice);
  assert.deepEqual(again.issues.map((i) => i.id), ['xml-children-wrapped', 'xml-children-wrapped']);
  assert.equal(xmlTable(again.tables, 'Header').rows.length, xmlTable(plain.tables, 'Header').rows.length);
});
