// Where each SSDA903 table sits in the DfE XML form of the return (root element EXPSSDA903), shared by the
// reader (read-xml.ts) and the synthetic writer (synthetic/to-xml.ts) so the two cannot drift apart.
//
// Source: the DfE validator, data-to-insight/csc-validator-be-903, lac_validator/ingress.py
// (read_xml_from_text, read_data, get_fields_for_table), and its sample tests/fake_data/fake_903.xml:
//   <EXPSSDA903>
//     <CHILD>                      one per child (ingress.py takes every element directly under the root)
//       <HEADER>
//         <CHILDID/> <UPN/> <SEX/> <DOB/> <ETHNIC/>        Header fields; CHILDID is renamed CHILD
//         <UASC/> <DUC/>                                   UASC flag and date UASC ceased
//         <IN_TOUCH/> <ACTIV/> <ACCOM/>                    OC3 fields, only for care leavers
//         <DATE_INT/> … <LS_ADOPTR/>                        AD1 fields, only for children adopted
//         <AREVIEW>…</AREVIEW>*                            one Reviews row each
//         <MOTHER/> <MC_DOB/>
//         <OC2>…</OC2>  <AD_PLACED>…</AD_PLACED>*          (AMISSING and PERMANENCE sit in HEADER too)
//       </HEADER>
//       <EPISODE>…<PL/>…</EPISODE>*                        one Episodes row each; PL is renamed PLACE
//     </CHILD>
//   </EXPSSDA903>
// Every field element is named by its DfE column, apart from the two renames above (ingress.py read_data).
import { tableColumns, type Ssda903TableName } from './ssda903-tables.ts';

/** The root element of an SSDA903 XML return. */
export const XML_ROOT = 'EXPSSDA903';
/** The element holding one child's record. */
export const XML_CHILD = 'CHILD';
/** The element holding the child-level fields and the child's reviews, OC2 and adoption decisions. */
export const XML_HEADER = 'HEADER';

// ingress.py read_data: `conversions = {"CHILDID": "CHILD", "PL": "PLACE"}`.
const TAG_TO_COLUMN: ReadonlyMap<string, string> = new Map([['CHILDID', 'CHILD'], ['PL', 'PLACE']]);
const COLUMN_TO_TAG: ReadonlyMap<string, string> = new Map([...TAG_TO_COLUMN].map(([tag, column]) => [column, tag]));

/** Returns the DfE column an XML field element holds (CHILDID → CHILD, PL → PLACE, others unchanged). */
export function columnOfTag(tag: string): string {
  return TAG_TO_COLUMN.get(tag) ?? tag;
}

/** Returns the XML element name for a DfE column (CHILD → CHILDID, PLACE → PL, others unchanged). */
export function tagOfColumn(column: string): string {
  return COLUMN_TO_TAG.get(column) ?? column;
}

/** A table written one element per row. */
export interface RowElement {
  table: Ssda903TableName;
  element: string;
  /** The element it sits in: the child's record or its HEADER. */
  within: typeof XML_CHILD | typeof XML_HEADER;
  /** False where the validator does not read the table from XML and the element name is carestats's own. */
  fromValidator: boolean;
}

/** Tables written one element per row, in the order the writer puts them within their parent. */
export const ROW_ELEMENTS: readonly RowElement[] = [
  // ingress.py: `if table.tag == "EPISODE"` for elements directly in the child's record.
  { table: 'Episodes', element: 'EPISODE', within: XML_CHILD, fromValidator: true },
  // ingress.py: AREVIEW, AMISSING, OC2, PERMANENCE and AD_PLACED directly in HEADER.
  { table: 'Reviews', element: 'AREVIEW', within: XML_HEADER, fromValidator: true },
  { table: 'Missing', element: 'AMISSING', within: XML_HEADER, fromValidator: true },
  { table: 'OC2', element: 'OC2', within: XML_HEADER, fromValidator: true },
  { table: 'PrevPerm', element: 'PERMANENCE', within: XML_HEADER, fromValidator: true },
  { table: 'PlacedAdoption', element: 'AD_PLACED', within: XML_HEADER, fromValidator: true },
  // The validator does not read social worker episodes or deprivation of liberty orders from XML, and no
  // public sample shows them. carestats writes them under these names and reads any element whose fields
  // are theirs (SW_ID, SW_DECOM, … / DOLO_START, DOLO_END), whatever it is called.
  { table: 'SWEpisodes', element: 'SWEPISODE', within: XML_CHILD, fromValidator: false },
  { table: 'DoLo', element: 'DOLO', within: XML_CHILD, fromValidator: false },
];

/** Tables whose fields sit directly in the child's record (at most one row per child), besides Header. */
export const CHILD_LEVEL_TABLES = ['UASC', 'OC3', 'AD1'] as const satisfies readonly Ssda903TableName[];
export type ChildLevelTable = (typeof CHILD_LEVEL_TABLES)[number];

/** The Header columns: a child's own details, which the other tables repeat (CHILD, SEX, DOB). */
export const HEADER_COLUMNS: ReadonlySet<string> = new Set(tableColumns('Header'));

/** Returns a table's columns that its own element (or fields) hold: all but those repeated from the Header. */
export function ownColumns(table: Ssda903TableName): string[] {
  // UASC's DUC is the table's own even though it sits beside the Header fields.
  return tableColumns(table).filter((c) => !HEADER_COLUMNS.has(c));
}
