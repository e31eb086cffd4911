// A set of CSV files being built row by row. In memory for tests and small councils; with a sink, rows are
// handed on in chunks as they accumulate, so a national-scale council never holds its files in memory.
import { readCsv } from '../ingest/read-csv.ts';
import type { TextFile } from '../ingest/ingest.ts';

/** Receives a file's text in order: the header line first, then rows, in chunks. */
export type CsvSink = (path: string, text: string) => void;

/** Rows held per file before a chunk goes to the sink. */
const CHUNK_ROWS = 4096;

interface FileState {
  columns: readonly string[];
  lines: string[];
  /** Whether the header line has gone to the sink. */
  started: boolean;
}

/** CSV files under construction, keyed by relative path. */
export class CsvBook {
  private readonly files = new Map<string, FileState>();
  private readonly sink: CsvSink | null;

  constructor(sink: CsvSink | null = null) {
    this.sink = sink;
  }

  /** Makes an in-memory book from finished files (first line = headings), for editing them. */
  static fromTexts(files: readonly TextFile[]): CsvBook {
    const book = new CsvBook();
    for (const f of files) {
      const table = readCsv(f.name, f.text).tables[0];
      book.declare(f.name, table?.headings ?? []);
      const lines = f.text.replace(/\n$/, '').split('\n').slice(1);
      // One at a time: push(...lines) overflowed the stack on a national file (millions of lines).
      const into = book.files.get(f.name)?.lines;
      if (into) for (const line of lines) into.push(line);
    }
    return book;
  }

  /** Declares a file with its columns (idempotent), so header-only files still exist. */
  declare(path: string, columns: readonly string[]): void {
    if (!this.files.has(path)) this.files.set(path, { columns, lines: [], started: false });
  }

  /** Appends a row; values must line up with the declared columns. */
  add(path: string, columns: readonly string[], values: readonly string[]): void {
    if (values.length !== columns.length) throw new Error(`Programmer error: ${String(values.length)} values for ${String(columns.length)} columns in ${path}`);
    let f = this.files.get(path);
    if (!f) {
      f = { columns, lines: [], started: false };
      this.files.set(path, f);
    }
    f.lines.push(csvLine(values));
    if (this.sink && f.lines.length >= CHUNK_ROWS) this.flush(path, f);
  }

  /** Sends everything still held to the sink (every declared file, even one with no rows). */
  finish(): void {
    for (const [path, f] of this.files) this.flush(path, f);
  }

  /** The paths in a stable order. */
  paths(): string[] {
    return [...this.files.keys()].sort();
  }

  /** The data lines of a file (without the header line), for editing in place. */
  lines(path: string): string[] {
    return this.files.get(path)?.lines ?? [];
  }

  columns(path: string): readonly string[] {
    return this.files.get(path)?.columns ?? [];
  }

  /** The file's full text, header first, with a final newline. Only for an in-memory book. */
  text(path: string): string {
    const f = this.files.get(path);
    if (!f) return '';
    if (this.sink) throw new Error('Programmer error: a streaming CsvBook does not keep its text');
    return this.overrides.get(path) ?? `${[csvLine(f.columns), ...f.lines].join('\n')}\n`;
  }

  /** Replaces a file's whole text (a blank file, a byte-order mark). */
  replaceText(path: string, text: string): void {
    this.overrides.set(path, text);
  }

  private readonly overrides = new Map<string, string>();

  private flush(path: string, f: FileState): void {
    if (!this.sink) return;
    const head = f.started ? '' : `${csvLine(f.columns)}\n`;
    const body = f.lines.length ? `${f.lines.join('\n')}\n` : '';
    if (head || body) this.sink(path, head + body);
    f.started = true;
    f.lines = [];
  }
}

/** Joins values into one CSV line, quoting only values that need it (RFC 4180). */
export function csvLine(values: readonly string[]): string {
  let out = '';
  for (let i = 0; i < values.length; i += 1) {
    const v = values[i] ?? '';
    if (i > 0) out += ',';
    out += /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  }
  return out;
}
