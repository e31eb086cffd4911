// One string per distinct value for a whole import, found from the file's text without cutting a new string.
//
// Why: a child's id, UPN, social worker id and postcodes come again in every year's return and in several
// SSD tables. Typing each cell as its own string cost a slice, a hash of the slice, a copy (core/own-string.ts)
// and, for most of them, the garbage collector's time later; profiling 903 validation showed it as the largest
// single part of typing. A pool looks a cell up by the characters of its range of the file's text and hands
// back the string it already has.
import { ownString } from '../core/own-string.ts';
import { digits } from './parse-date.ts';

/**
 * Child ids seen so far, each kept as one string. An id of plain digits (most case systems' ids) is also found
 * by its number, read straight from the file's text, so a known child costs no new string.
 */
export interface IdPool {
  /** The pool's string for this id. */
  text(id: string): string;
  /** The pool's string for the digits from `start` to `end` of `text`, or null when they are not plain digits. */
  digits(text: string, start: number, end: number): string | null;
}

/** Makes an empty pool of child ids. */
export function createIdPool(): IdPool {
  const byText = new Map<string, string>();
  const byNumber = new Map<number, string>();
  const text = (id: string): string => {
    const known = byText.get(id);
    if (known !== undefined) return known;
    const mine = ownString(id);
    byText.set(mine, mine);
    return mine;
  };
  return {
    text,
    digits(t, start, end) {
      // Up to 15 digits is exact in a double; a leading zero would make "0123" and "123" one number.
      const length = end - start;
      if (length > 15 || (length > 1 && t.charCodeAt(start) === 48)) return null;
      const n = digits(t, start, end);
      if (n < 0) return null;
      const known = byNumber.get(n);
      if (known !== undefined) return known;
      const mine = text(t.slice(start, end));
      byNumber.set(n, mine);
      return mine;
    },
  };
}

/**
 * Text values seen so far (team names, UPNs, postcodes, CLA ids), each kept as one string. A value is found
 * by its characters, given as a range of a string (a cell of a file's text, or a whole string).
 */
export interface TextPool {
  /** The pool's string for text.slice(start, end), or undefined when the pool has none. */
  find(text: string, start: number, end: number): string | undefined;
  /** The pool's string for `value`, added (as a copy of its own, see ownString) when the pool has none. */
  keep(value: string): string;
  /** How many distinct values the pool holds. */
  readonly size: number;
}

/**
 * Makes an empty pool: an open-addressing hash table of strings by a hash of their characters, so a look-up
 * reads the file's text in place (String.prototype.startsWith at the cell's offset) and makes no string.
 */
export function createTextPool(): TextPool {
  let mask = 1023;
  let values: (string | undefined)[] = new Array<string | undefined>(mask + 1).fill(undefined);
  let hashes = new Int32Array(mask + 1);
  let size = 0;

  /** The slot holding the value text[start, end) or, when none does, the empty slot it would go in. */
  const slotOf = (text: string, start: number, end: number, hash: number): number => {
    const length = end - start;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const v = values[i];
      if (v === undefined || (hashes[i] === hash && v.length === length && text.startsWith(v, start))) return i;
    }
  };

  // Kept under half full, so a look-up that misses stops at an empty slot after a probe or two.
  const grow = () => {
    const old = values;
    const oldHashes = hashes;
    mask = mask * 2 + 1;
    values = new Array<string | undefined>(mask + 1).fill(undefined);
    hashes = new Int32Array(mask + 1);
    for (let i = 0; i < old.length; i += 1) {
      const v = old[i];
      if (v === undefined) continue;
      const h = oldHashes[i] ?? 0;
      let j = h & mask;
      while (values[j] !== undefined) j = (j + 1) & mask;
      values[j] = v;
      hashes[j] = h;
    }
  };

  return {
    find(text, start, end) {
      return values[slotOf(text, start, end, hashOf(text, start, end))];
    },
    keep(value) {
      const hash = hashOf(value, 0, value.length);
      const at = slotOf(value, 0, value.length, hash);
      const known = values[at];
      if (known !== undefined) return known;
      const mine = ownString(value);
      values[at] = mine;
      hashes[at] = hash;
      size += 1;
      if (size * 2 > mask) grow();
      return mine;
    },
    get size() {
      return size;
    },
  };
}

/** A hash of the characters text[start, end), spread so that nearby values (SW0006003, SW0006004) fall apart. */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 ^ (end - start);
  for (let i = start; i < end; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) ^ (h >>> 12);
}
