// The SSDA903 tables and their exact DfE column names (../shared/reference/ssda903.md §1).
// A file is recognised by its set of column headings, never by its file name, as the DfE validator does.

/** One SSDA903 table: its name and its columns in DfE order. */
export interface TableSpec {
  name: Ssda903TableName;
  columns: readonly string[];
}

export type Ssda903TableName =
  | 'Header'
  | 'Episodes'
  | 'Reviews'
  | 'UASC'
  | 'OC2'
  | 'OC3'
  | 'AD1'
  | 'PlacedAdoption'
  | 'PrevPerm'
  | 'Missing'
  | 'SWEpisodes'
  | 'DoLo';

/** Every SSDA903 table carestats recognises. */
export const SSDA903_TABLES: readonly TableSpec[] = [
  { name: 'Header', columns: ['CHILD', 'SEX', 'DOB', 'ETHNIC', 'UPN', 'MOTHER', 'MC_DOB'] },
  {
    name: 'Episodes',
    columns: ['CHILD', 'DECOM', 'RNE', 'LS', 'CIN', 'PLACE', 'PLACE_PROVIDER', 'DEC', 'REC', 'REASON_PLACE_CHANGE', 'HOME_POST', 'PL_POST', 'URN'],
  },
  { name: 'Reviews', columns: ['CHILD', 'DOB', 'REVIEW', 'REVIEW_CODE'] },
  { name: 'UASC', columns: ['CHILD', 'SEX', 'DOB', 'DUC'] },
  {
    name: 'OC2',
    columns: [
      'CHILD', 'DOB', 'SDQ_SCORE', 'SDQ_REASON', 'CONVICTED', 'HEALTH_CHECK', 'IMMUNISATIONS', 'TEETH_CHECK',
      'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED',
    ],
  },
  { name: 'OC3', columns: ['CHILD', 'DOB', 'IN_TOUCH', 'ACTIV', 'ACCOM'] },
  { name: 'AD1', columns: ['CHILD', 'DOB', 'DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'] },
  { name: 'PlacedAdoption', columns: ['CHILD', 'DOB', 'DATE_PLACED', 'DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'] },
  { name: 'PrevPerm', columns: ['CHILD', 'DOB', 'PREV_PERM', 'LA_PERM', 'DATE_PERM'] },
  { name: 'Missing', columns: ['CHILD', 'DOB', 'MISSING', 'MIS_START', 'MIS_END'] },
  { name: 'SWEpisodes', columns: ['CHILD', 'DOB', 'SW_ID', 'SW_DECOM', 'SW_DEC', 'SW_REASON'] },
  { name: 'DoLo', columns: ['CHILD', 'DOB', 'DOLO_START', 'DOLO_END'] },
];

/** Returns the DfE columns of a table, in order. */
export function tableColumns(name: Ssda903TableName): string[] {
  const table = SSDA903_TABLES.find((t) => t.name === name);
  if (!table) throw new Error(`Programmer error: unknown SSDA903 table ${name}`);
  return [...table.columns];
}

/** The result of matching a file's headings against the known tables. */
export type Recognition =
  | { kind: 'recognised'; table: TableSpec }
  | { kind: 'unrecognised'; closest: TableSpec | null; missing: string[]; unexpected: string[] };

/**
 * Recognises a table by its set of column headings (trimmed, upper-cased; any order).
 * When nothing matches, names the closest table and what is missing or unexpected, so the message can say
 * "looks like Episodes but DEC is missing" rather than just "unknown file".
 */
export function recogniseTable(headings: readonly string[]): Recognition {
  const best = closestTable(SSDA903_TABLES, new Set(headings.map((h) => h.trim().toUpperCase())));
  // A similarity of 1 is the very set of columns, in any order.
  if (best?.score === 1) return { kind: 'recognised', table: best.table };
  if (!best || best.score < 0.4) return { kind: 'unrecognised', closest: null, missing: [], unexpected: [] };
  return { kind: 'unrecognised', closest: best.table, missing: best.missing, unexpected: best.unexpected };
}

/** A table's likeness to a file's headings: the similarity, and the table's columns missing and the headings not its own. */
export interface Likeness<T> {
  table: T;
  score: number;
  missing: string[];
  /** Headings (upper-cased) that are not the table's columns. */
  unexpected: string[];
}

/**
 * Of `tables` (SSDA903 or SSD), the one whose columns are most like `found` (headings trimmed and upper-cased;
 * columns compared upper-cased), the first of equals; null when there are no tables. The ingest names it when
 * a file's headings match no table.
 */
export function closestTable<T extends { columns: readonly string[] }>(tables: readonly T[], found: ReadonlySet<string>): Likeness<T> | null {
  let best: { table: T; score: number } | null = null;
  for (const table of tables) {
    const score = similarity(table.columns, found);
    if (!best || score > best.score) best = { table, score };
  }
  if (!best) return null;
  const expected = new Set(best.table.columns.map((c) => c.toUpperCase()));
  return {
    ...best,
    missing: best.table.columns.filter((c) => !found.has(c.toUpperCase())),
    unexpected: [...found].filter((c) => !expected.has(c)),
  };
}

/** Jaccard similarity: the columns the headings share over all distinct columns of both (1 for the same set). */
export function similarity(columns: readonly string[], found: ReadonlySet<string>): number {
  const shared = columns.filter((c) => found.has(c.toUpperCase())).length;
  return shared / (columns.length + found.size - shared);
}
