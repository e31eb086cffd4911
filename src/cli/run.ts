// The process entry point: real effects (console, clock, signals) around main().
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { dayFromYmd } from '../core/civil-date.ts';
import { parseIso } from '../core/civil-date.ts';
import type { Effects } from './effects.ts';
import { main } from './main.ts';

/** Today in Europe/London (the council's calendar), or CARESTATS_TODAY=yyyy-mm-dd when set (tests, reruns). */
function today(): number {
  const fixed = process.env.CARESTATS_TODAY;
  if (fixed) {
    const d = parseIso(fixed);
    if (d === null) throw new Error(`CARESTATS_TODAY must be yyyy-mm-dd, not "${fixed}"`);
    return d;
  }
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date());
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  return dayFromYmd(get('year'), get('month'), get('day'));
}

// Output piped into a reader that stops early (`carestats validate dir | head`): the rest is not wanted, so
// it is dropped quietly, as other command-line tools do, rather than ending with Node's unhandled EPIPE error.
// The command still ends with its own exit code (an error found is still exit code 1).
let stdoutClosed = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  stdoutClosed = true;
});

const fx: Effects = {
  out: (line) => {
    if (!stdoutClosed) process.stdout.write(`${line}\n`);
  },
  err: (line) => process.stderr.write(`${line}\n`),
  today: today(),
  now: () => new Date().toISOString(),
  env: process.env,
  // A progress bar only on an interactive terminal: CI logs and pipes get the summary lines alone.
  progress: process.stderr.isTTY && !process.env.CI ? (text) => process.stderr.write(text === null ? '\r\x1b[K' : `\r\x1b[K${text}`) : undefined,
  columns: () => process.stderr.columns,
  writeFile: (path, data) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
  },
  waitForStop: (close) =>
    new Promise((resolveStop) => {
      const stop = () => {
        void close().then(resolveStop);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    }),
};

process.exitCode = await main(process.argv.slice(2), fx);
