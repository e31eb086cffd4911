// How each column of a table is typed: its kind (id, code, date, whole number, text), whether it may be
// blank, and its code list. A table's fields are declared once (fields-903.ts, fields-ssd.ts) and one typing
// loop (type-table.ts) turns any reader's rows into records with this declaration.
import type { CodeList } from './code-lists.ts';
import type { KnownValues } from './ssd-values.ts';

export type FieldKind = 'id' | 'text' | 'code' | 'date' | 'int' | 'decimal' | 'partial-date';

/** One column's declaration. */
export interface Field {
  column: string;
  kind: FieldKind;
  required: boolean;
  codes?: CodeList;
  min?: number;
  max?: number;
  /** For free text the measures read (ssd-values.ts): the values carestats understands; any other is a warning per column. */
  known?: KnownValues;
}

/** Makes the declarations. Ids are always required; the rest say so. */
export const field = {
  id: (column: string): Field => ({ column, kind: 'id', required: true }),
  text: (column: string, required = false): Field => ({ column, kind: 'text', required }),
  /** Free text whose values the measures read: one not in `known` is told of (type-table.ts). */
  read: (column: string, known: KnownValues): Field => ({ column, kind: 'text', required: false, known }),
  code: (column: string, codes: CodeList, required = false): Field => ({ column, kind: 'code', required, codes }),
  date: (column: string, required = false): Field => ({ column, kind: 'date', required }),
  int: (column: string, min: number, max: number, required = false): Field => ({ column, kind: 'int', required, min, max }),
  /** A number that may have a fractional part (a distance in miles). */
  decimal: (column: string, min: number, max: number, required = false): Field => ({ column, kind: 'decimal', required, min, max }),
  /** A date that may have zz for an unknown day or month (903 PrevPerm DATE_PERM), kept as written. */
  partialDate: (column: string): Field => ({ column, kind: 'partial-date', required: false }),
};

/** Whether a table's rows are each about one child (it has an id field): a sharded read splits these by child. */
export function hasChildId(fields: Readonly<Record<string, Field>>): boolean {
  return Object.values(fields).some((f) => f.kind === 'id');
}

/** A table's fields, keyed by the record property each becomes. */
export type FieldsOf<R> = { readonly [K in Exclude<keyof R, 'file' | 'row' | 'year'>]-?: Field };

/** How records of one table are identified when several returns are stacked (see stack-years.ts). */
export type StackRule<Rec> =
  /**
   * One fact per key across years: a later return's record replaces an earlier one's. Every key starts with
   * the child; `same` compares the rest for two records of one child. It is written out per table rather than
   * derived from `key` because a comparison shared by every table looks properties up by name, which V8 makes
   * several times slower once it has seen a dozen record shapes; stacking compares millions of pairs.
   */
  | { kind: 'latest'; key: readonly (keyof Rec & string)[]; same: (a: Rec, b: Rec) => boolean }
  /** A fact about one collection year (OC2, OC3): every year's record is kept. */
  | { kind: 'per-year' };
