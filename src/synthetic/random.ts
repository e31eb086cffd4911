// A small seeded random number generator, so the same seed always gives byte-identical synthetic data.
// mulberry32 (public domain, Tommy Ettinger): 32-bit state, fast, and good enough for simulation.

/** A seeded source of random choices. */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number from min to max inclusive. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One item, chosen with the given weights. */
  weighted<T>(options: readonly (readonly [T, number])[]): T;
}

/** Creates a generator from a whole-number seed. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    weighted<T>(options: readonly (readonly [T, number])[]): T {
      const total = options.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [value, w] of options) {
        r -= w;
        if (r < 0) return value;
      }
      const last = options.at(-1);
      if (!last) throw new Error('Programmer error: weighted() needs options');
      return last[0];
    },
  };
}
