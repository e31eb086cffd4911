// Finds the name an analyst most likely meant when the one typed is not known (a command, an option, a measure,
// a dimension, a format), so a usage error can say "did you mean …?" rather than leave them to scan a list.

/**
 * Returns the name in `names` nearest to `given`, or null when none is near enough to be a slip. Case, and a
 * dash for an underscore, do not count (cla-count is cla_count); a name that `given` begins (measure for
 * measures) or one or two letters wrong, left out, doubled or swapped (valdate, fromat) is near. Of several as
 * near, the first in `names`.
 */
export function nearMiss(given: string, names: readonly string[]): string | null {
  const typed = loose(given);
  if (typed === '') return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const name of names) {
    const candidate = loose(name);
    if (candidate === typed) return name;
    // A short word could be the start of many names: three letters at least before it counts.
    const distance = typed.length >= 3 && candidate.startsWith(typed) ? 1 : editDistance(typed, candidate);
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  // One slip in a name of up to six letters, two in a longer one: more is another word, not a slip ("report"
  // is two letters from "import", and no analyst typing it meant import).
  return bestDistance <= (typed.length <= 6 ? 1 : 2) ? best : null;
}

/** " Did you mean "x"?" for a near miss, or '' when there is none, to end a sentence naming what was given. */
export function didYouMean(given: string, names: readonly string[], show: (name: string) => string = (n) => `"${n}"`): string {
  const near = nearMiss(given, names);
  return near === null ? '' : ` Did you mean ${show(near)}?`;
}

function loose(name: string): string {
  return name.trim().toLowerCase().replaceAll('-', '_');
}

/** Edits (a letter added, left out, changed, or two side by side swapped) from one word to the other. */
function editDistance(a: string, b: string): number {
  // Optimal string alignment: the Levenshtein table with adjacent transpositions.
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => rows[i]?.[j] ?? Infinity;
  for (let i = 1; i <= a.length; i += 1) {
    const row = rows[i] ?? [];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, at(i - 2, j - 2) + 1);
      row[j] = d;
    }
  }
  return at(a.length, b.length);
}
