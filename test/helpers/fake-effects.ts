// Fake CLI effects for tests: a fixed "today", captured output, and a server stop that tests control.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Effects } from '../../src/cli/effects.ts';
import type { Day } from '../../src/core/civil-date.ts';

/** Captured output of a CLI run. */
export interface Captured {
  fx: Effects;
  out: string[];
  err: string[];
}

/** Makes effects with `today` fixed; `onServe` runs while the server is up, then it is stopped. */
export function fakeEffects(today: Day, onServe: () => Promise<void> = () => Promise.resolve()): Captured {
  const out: string[] = [];
  const err: string[] = [];
  const fx: Effects = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    today,
    now: () => '2026-11-23T09:00:00.000Z',
    env: {},
    writeFile: (path, data) => {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, data);
    },
    waitForStop: async (close) => {
      try {
        await onServe();
      } finally {
        await close();
      }
    },
  };
  return { fx, out, err };
}
