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
  const found = new Set(headings.map((h) => h.trim().toUpperCase()));
  let best: { table: TableSpec; score: number } | null = null;
  for (const table of SSDA903_TABLES) {
    const expected = new Set(table.columns);
    if (expected.size === found.size && table.columns.every((c) => found.has(c))) return { kind: 'recognised', table };
    const shared = table.columns.filter((c) => found.has(c)).length;
    // Jaccard similarity: shared columns over all distinct columns of both.
    const score = shared / (expected.size + found.size - shared);
    if (!best || score > best.score) best = { table, score };
  }
  if (!best || best.score < 0.4) return { kind: 'unrecognised', closest: null, missing: [], unexpected: [] };
  const expected = new Set(best.table.columns);
  return {
    kind: 'unrecognised',
    closest: best.table,
    missing: best.table.columns.filter((c) => !found.has(c)),
    unexpected: [...found].filter((c) => !expected.has(c)),
  };
}
