// What the CLI needs from the outside world, passed in so tests can swap in fakes (no hidden clock or console).
import type { Day } from '../core/civil-date.ts';

/** The CLI's effects. */
export interface Effects {
  /** Writes a line to standard output. */
  out(line: string): void;
  /** Writes a line to standard error. */
  err(line: string): void;
  /** Today's date (injected: tests fix it). */
  today: Day;
  /** The current time as an ISO string, for import records. */
  now(): string;
  /** Environment variables. */
  env: Readonly<Record<string, string | undefined>>;
  /** Shows a progress line that replaces itself (a terminal, not a CI log); absent where progress is not shown. */
  progress?: (text: string | null) => void;
  /** The terminal's width in characters, as it is now (it may be resized), where progress is shown; undefined when not known. */
  columns?: () => number | undefined;
  /** Writes bytes to a file (reports such as the xlsx data-quality workbook). */
  writeFile(path: string, data: Uint8Array | string): void;
  /** Called by long-running commands (the server) to keep the process alive until stopped. */
  waitForStop(close: () => Promise<void>): Promise<void>;
}

/** Exit codes: 0 done, 1 the data has problems, 2 the command was used wrongly. */
export const EXIT = { ok: 0, dataProblem: 1, usage: 2 } as const;

/** Thrown for a wrongly used command; the message is shown with the usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
