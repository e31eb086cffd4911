// A text progress bar for long reads and imports, drawn through Effects.progress (terminals only).
import { visibleText } from '../core/visible-text.ts';
import type { Effects } from './effects.ts';

/**
 * The progress line, `head` and then `detail` (a file name), cut to the terminal's width (`columns`; none known,
 * as it is) by shortening the detail from its start. A line wider than the terminal wraps, and the carriage
 * return that redraws it goes back to the start of its last part only: each update of a long file name left a
 * line behind, filling the screen.
 */
export function fitToWidth(head: string, detail: string, columns: number | undefined): string {
  const line = `${head} ${detail}`;
  if (columns === undefined || line.length < columns) return line;
  const room = columns - head.length - 3;
  return room > 0 ? `${head} …${detail.slice(detail.length - room)}` : head.slice(0, Math.max(0, columns - 1));
}

/** Returns a function that draws "label [#####     ] 52% detail", or does nothing when progress is not shown. */
export function progressBar(fx: Effects, label: string): { update: (done: number, total: number, detail?: string) => void; end: () => void } {
  const draw = fx.progress;
  if (!draw) return { update: () => undefined, end: () => undefined };
  let last = -1;
  return {
    update(done, total, detail = '') {
      const pct = total > 0 ? Math.floor((done / total) * 100) : 100;
      if (pct === last) return;
      last = pct;
      const filled = Math.round(pct / 4);
      // The detail is a file's name, which is the council's and can hold a terminal's escape sequences.
      draw(fitToWidth(`${label} [${'#'.repeat(filled)}${' '.repeat(25 - filled)}] ${String(pct).padStart(3)}%`, visibleText(detail), fx.columns?.()));
    },
    end: () => {
      draw(null);
    },
  };
}
