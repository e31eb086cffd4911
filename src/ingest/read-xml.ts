// Reads the DfE XML form of the SSDA903 return (root EXPSSDA903) into the same tables the CSV reader gives, so
// recognition, typing and the checks never know which format a council sent. Where each table sits, and the
// validator code it follows, is in ssda903-xml-layout.ts.
//
// Parsed with saxes, a streaming, strictly conforming XML parser (already used by exceljs): it gives the line of
// every element, which an analyst needs to find a row in a text editor, and stops at text that is not well-formed
// XML with the line of the fault. fast-xml-parser builds the whole tree, gives only character offsets, and checks
// well-formedness in a separate pass. One pass; memory grows with the largest child's record, not the file.
// saxes never fetches external entities, so a DOCTYPE cannot make it read other files.
import { SaxesParser } from 'saxes';
import { makeIssue, type Issue } from '../checks/issue.ts';
import { decodeXml } from './decode-xml.ts';
import type { RawRow, RawTable, ReadResult } from './raw-table.ts';
import { SSDA903_TABLES, tableColumns, type Ssda903TableName } from './ssda903-tables.ts';
import {
  CHILD_LEVEL_TABLES, HEADER_COLUMNS, ROW_ELEMENTS, XML_CHILD, XML_HEADER, XML_ROOT, columnOfTag, ownColumns, type ChildLevelTable,
} from './ssda903-xml-layout.ts';

/** One field element's text and the line it starts on. */
interface Field {
  value: string;
  line: number;
}

/** Fields by DfE column; a later element of the same name replaces an earlier one, as in ingress.py's dict. */
type Fields = Map<string, Field>;

/** An element holding fields: a child's record, a row element (EPISODE, AREVIEW, …) or one not yet known. */
interface Group {
  table: Ssda903TableName | null;
  line: number;
  fields: Fields;
}

/** A child's record while it is read: its own fields and the rows of its row elements. */
interface ChildRecord extends Group {
  headerLine: number | null;
  rows: Group[];
}

/** An open element. */
interface Frame {
  tag: string;
  line: number;
  /** The group this element opened, if it is a row element or turned out to hold elements. */
  group: Group | null;
  /** Where this element's fields go if it has none of its own: the nearest enclosing group. */
  sink: Group | null;
  hasElements: boolean;
  text: string;
}

/** Thrown inside the parser's callbacks to stop at a root that is not EXPSSDA903; caught in readXml. */
class NotA903Return extends Error {
  readonly root: string;
  readonly line: number;
  constructor(root: string, line: number) {
    super(`root element ${root}`);
    this.root = root;
    this.line = line;
  }
}

// Every field element carestats reads: each table's columns by their XML names, and the UASC flag.
const KNOWN_FIELDS: ReadonlySet<string> = new Set([...SSDA903_TABLES.flatMap((t) => tableColumns(t.name)), 'UASC']);

const ROW_TABLE_BY_ELEMENT = new Map(ROW_ELEMENTS.map((r) => [r.element, r.table]));
// Tables the validator does not read from XML: known by their fields, whatever their element is called.
const FOUND_BY_FIELDS = ROW_ELEMENTS.filter((r) => !r.fromValidator).map((r) => ({ table: r.table, own: ownColumns(r.table) }));

/** Parses the text of an SSDA903 XML return into one table per 903 table it holds. Never throws on bad input. */
export function readXml(file: string, text: string): ReadResult {
  return readXmlPieces(file, [text], []);
}

/**
 * Reads an SSDA903 XML return from its bytes, decoded by what its byte-order mark or XML declaration says
 * (decodeXml), a piece at a time: a file decoded whole is one string, and past 512 MB Node cannot make it
 * (ERR_STRING_TOO_LONG, which ended the command). Never throws on bad input.
 */
export function readXmlBytes(file: string, bytes: Uint8Array): ReadResult {
  const decoded = decodeXml(file, bytes);
  if ('issue' in decoded) return { tables: [], issues: [decoded.issue], unreadableReturn: true };
  return readXmlPieces(file, decoded.pieces, decoded.issues);
}

