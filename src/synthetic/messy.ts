// `--messy`: injects the faults real extracts have, and records each in a manifest (file, Excel row, column)
// so the data-quality checks can be tested against it. Faults are placed deterministically from the seed.
import { columnLetter } from '../checks/issue.ts';
import { dayFromYmd, formatUk } from '../core/civil-date.ts';
import type { TextFile } from '../ingest/ingest.ts';
import { CsvBook, csvLine } from './csv-book.ts';
import type { Random } from './random.ts';

/** The kinds of fault, named as the manifest names them. */
export type FaultKind =
  | 'byte-order-mark' | 'excel-date' | 'child-id-dot-zero' | 'trailing-spaces' | 'lower-case-code'
  | 'overlapping-episode' | 'blank-file' | 'duplicated-row' | 'header-only-file';

/** One injected fault. Row is the Excel row (header = 1); null for a whole-file fault. */
export interface Fault {
  kind: FaultKind;
  file: string;
  row: number | null;
  column: string | null;
  columnLetter: string | null;
  /** The value before and after, where a value changed. */
  before: string | null;
  after: string | null;
}

/**
 * Injects one of each fault into one year's 903 files (given as text) and returns the changed files and the
 * manifest. Works on one year only, so it costs the same whatever the size of the council.
 */
export function injectFaults(rng: Random, yearFiles: readonly TextFile[], folder: string): { files: TextFile[]; faults: Fault[] } {
  const book = CsvBook.fromTexts(yearFiles);
  const faults = inject(rng, book, folder);
  return { files: book.paths().map((name) => ({ name, text: book.text(name) })), faults };
}

function inject(rng: Random, book: CsvBook, folder: string): Fault[] {
  const faults: Fault[] = [];
  const file = (name: string) => `${folder}/${name}`;
  const episodes = file('episodes.csv');

  // Change one cell of a random row of `name`, where `pick` accepts the row; returns the fault.
  const change = (kind: FaultKind, name: string, column: string, edit: (v: string) => string, pick: (cells: string[], i: number) => boolean = () => true): void => {
    const path = file(name);
    const lines = book.lines(path);
    const col = book.columns(path).indexOf(column);
    const candidates = lines.map((l, i) => i).filter((i) => {
      const cells = (lines[i] ?? '').split(',');
      return (cells[col] ?? '') !== '' && pick(cells, i) && !faults.some((f) => f.file === path && f.row === i + 2);
    });
    const i = candidates[rng.int(0, candidates.length - 1)];
    if (i === undefined) return;
    const cells = (lines[i] ?? '').split(',');
    const before = cells[col] ?? '';
    cells[col] = edit(before);
    lines[i] = csvLine(cells);
    faults.push({ kind, file: path, row: i + 2, column, columnLetter: columnLetter(col), before, after: cells[col] ?? '' });
  };

  const ukToExcel = (v: string) => { const [d, m, y] = v.split('/'); return `${y ?? ''}-${m ?? ''}-${d ?? ''} 00:00:00`; };
  change('excel-date', 'episodes.csv', 'DECOM', ukToExcel);
  change('child-id-dot-zero', 'reviews.csv', 'CHILD', (v) => `${v}.0`);
  change('trailing-spaces', 'header.csv', 'ETHNIC', (v) => `${v}   `);
  change('lower-case-code', 'episodes.csv', 'PLACE', (v) => v.toLowerCase());

  // An overlap: a child's later episode made to start the day before the previous one ended.
  overlap(rng, book, episodes, faults);

  // A duplicated row: the same episode line twice, next to each other.
  const lines = book.lines(episodes);
  const dup = rng.int(0, Math.max(0, lines.length - 1));
  const dupLine = lines[dup];
  if (dupLine !== undefined) {
    lines.splice(dup + 1, 0, dupLine);
    // Rows after the copy move down one: keep earlier faults' row numbers true.
    for (const f of faults) if (f.file === episodes && f.row !== null && f.row > dup + 2) f.row += 1;
    faults.push({ kind: 'duplicated-row', file: episodes, row: dup + 3, column: null, columnLetter: null, before: null, after: null });
  }

  book.replaceText(file('header.csv'), `\uFEFF${book.text(file('header.csv'))}`);
  faults.push({ kind: 'byte-order-mark', file: file('header.csv'), row: null, column: null, columnLetter: null, before: null, after: null });
  book.replaceText(file('uasc.csv'), '');
  faults.push({ kind: 'blank-file', file: file('uasc.csv'), row: null, column: null, columnLetter: null, before: null, after: null });
  book.replaceText(file('missing.csv'), `${csvLine(book.columns(file('missing.csv')))}\n`);
  faults.push({ kind: 'header-only-file', file: file('missing.csv'), row: null, column: null, columnLetter: null, before: null, after: null });
  return faults;
}

function overlap(rng: Random, book: CsvBook, path: string, faults: Fault[]): void {
  const lines = book.lines(path);
  const cols = book.columns(path);
  const [iChild, iDecom, iDec, iRec] = ['CHILD', 'DECOM', 'DEC', 'REC'].map((c) => cols.indexOf(c));
  const pairs: number[] = [];
  for (let i = 1; i < lines.length; i += 1) {
    const a = (lines[i - 1] ?? '').split(',');
    const b = (lines[i] ?? '').split(',');
    if (a[iChild ?? 0] === b[iChild ?? 0] && a[iRec ?? 0] === 'X1' && a[iDec ?? 0] === b[iDecom ?? 0] && !faults.some((f) => f.file === path && (f.row === i + 1 || f.row === i + 2))) pairs.push(i);
  }
  const i = pairs[rng.int(0, pairs.length - 1)];
  if (i === undefined) return;
  const prev = (lines[i - 1] ?? '').split(',');
  const cells = (lines[i] ?? '').split(',');
  const before = cells[iDecom ?? 0] ?? '';
  // Start the later episode 3 days before the previous one's DEC.
  const [d, m, y] = (prev[iDec ?? 0] ?? '').split('/').map(Number);
  const after = formatUk(dayFromYmd(y ?? 2000, m ?? 1, d ?? 1) - 3);
  cells[iDecom ?? 0] = after;
  lines[i] = csvLine(cells);
  faults.push({ kind: 'overlapping-episode', file: path, row: i + 2, column: 'DECOM', columnLetter: columnLetter(iDecom ?? 0), before, after });
}
