// A text progress bar for long reads and imports, drawn through Effects.progress (terminals only).
import { visibleText } from '../core/visible-text.ts';
import type { Effects } from './effects.ts';

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
      draw(`${label} [${'#'.repeat(filled)}${' '.repeat(25 - filled)}] ${String(pct).padStart(3)}% ${visibleText(detail)}`);
    },
    end: () => {
      draw(null);
    },
  };
}
