// Reads typed fields from one CSV row by column name, collecting an issue for each blank, bad date or bad code.
import type { Day } from '../core/civil-date.ts';
import { makeIssue, type Issue } from '../checks/issue.ts';
import { parseFileDate } from './parse-date.ts';
import type { CsvTable } from './read-csv.ts';

/** Field readers for one row; a row with any issue is not turned into a record. */
export interface RowReader {
  text(column: string): string;
  required(column: string): string;
  code(column: string, valid: readonly string[], required: boolean): string;
  /** A date that must be present; a blank or bad one fails the row (0 stands in until the row is dropped). */
  requiredDate(column: string): Day;
  optionalDate(column: string): Day | null;
  /** Where this row came from. */
  readonly source: { file: string; row: number };
  /** True once any field of this row has had an issue. */
  readonly failed: boolean;
}

/** Makes a function that gives a RowReader for each row of `table`, appending issues to `issues`. */
export function rowReaders(table: CsvTable, issues: Issue[]): (row: CsvTable['rows'][number]) => RowReader {
  const index = new Map(table.headings.map((h, i) => [h.trim().toUpperCase(), i]));
  const file = table.file;
  return ({ row, values }) => {
    let failed = false;
    const at = (column: string) => {
      const columnIndex = index.get(column);
      if (columnIndex === undefined) throw new Error(`Programmer error: column ${column} is not in ${file}`);
      return { columnIndex, raw: values[columnIndex] ?? '' };
    };
    const fail = (id: Parameters<typeof makeIssue>[0], column: string, columnIndex: number, value: string, params?: Record<string, string>) => {
      failed = true;
      issues.push(makeIssue(id, { file, row, column, columnIndex, value }, params));
    };
    const reader: RowReader = {
      source: { file, row },
      get failed() {
        return failed;
      },
      text: (column) => at(column).raw,
      required(column) {
        const { columnIndex, raw } = at(column);
        if (raw === '') fail('value-missing', column, columnIndex, raw);
        return raw;
      },
      code(column, valid, required) {
        const { columnIndex, raw } = at(column);
        const code = raw.toUpperCase();
        if (code === '') {
          if (required) fail('value-missing', column, columnIndex, raw);
        } else if (!valid.includes(code)) {
          fail('code-invalid', column, columnIndex, raw, { valid: valid.join(', ') });
        }
        return code;
      },
      requiredDate(column) {
        const { columnIndex, raw } = at(column);
        const day = parseFileDate(raw);
        if (day === 'invalid') fail('date-invalid', column, columnIndex, raw);
        else if (day === null) fail('value-missing', column, columnIndex, raw);
        return typeof day === 'number' ? day : 0;
      },
      optionalDate(column) {
        const { columnIndex, raw } = at(column);
        const day = parseFileDate(raw);
        if (day === 'invalid') fail('date-invalid', column, columnIndex, raw);
        return typeof day === 'number' ? day : null;
      },
    };
    return reader;
  };
}