/** Parses an XML return given as pieces of text, in order; `issues` are the decoding's, kept if it reads. */
function readXmlPieces(file: string, pieces: Iterable<string>, issues: Issue[]): ReadResult {
  const rows = new Map<Ssda903TableName, RawRow[]>([['Header', []], ['Episodes', []]]);
  const parser = new SaxesParser();
  const stack: Frame[] = [];
  let record: ChildRecord | null = null;
  // Field elements that are no SSDA903 field, by name: where first seen and how often. Before, they were
  // dropped without a word, so a misspelt <DECOM_DATE> showed only as DECOM blank in every episode.
  const unknown = new Map<string, { line: number; within: string; count: number }>();
  // The depth of the open elements at which a child's record opens: 1, directly under the root, as the DfE form
  // has it; 2 inside an element wrapping the CHILD elements (<CHILDREN>), which some exports add. Read as DfE's
  // validator reads, such a wrapper was one child holding every record (727 issues in an analyst's test).
  let base = 1;
  const wrappers = new Map<string, { line: number; count: number }>();

  parser.on('opentagstart', ({ name }) => {
    // At the tag name the parser is still on the line of its "<".
    const line = parser.line;
    const parent = stack.at(-1);
    if (!parent) {
      if (name !== XML_ROOT) throw new NotA903Return(name, line);
      stack.push({ tag: name, line, group: null, sink: null, hasElements: false, text: '' });
      return;
    }
    if (name === XML_CHILD && stack.length === base + 1 && parent.tag !== XML_CHILD && record?.fields.size === 0 && record.rows.length === 0) {
      // A CHILD first thing inside a record that is not one: that element wraps the children's records.
      parent.group = null;
      parent.hasElements = true;
      const seen = wrappers.get(parent.tag);
      if (seen) seen.count += 1;
      else wrappers.set(parent.tag, { line: parent.line, count: 1 });
      base += 1;
    }
    if (!parent.hasElements) {
      parent.hasElements = true;
      // An element holding elements is a group; HEADER and the root only pass their fields through.
      if (parent.group === null && stack.length > base + 1 && parent.tag !== XML_HEADER) parent.group = { table: null, line: parent.line, fields: new Map() };
    }
    const sink = parent.group ?? parent.sink;
    if (stack.length === base) {
      // ingress.py: `for child in ET.fromstring(xml_string)`: each element under the root is one child's record.
      record = { table: null, line, fields: new Map(), headerLine: null, rows: [] };
      stack.push({ tag: name, line, group: record, sink: null, hasElements: false, text: '' });
      return;
    }
    if (name === XML_HEADER && stack.length === base + 1 && record && record.headerLine === null) record.headerLine = line;
    const table = ROW_TABLE_BY_ELEMENT.get(name);
    const group = table === undefined ? null : { table, line, fields: new Map<string, Field>() };
    stack.push({ tag: name, line, group, sink, hasElements: false, text: '' });
  });

  const addText = (t: string): void => {
    const top = stack.at(-1);
    // ElementTree's node.text: only a leaf element's text is a value; whitespace between elements is not.
    if (top && !top.hasElements) top.text += t;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);

  parser.on('closetag', () => {
    const frame = stack.pop();
    if (!frame || stack.length === 0) return;
    if (stack.length < base) {
      // A wrapper of the children's records closing: what follows it is under the root again.
      base = stack.length;
      return;
    }
    if (stack.length === base) {
      if (record) finishRecord(record, rows);
      record = null;
      return;
    }
    const group = frame.group;
    // HEADER (the only element holding elements without a group) passes its fields through to the record.
    if (group === null && frame.hasElements) return;
    if (group === null) {
      // A field element: ingress.py read_data keeps elements with no children, named by column.
      const column = columnOfTag(frame.tag);
      if (!KNOWN_FIELDS.has(column)) {
        const seen = unknown.get(frame.tag);
        if (seen) seen.count += 1;
        else unknown.set(frame.tag, { line: frame.line, within: stack.at(-1)?.tag ?? '', count: 1 });
      }
      frame.sink?.fields.set(column, { value: frame.text, line: frame.line });
      return;
    }
    const table = group.table ?? FOUND_BY_FIELDS.find((t) => t.own.some((c) => group.fields.has(c)))?.table ?? null;
    if (table !== null) {
      record?.rows.push({ ...group, table });
      return;
    }
    // An element that is not a table's row: its fields belong to the enclosing record or row, as in ingress.py,
    // where read_data collects every leaf below the child however deeply it is nested.
    for (const [column, field] of group.fields) frame.sink?.fields.set(column, field);
  });

  // Whether any text but spaces came: a file of spaces (or a byte-order mark) alone is empty, not broken XML.
  let any = false;
  let first = true;
  let closing = false;
  // Spaces before the first text, held so the lines still count from the file's first.
  let lead = '';
  // The end of the text, to tell a file cut off from one whose element is left open within it.
  let tail = '';
  try {
    for (const piece of pieces) {
      const text = first && piece.charCodeAt(0) === 0xfeff ? piece.slice(1) : piece;
      first = false;
      if (!any && text.trim() === '') {
        lead += text;
        continue;
      }
      parser.write(any ? text : lead + text);
      any = true;
      tail = (tail + text).slice(-64);
    }
    if (!any) return { tables: [], issues: [makeIssue('file-empty', { file })], unreadableReturn: true };
    closing = true;
    parser.close();
  } catch (error) {
    if (error instanceof NotA903Return) {
      // A web page saved under the return's name (a sign-in or error page the export gave instead) is named as one.
      const page = /^html$/i.test(error.root);
      const what = page
        ? `it is a web page (HTML), not an SSDA903 XML return: perhaps a sign-in or error page saved in place of the export`
        : `it is not an SSDA903 XML return: its first element is <${error.root}>, where a return begins with <${XML_ROOT}>`;
      // A web page stands where the return should be; another XML document (a CIN census) is beside the point.
      return { tables: [], issues: [makeIssue('file-unreadable', { file, row: error.line }, { reason: what })], unreadableReturn: page };
    }
    const open = stack.at(-1);
    if (closing && open) {
      // The text ended inside an element. A file cut off part way does not end with the root's closing tag; one
      // that does has an element left open within it (saxes reads a bare & as the start of an entity running on
      // to the end), which is named by its own line rather than the last.
      if (!tail.trimEnd().endsWith(`</${XML_ROOT}>`)) {
        return { tables: [], issues: [makeIssue('xml-cut-off', { file, row: parser.line }, { line: String(parser.line), open: `<${open.tag}> (opened at line ${String(open.line)})` })], unreadableReturn: true };
      }
      const detail = `<${open.tag}> on this line is never closed, or a value in it holds an & not written &amp;`;
      return { tables: [], issues: [makeIssue('xml-not-well-formed', { file, row: open.line }, { line: String(open.line), detail })], unreadableReturn: true };
    }
    // saxes messages begin "line:column: "; the line goes in the issue's row, the rest in plain words.
    const detail = (error instanceof Error ? error.message : String(error)).replace(/^\d+:\d+: /, '').replace(/\.$/, '');
    return { tables: [], issues: [makeIssue('xml-not-well-formed', { file, row: parser.line }, { line: String(parser.line), detail })], unreadableReturn: true };
  }
  for (const [tag, { line, count }] of wrappers) {
    issues.push(makeIssue('xml-children-wrapped', { file, row: line }, { element: tag, count: String(count) }));
  }
  for (const [tag, { line, within, count }] of unknown) {
    issues.push(makeIssue('xml-element-unknown', { file, row: line }, { element: tag, within, count: String(count) }));
  }
  const tables: RawTable[] = [];
  for (const { name } of SSDA903_TABLES) {
    const found = rows.get(name);
    if (found) tables.push({ file: `${file} (${name})`, format: 'xml', headings: tableColumns(name), rows: found });
  }
  return { tables, issues };
}

