// Reads `--threads`, which commands reading a folder (or a snapshot's files) take: how many shares of its
// children to read it in.
import { MAX_SHARES, sharesFor } from '../pipeline/sharded-check.ts';
import { UsageError } from './effects.ts';

/** The usage text of `--threads`, the same for every command that takes it, its words starting at `column`. */
export function threadsUsage(column: number, what = 'the folder'): string {
  const lines = [
    `read ${what} in N shares of its children, each on its own`,
    `thread: 1 or ${String(MAX_SHARES)}, or auto (the default: ${String(MAX_SHARES)} for a folder of 64 MB or`,
    'more on a machine with two cores or more, else 1)',
  ];
  return `${'--threads N'.padEnd(column)}${lines.join(`\n${' '.repeat(column + 2)}`)}`;
}

/**
 * The number of shares `--threads` asks for, or the automatic choice for the size of the data files (`bytes`,
 * worked out only then). An analyst can force one thread where memory is short, or two on a smaller folder.
 */
export function threadsArg(text: string | undefined, bytes: () => number): number {
  if (text === undefined || text === 'auto') return sharesFor(bytes());
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > MAX_SHARES) throw new UsageError(`--threads must be auto or a whole number from 1 to ${String(MAX_SHARES)}, not "${text}".`);
  return n;
}
