// What a sheet's cells showed that a CSV export would hide (xlsx-cell-text.ts), gathered while its rows are
// read and reported once per sheet or column: a workbook of 1,270 rows of uncalculated formulas is one
// problem, with one thing to do, not 1,270.
import { columnLetter, makeIssue, type Issue } from '../checks/issue.ts';
import { listInWords } from '../core/words.ts';
import type { CellRead } from './xlsx-cell-text.ts';

/** A sheet's findings: `cell` for each cell of a row below the headings, `rowDone` after it, then `issues`. */
export interface SheetFindings {
  /** Notes a cell (column index from 0); `read` when carestats reads its column. */
  cell(row: number, column: number, read: boolean, cell: CellRead, address: () => { master: string; self: string }): void;
  /** Whether the row just read is to be left out (a formula with no result in a column carestats reads). */
  rowDone(): boolean;
  issues(): Issue[];
}

const count = (n: number, noun: string, nouns = `${noun}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? noun : nouns}`;

/** Starts gathering a sheet's findings; `headings` name its columns. */
export function createSheetFindings(file: string, headings: readonly string[]): SheetFindings {
  const name = (c: number) => headings[c]?.trim() ?? '';
  const named = (c: number) => (name(c) === '' ? `column ${columnLetter(c)}` : `${columnLetter(c)} (${name(c)})`);
  const inWords = (columns: Iterable<number>) => {
    const list = [...columns].sort((a, b) => a - b).map(named);
    return `${list.length === 1 ? 'column' : 'columns'} ${listInWords(list)}`;
  };
  // Formulas with no saved result: the first, how many, in which columns, and the rows left out for them.
  let formulas: { row: number; column: number; formula: string } | null = null;
  let formulaCount = 0;
  const formulaColumns = new Set<number>();
  let formulaReadColumn = false;
  let rowsLeftOut = 0;
  let leaveRow = false;
  // Dates kept as numbers, per column: the first and how many.
  const serials = new Map<number, { row: number; value: string; date: string; count: number }>();
  // Merged ranges over the table, by their first cell: the range, its cells read blank in read columns.
  const merges = new Map<string, { first: string; last: string; blankRead: number }>();
  const mergedReadColumns = new Set<number>();

  return {
    cell(row, column, read, cell, address) {
      if (cell.kind === 'uncalculated') {
        formulas ??= { row, column, formula: cell.detail };
        formulaCount += 1;
        formulaColumns.add(column);
        if (read) {
          formulaReadColumn = true;
          leaveRow = true;
        }
      } else if (cell.kind === 'serial-date') {
        const seen = serials.get(column);
        if (seen) seen.count += 1;
        else serials.set(column, { row, value: cell.detail, date: cell.text, count: 1 });
      } else if (cell.kind === 'covered') {
        const { master, self } = address();
        const merge = merges.get(master) ?? { first: master, last: self, blankRead: 0 };
        merge.last = self;
        if (read) {
          merge.blankRead += 1;
          mergedReadColumns.add(column);
        }
        merges.set(master, merge);
      }
    },
    rowDone() {
      const leave = leaveRow;
      if (leave) rowsLeftOut += 1;
      leaveRow = false;
      return leave;
    },
    issues() {
      const out: Issue[] = [];
      if (formulas) {
        const at = { file, row: formulas.row, column: name(formulas.column), columnIndex: formulas.column, value: formulas.formula };
        const params = { count: count(formulaCount, 'formula'), first: `${columnLetter(formulas.column)}${String(formulas.row)}`, columns: inWords(formulaColumns), rows: count(rowsLeftOut, 'row') };
        out.push(makeIssue(formulaReadColumn ? 'formulas-not-calculated' : 'formulas-not-calculated-unread', at, params));
      }
      for (const [column, s] of serials) {
        const more = s.count > 1 ? ` The same was found in ${count(s.count - 1, 'more row', 'more rows')} of this column.` : '';
        out.push(makeIssue('date-excel-serial', { file, row: s.row, column: name(column), columnIndex: column, value: s.value }, { date: s.date, more }));
      }
      const first = merges.values().next().value;
      if (first) {
        const blankRead = [...merges.values()].reduce((n, m) => n + m.blankRead, 0);
        const [, letters = '', digits = ''] = /^([A-Z]+)(\d+)$/.exec(first.first) ?? [];
        const params = { count: count(merges.size, 'merged range'), range: `${first.first}:${first.last}`, cells: count(blankRead, 'cell'), columns: inWords(mergedReadColumns) };
        const column = letters === '' ? null : letterIndex(letters);
        out.push(makeIssue(blankRead > 0 ? 'merged-cells-read-blank' : 'merged-cells', { file, row: Number(digits) || null, column: column === null ? null : name(column), columnIndex: column }, params));
      }
      return out;
    },
  };
}

/** A column's index from 0 for its letters: A → 0, AA → 26. */
function letterIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