const filled = (f: Field | undefined): f is Field => f !== undefined && f.value.trim() !== '';

/** Adds a finished child's Header row, its UASC, OC3 and AD1 rows if it has them, and its row elements' rows. */
function finishRecord(record: ChildRecord, rows: Map<Ssda903TableName, RawRow[]>): void {
  const child = record.fields;
  const add = (table: Ssda903TableName, row: number, values: string[]): void => {
    const list = rows.get(table);
    if (list) list.push({ row, values });
    else rows.set(table, [{ row, values }]);
  };
  const childValues = (table: Ssda903TableName): string[] => tableColumns(table).map((c) => child.get(c)?.value ?? '');
  // ingress.py: one Header row per child, whatever it holds.
  add('Header', record.headerLine ?? record.line, childValues('Header'));
  for (const table of CHILD_LEVEL_TABLES) {
    const line = childLevelLine(table, child);
    if (line !== null) add(table, line, childValues(table));
  }
  for (const group of record.rows) {
    if (group.table === null) continue;
    // A row element with nothing in it (<OC2/>) holds no row; ingress.py would give a row of blanks.
    if (!ownColumns(group.table).some((c) => filled(group.fields.get(c)))) continue;
    // The child's CHILD, SEX and DOB fill the columns a row repeats from the Header (ingress.py
    // `{**all_data, **data}`). Other columns missing from the row are blank: ingress.py would take them from
    // the child's other elements (another episode's DEC, say), which is not what the row says.
    const values = tableColumns(group.table).map((c) => group.fields.get(c)?.value ?? (HEADER_COLUMNS.has(c) ? (child.get(c)?.value ?? '') : ''));
    add(group.table, group.line, values);
  }
}

/**
 * Returns the line of a child-level table's row (its first field), or null when the child has no such row.
 * ingress.py makes a UASC row when the UASC flag has any text, an OC3 row when IN_TOUCH has, an AD1 row when
 * DATE_INT has. carestats also makes one when any other of the table's fields is filled, so the checks can say
 * what is missing rather than the data vanishing, and reads a UASC flag of 0 as "not UASC".
 */
function childLevelLine(table: ChildLevelTable, child: Fields): number | null {
  if (table === 'UASC') {
    const flag = child.get('UASC');
    const duc = child.get('DUC');
    if (filled(flag) && flag.value.trim() !== '0') return flag.line;
    return filled(duc) ? duc.line : null;
  }
  const first = ownColumns(table).map((c) => child.get(c)).find(filled);
  return first ? first.line : null;
}
