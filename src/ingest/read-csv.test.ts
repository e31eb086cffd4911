// Unit tests for reading CSV text: byte-order marks, quoting, blank lines and Excel row numbers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readCsv, streamCsvBytes } from './read-csv.ts';

test('a byte-order mark is removed and remembered; cells are kept as written for the typing stage', () => {
  const { tables: [table], issues } = readCsv('h.csv', '\uFEFFCHILD, SEX \n 1 ,M\n');
  assert.deepEqual(issues, []);
  assert.equal(table?.bom, true);
  assert.deepEqual(table?.headings, ['CHILD', ' SEX ']);
  assert.deepEqual(table?.rows, [{ row: 2, values: [' 1 ', 'M'] }]);
});

test('quoted cells may hold commas, quotes and line breaks; Windows line ends are fine', () => {
  const { tables: [table] } = readCsv('q.csv', 'A,B\r\n"x, ""y""","two\nlines"\r\n3,4\r\n');
  assert.deepEqual(table?.rows, [{ row: 2, values: ['x, "y"', 'two\nlines'] }, { row: 3, values: ['3', '4'] }]);
});

test('row numbers match Excel even when the file has blank lines', () => {
  const { tables: [table] } = readCsv('h.csv', 'A,B\n1,2\n\n3,4\n');
  assert.deepEqual(table?.rows.map((r) => r.row), [2, 4]);
});

test('an empty file is reported, not thrown', () => {
  const { tables, issues } = readCsv('e.csv', '');
  assert.deepEqual(tables, []);
  assert.deepEqual(issues.map((i) => i.id), ['file-empty']);
});

test('a row with too many values is reported with its row number', () => {
  const { tables: [table], issues } = readCsv('x.csv', 'A,B\n1,2,3\n4,5\n');
  assert.equal(table?.rows.length, 1);
  assert.equal(issues[0]?.id, 'row-wrong-length');
  assert.equal(issues[0]?.row, 2);
});

test('text that is not CSV (an unclosed quote, binary data) is reported, not thrown', () => {
  for (const text of ['A,B\n"1,2\n', 'PK\u0003\u0004\u0000\u0000binary']) {
    const { tables, issues } = readCsv('q.csv', text);
    assert.deepEqual(tables, []);
    assert.equal(issues[0]?.id, 'file-unreadable');
  }
});

test('a row repeating the headings (two exports joined) is skipped and reported once, on either reading route', () => {
  // Synthetic; no real child data. With a quotation mark the file goes through d3-dsv, without through the splitter.
  for (const quote of ['', '"']) {
    const text = `CHILD,SEX,DOB\n1001,M,01/02/2015\nchild,SEX,DOB\n${quote}1002${quote},F,03/04/2016\n`;
    const result = readCsv('header.csv', text);
    assert.deepEqual(result.tables[0]?.rows.map((r) => [r.row, r.values[0]]), [[2, '1001'], [4, '1002']], quote);
    assert.deepEqual(result.issues.map((i) => [i.id, i.row, i.severity]), [['row-repeats-headings', 3, 'warning']], quote);
  }
});

test('a CSV file in Windows-1252 (Excel on Windows) is read as it, with one warning naming the first line that is not UTF-8', () => {
  // "Children’s Services" and "£" as Windows-1252 writes them: 0x92 and 0xA3, neither of them UTF-8.
  const text = 'dept_id,dept_name\nD1,Leaving care\nD2,Children’s Services £\n';
  const bytes = Buffer.from(Array.from(text, (c) => (c === '’' ? 0x92 : c === '£' ? 0xa3 : c.charCodeAt(0))));
  const read = streamCsvBytes('ssd/ssd_department.csv', bytes, () => null);
  assert.deepEqual(read.tables[0]?.rows.map((r) => r.values[1]), ['Leaving care', 'Children’s Services £']);
  assert.deepEqual(read.issues.map((i) => [i.id, i.severity, i.row]), [['file-not-utf8', 'warning', null]]);
  assert.match(read.issues[0]?.message ?? '', /^The file is not UTF-8 text \(first at line 3\)/);
  // The same text in UTF-8 reads alike with nothing to say.
  const utf8 = streamCsvBytes('ssd/ssd_department.csv', Buffer.from(text, 'utf8'), () => null);
  assert.deepEqual(utf8.tables[0]?.rows.map((r) => r.values[1]), ['Leaving care', 'Children’s Services £']);
  assert.deepEqual(utf8.issues, []);
});

test('a UTF-8 CSV file with a stray byte that is not UTF-8 is read as UTF-8, with a warning naming the line', () => {
  // "Café" in UTF-8 on line 2, and a lone 0xA3 (a Windows-1252 £) on line 3: read as Windows-1252, the é would be "Ã©".
  const bytes = Buffer.concat([Buffer.from('dept_id,dept_name\nD1,Café\nD2,Fees '), Buffer.from([0xa3]), Buffer.from('5\n')]);
  const read = streamCsvBytes('ssd/ssd_department.csv', bytes, () => null);
  assert.deepEqual(read.tables[0]?.rows.map((r) => r.values[1]), ['Café', 'Fees �5']);
  assert.deepEqual(read.issues.map((i) => [i.id, i.severity]), [['file-utf8-damaged', 'warning']]);
  assert.match(read.issues[0]?.message ?? '', /first at line 3/);
});

test('the lines sqlcmd writes round a query’s results are skipped with a note, on either reading route, and a count the rows do not reach is a warning', () => {
  const body = (rows: readonly string[], said: number) => ['A,B', '---------,-', ...rows, '', `(${String(said)} rows affected)`, ''].join('\n');
  // The second file has a quotation mark, so it goes the way of d3-dsv rather than the plain splitter.
  for (const [name, rows] of [['plain.csv', ['1,x', '2,y']], ['quoted.csv', ['1,"x"', '2,y']]] as const) {
    const whole = readCsv(name, body(rows, 2));
    assert.deepEqual(whole.tables[0]?.rows.map((r) => [r.row, r.values[1]]), [[3, 'x'], [4, 'y']], name);
    assert.deepEqual(whole.issues.map((i) => [i.id, i.severity, i.row]), [['file-sqlcmd-lines', 'note', 2]], name);
    assert.match(whole.issues[0]?.message ?? '', /: the dashes under the headings in row 2 and "\(2 rows affected\)" in row 6\. carestats skipped them\./);
    // Cut short after it was saved: one row gone.
    const cut = readCsv(name, body(rows.slice(0, 1), 2));
    assert.deepEqual(cut.issues.map((i) => [i.id, i.severity, i.row]), [['file-sqlcmd-lines', 'note', 2], ['file-rows-affected-differs', 'warning', 5]], name);
    assert.match(cut.issues[1]?.message ?? '', /gave 2 rows, but it holds 1\./);
  }
  // The bytes' route (read a piece at a time) finds the same.
  const bytes = streamCsvBytes('b.csv', Buffer.from(body(['1,x', '2,y'], 2)), () => null, { pieceBytes: 5 });
  assert.deepEqual(bytes.issues.map((i) => i.id), ['file-sqlcmd-lines']);
  // A cell of dashes beside values is data, and so is a bracket that is no count.
  assert.deepEqual(readCsv('d.csv', 'A,B\n--,x\n(2 rows),\n').issues.map((i) => i.id), []);
});
