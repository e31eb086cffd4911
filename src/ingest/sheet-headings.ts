// Finds a workbook sheet's heading row: people put a title, a date or a note above a table's headings, and a
// sheet read only from row 1 lost the whole table (1,270 placements ignored with a warning, in one review).
// The same recognition as ingest.ts, so a row found here is one the ingest recognises.
import { TABLES_903 } from './fields-903.ts';
import { TABLES_SSD } from './fields-ssd.ts';
import type { Field } from './fields.ts';
import type { RawRow } from './raw-table.ts';
import { recogniseSsd, SSD_TABLES } from './ssd-tables.ts';
import { closestTable, recogniseTable, similarity } from './ssda903-tables.ts';

/** How far down a sheet its headings are looked for: a title block is a few rows, never a screenful. */
export const HEADING_ROWS_SEARCHED = 10;

/** How like a known table headings must be for the ingest to name it (ingest.ts describeMismatch, recogniseTable). */
export const LIKENESS_NAMED = 0.4;

/** A sheet's heading row: where it is, and the field declarations of its columns (for a table carestats types). */
export interface HeadingRow {
  row: number;
  /** True when the headings are exactly a known table's; false when they are only the most like one. */
  recognised: boolean;
  /** Per column (in heading order), the field carestats reads it as, or null for a column it does not read. */
  fields: (Field | null)[];
}

/**
 * Picks the heading row among a sheet's first rows: the first that is a known table's headings, else the one
 * most like a known table (so the ingest can say what is missing), else null (row 1, as it always was).
 */
export function findHeadingRow(first: readonly RawRow[]): HeadingRow | null {
  let near: { row: number; score: number } | null = null;
  for (const { row, values } of first) {
    if (row > HEADING_ROWS_SEARCHED) break;
    const fields = fieldsOf(values);
    if (fields) return { row, recognised: true, fields };
    const score = headingLikeness(values);
    if (score >= LIKENESS_NAMED && (near === null || score > near.score)) near = { row, score };
  }
  return near && { row: near.row, recognised: false, fields: [] };
}

/** How like the nearest SSDA903 or SSD table these headings are (Jaccard similarity, 1 for the very set). */
export function headingLikeness(headings: readonly string[]): number {
  const found = new Set(headings.map((h) => h.trim().toUpperCase()).filter((h) => h !== ''));
  const ssd = closestTable(SSD_TABLES, found)?.score ?? 0;
  const r = recogniseTable(headings);
  const s903 = r.kind === 'recognised' ? 1 : r.closest ? similarity(r.closest.columns, found) : 0;
  return Math.max(ssd, s903);
}

/** The fields of a recognised table's columns, in heading order, or null when the headings are no known table's. */
function fieldsOf(headings: readonly string[]): (Field | null)[] | null {
  const ssd = recogniseSsd(headings);
  const r = ssd ? null : recogniseTable(headings);
  if (!ssd && r?.kind !== 'recognised') return null;
  const declared: readonly Field[] = ssd ? Object.values(TABLES_SSD[ssd]?.fields ?? {}) : r?.kind === 'recognised' ? Object.values(TABLES_903[r.table.name].fields) : [];
  const byColumn = new Map(declared.map((f) => [f.column.toUpperCase(), f]));
  // A heading written twice is read from its first column (type-table.ts), so only that one is the field's.
  const seen = new Set<string>();
  return headings.map((h) => {
    const key = h.trim().toUpperCase();
    if (seen.has(key)) return null;
    seen.add(key);
    return byColumn.get(key) ?? null;
  });
}
