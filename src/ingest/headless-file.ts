// A CSV saved without its heading row. SQL Server Management Studio's "Save Results As" leaves the column
// names out unless an option is ticked, and an SSD extract is a set of SQL queries, so its tables can arrive as
// rows of data alone. The first row is then taken for headings, nothing matches, and carestats said so with a
// heading error for each value written twice ("Y") and a wrong-length error for each row longer than the first:
// 67 problems for two such files, none saying what had happened. This tells it once, naming the table.
import { isSqlNull } from './cell-converters.ts';
import { YES_NO } from './code-lists.ts';
import { TABLES_903 } from './fields-903.ts';
import { TABLES_SSD } from './fields-ssd.ts';
import type { Field } from './fields.ts';
import { parseDateCell } from './parse-date.ts';
import { SSD_TABLES } from './ssd-tables.ts';
import { yesNoOf } from './ssd-values.ts';
import { SSDA903_TABLES } from './ssda903-tables.ts';

/** A first row that is data: the table whose columns its values fit (null when none or several fit equally). */
export interface HeadlessFile {
  table: string | null;
}

/** Every column name of every table carestats knows, upper case: a row holding one is a heading row. */
const KNOWN_HEADINGS: ReadonlySet<string> = new Set([...SSDA903_TABLES, ...SSD_TABLES].flatMap((t) => t.columns.map((c) => c.toUpperCase())));

/** Each table's columns in the order its source writes them, with the field carestats reads each as. */
const LAYOUTS: readonly { name: string; fields: readonly (Field | undefined)[] }[] = [
  ...SSDA903_TABLES.map((t) => ({ name: t.name, fields: byColumn(t.columns, Object.values(TABLES_903[t.name].fields)) })),
  ...SSD_TABLES.map((t) => ({ name: t.name, fields: byColumn(t.columns, Object.values(TABLES_SSD[t.name]?.fields ?? {})) })),
];

function byColumn(columns: readonly string[], declared: readonly Field[]): (Field | undefined)[] {
  const fields = new Map(declared.map((f) => [f.column.toUpperCase(), f]));
  return columns.map((c) => fields.get(c.toUpperCase()));
}

/**
 * Tells whether a file's first row is data rather than headings: fewer than half its cells are headings of
 * tables carestats knows, and one is a date, which no heading is. The table is the one whose columns, in the DfE's or the SSD's
 * order (how a return and an extract write them), every value fits, most of them by a date, code or number.
 */
export function headlessFile(first: readonly string[]): HeadlessFile | null {
  const cells = first.map((c) => c.trim());
  // Half: a heading row with a heading or two misspelt is still headings, and a value may be a heading's word
  // (an SSD missing episode's type, "Missing", is the 903's MISSING).
  const written = cells.filter((c) => c !== '');
  if (2 * written.filter((c) => KNOWN_HEADINGS.has(c.toUpperCase())).length >= written.length) return null;
  if (!cells.some((c) => typeof parseDateCell(c).day === 'number')) return null;
  let best: string | null = null;
  let bestScore = 0;
  let tied = false;
  for (const layout of LAYOUTS) {
    // A row's empty cells at the end may have been left out with the headings they stood for (read-csv.ts).
    if (cells.length > layout.fields.length) continue;
    const score = fitScore(cells, layout.fields);
    if (score > bestScore) [best, bestScore, tied] = [layout.name, score, false];
    else if (score === bestScore && score > 0) tied = true;
  }
  return { table: tied ? null : best };
}

/** How many values fit their column by their kind (a date, a code, a number), or 0 when any value cannot be its column's. */
function fitScore(cells: readonly string[], fields: readonly (Field | undefined)[]): number {
  let score = 0;
  for (let i = 0; i < cells.length; i += 1) {
    const value = cells[i] ?? '';
    const field = fields[i];
    // NULL is a blank as SQL Server Management Studio saves one, as it saves a file without headings.
    if (value === '' || field === undefined || isSqlNull(value)) continue;
    const fit = fits(value, field);
    if (fit === 'no') return 0;
    if (fit === 'typed') score += 1;
  }
  return score;
}

function fits(value: string, field: Field): 'no' | 'typed' | 'any' {
  switch (field.kind) {
    case 'date':
      return typeof parseDateCell(value).day === 'number' ? 'typed' : 'no';
    case 'code':
      // A Y/N flag may be a bit column's 1 or 0, or a word, as typing reads it (ssd-values.ts yesNoOf).
      if (field.codes === YES_NO) return yesNoOf(value) !== null ? 'typed' : 'no';
      return field.codes?.all.includes(value.toUpperCase()) === true ? 'typed' : 'no';
    case 'int':
    case 'decimal':
      return /^-?\d+(\.\d+)?$/.test(value) ? 'typed' : 'no';
    case 'partial-date':
      return 'any';
    case 'id':
    case 'text':
      // A date is no id or free text a table holds in that place: a row whose date falls there is another table's.
      return typeof parseDateCell(value).day === 'number' ? 'no' : 'any';
  }
}
