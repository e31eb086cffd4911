// A set of CSV files being built line by line: memory-light at national scale (one string per row).

/** CSV files under construction, keyed by relative path. */
export class CsvBook {
  private readonly files = new Map<string, { columns: readonly string[]; lines: string[] }>();

  /** Declares a file with its columns (idempotent), so header-only files still exist. */
  declare(path: string, columns: readonly string[]): void {
    if (!this.files.has(path)) this.files.set(path, { columns, lines: [] });
  }

  /** Appends a row; values must line up with the declared columns. */
  add(path: string, columns: readonly string[], values: readonly string[]): void {
    if (values.length !== columns.length) throw new Error(`Programmer error: ${String(values.length)} values for ${String(columns.length)} columns in ${path}`);
    this.declare(path, columns);
    this.files.get(path)?.lines.push(csvLine(values));
  }

  /** The paths in a stable order. */
  paths(): string[] {
    return [...this.files.keys()].sort();
  }

  /** The data lines of a file (without the header line), for fault injection. */
  lines(path: string): string[] {
    return this.files.get(path)?.lines ?? [];
  }

  columns(path: string): readonly string[] {
    return this.files.get(path)?.columns ?? [];
  }

  /** The file's full text, header first, CRLF-free with a final newline. */
  text(path: string): string {
    const f = this.files.get(path);
    if (!f) return '';
    return `${[csvLine(f.columns), ...f.lines].join('\n')}\n`;
  }

  /** Replaces a file's whole text (used to make a blank file). */
  replaceText(path: string, text: string): void {
    this.overrides.set(path, text);
  }

  /** The file's final text, honouring any override. */
  finalText(path: string): string {
    return this.overrides.get(path) ?? this.text(path);
  }

  private readonly overrides = new Map<string, string>();
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
