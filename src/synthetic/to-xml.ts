// Writes one collection year's SSDA903 tables, as read from CSV, as the DfE XML form of the return (root
// EXPSSDA903) in the structure ingest/ssda903-xml-layout.ts describes: one child's record per CHILD, one element
// per line so the line numbers ingest/read-xml.ts reports mean something. Pure: text in, text out.
import type { RawTable } from '../ingest/raw-table.ts';
import { recogniseTable, type Ssda903TableName } from '../ingest/ssda903-tables.ts';
import {
  CHILD_LEVEL_TABLES, ROW_ELEMENTS, XML_CHILD, XML_HEADER, XML_ROOT, ownColumns, tagOfColumn, type ChildLevelTable,
} from '../ingest/ssda903-xml-layout.ts';

/** One row: its values by DfE column. */
type Row = ReadonlyMap<string, string>;

/** Everything one child has in the return. */
interface ChildRows {
  header: Row;
  single: Map<ChildLevelTable, Row>;
  many: Map<Ssda903TableName, Row[]>;
}

// The field order of fake_903.xml (csc-validator-be-903 tests/fake_data), which follows no table's column order.
const HEADER_FIRST = ['CHILD', 'UPN', 'SEX', 'DOB', 'ETHNIC'];
const HEADER_LAST = ['MOTHER', 'MC_DOB'];
const CHILD_ROW_TABLES = ROW_ELEMENTS.filter((e) => e.within === XML_CHILD).map((e) => e.table);
const EPISODE_FIELDS = ['DECOM', 'RNE', 'LS', 'CIN', 'PLACE', 'PL_POST', 'HOME_POST', 'URN', 'PLACE_PROVIDER', 'DEC', 'REC', 'REASON_PLACE_CHANGE'];

/**
 * Writes 903 tables as an EXPSSDA903 XML document. Tables are recognised by their headings; children come in
 * the order they first appear, Header first. The XML holds a child's SEX and DOB once, in HEADER, so the other
 * tables' copies are not written; it holds at most one UASC, OC3 and AD1 row per child (the first is kept); and
 * a child found only outside the Header still gets a HEADER, with what those rows say of it.
 */
export function ssda903Xml(tables: readonly RawTable[]): string {
  const children = new Map<string, ChildRows>();
  const recognised = tables.flatMap((t) => {
    const r = recogniseTable(t.headings);
    return r.kind === 'recognised' ? [{ table: t, name: r.table.name }] : [];
  });
  // Header first, so children keep its order (a stable sort keeps the rest as given).
  recognised.sort((a, b) => Number(b.name === 'Header') - Number(a.name === 'Header'));
  for (const { table, name } of recognised) {
    const columns = table.headings.map((h) => h.trim().toUpperCase());
    for (const { values } of table.rows) {
      const row: Row = new Map(columns.map((c, i) => [c, values[i] ?? '']));
      const id = row.get('CHILD') ?? '';
      let child = children.get(id);
      if (!child) children.set(id, (child = { header: name === 'Header' ? row : childOnly(row), single: new Map(), many: new Map() }));
      if (name === 'Header') continue;
      if (isChildLevel(name)) {
        if (!child.single.has(name)) child.single.set(name, row);
        continue;
      }
      const list = child.many.get(name);
      if (list) list.push(row);
      else child.many.set(name, [row]);
    }
  }
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<${XML_ROOT}>`];
  for (const child of children.values()) writeChild(out, child);
  out.push(`</${XML_ROOT}>`, '');
  return out.join('\n');
}

function isChildLevel(name: Ssda903TableName): name is ChildLevelTable {
  return (CHILD_LEVEL_TABLES as readonly string[]).includes(name);
}

/** The Header fields a non-Header row gives of its child. */
function childOnly(row: Row): Row {
  return new Map(['CHILD', 'SEX', 'DOB'].flatMap((c) => { const v = row.get(c); return v === undefined ? [] : [[c, v] as const]; }));
}

/** Writes one child's record. */
function writeChild(out: string[], child: ChildRows): void {
  const field = (indent: string, row: Row, column: string): void => {
    out.push(element(indent, tagOfColumn(column), row.get(column) ?? ''));
  };
  const rowElements = (tables: readonly Ssda903TableName[], indent: string): void => {
    for (const r of ROW_ELEMENTS.filter((e) => tables.includes(e.table))) {
      const fields = r.table === 'Episodes' ? EPISODE_FIELDS : ownColumns(r.table);
      for (const row of child.many.get(r.table) ?? []) {
        out.push(`${indent}<${r.element}>`);
        for (const c of fields) field(`${indent}  `, row, c);
        out.push(`${indent}</${r.element}>`);
      }
    }
  };
  out.push(`  <${XML_CHILD}>`, `    <${XML_HEADER}>`);
  for (const c of HEADER_FIRST) field('      ', child.header, c);
  const uasc = child.single.get('UASC');
  // fake_903.xml: <UASC>1</UASC><DUC>…</DUC> for unaccompanied asylum-seeking children, <UASC /> for the rest.
  out.push(element('      ', 'UASC', uasc ? '1' : ''));
  if (uasc) field('      ', uasc, 'DUC');
  for (const table of ['OC3', 'AD1'] as const) {
    const row = child.single.get(table);
    if (row) for (const c of ownColumns(table)) field('      ', row, c);
  }
  // ssda903.md §1 lists AREVIEW, AMISSING, OC2, PERMANENCE, AD_PLACED; fake_903.xml puts MOTHER and MC_DOB
  // after the reviews and before OC2. Where AMISSING and PERMANENCE go is not shown; readers do not care.
  rowElements(['Reviews', 'Missing'], '      ');
  for (const c of HEADER_LAST) field('      ', child.header, c);
  rowElements(['OC2', 'PrevPerm', 'PlacedAdoption'], '      ');
  out.push(`    </${XML_HEADER}>`);
  rowElements(CHILD_ROW_TABLES, '    ');
  out.push(`  </${XML_CHILD}>`);
}

/** One field element on its own line; an empty value is written <DEC /> as ElementTree does. */
function element(indent: string, tag: string, value: string): string {
  return value === '' ? `${indent}<${tag} />` : `${indent}<${tag}>${escapeText(value)}</${tag}>`;
}

/**
 * Escapes text for XML. A carriage return is written as a reference, since a parser turns a raw one into a
 * line feed; control characters XML 1.0 cannot hold at all become U+FFFD.
 */
function escapeText(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('\r', '&#13;')
    // eslint-disable-next-line no-control-regex -- matching the control characters XML 1.0 forbids is the point
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '\uFFFD');
}
