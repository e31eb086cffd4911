// Whether the children of one year's SSDA903 return are those of the next: the ids (CHILD) lining up.
//
// A child in care at the end of one collection year (an episode open at 31 March) was looked after on 1 April,
// so the next year's return has them too, under the same CHILD id: nearly every one of them, in a council's
// returns as sent. When few are, the ids changed between the returns, and stacking sees different children:
// every open episode left without an ending (E99), every child's first episode in the newer return not starting
// care (RNE not S), hundreds of findings and no word of the cause. Two causes are common: a new case-management
// system numbered every child afresh, and a return opened and saved in Excel, which turns ids such as 000123
// into the number 123. Each is one error of the folder (ingest.ts), and stacking and the checks across tables,
// which would only echo it, are not done (stack-years.ts rule 5d, pipeline/load-folder.ts).
//
// Every share of a sharded read must find this alike, so the ids are read from every Episodes row's cell, as
// return-year.ts counts dates, before the share's rows are picked. They are kept as 32-bit hashes, two per
// child (as written, and without leading zeros), in typed arrays: a few bytes a child, and per row a hash of a
// short cell, skipped for a row of the child of the row before (a child's rows come together).
import type { Issue } from '../checks/issue.ts';
import { makeIssue } from '../checks/issue.ts';
import { listInWords } from '../core/words.ts';
import { yearName, type CollectionYear } from './code-lists.ts';

/** The fewest children in care at a year's end for their ids to be weighed against the next return's. */
const FEWEST_TO_JUDGE = 10;

/** Below this share of the children in care at a year's end found in the next return, the ids have changed: an error. */
const ERROR_BELOW = 0.5;

/** Below this share (and from ERROR_BELOW), some ids changed: a warning. A few children may be missing for a reason. */
const WARNING_BELOW = 0.9;

/** How many example ids each return keeps, for the messages. */
const EXAMPLES = 16;

/** One return's children, as the ids in its Episodes table (hashed: see the file's comment). */
export interface ReturnChildren {
  /** Every child with an episode: the id as written, and without leading zeros. */
  present: Hashes;
  presentUnpadded: Hashes;
  /** The children with an open episode (no DEC): in care at the end of the return's year. */
  open: Hashes;
  openUnpadded: Hashes;
  /** How many of the children's ids (counted as rows of a new child) begin with a 0 and have more digits after it. */
  zeroLed: number;
  children: number;
  /**
   * A few ids of children in care at the year's end, as written, for the messages: those of the smallest hashes,
   * a sample spread over the whole return (the first few rows may be the very children that are in the next).
   */
  openExamples: string[];
  /** A few ids beginning with 0, as written. */
  zeroLedExamples: string[];
}

/** A growable list of 32-bit numbers, sorted once asked for (the newest return's open children never are). */
export class Hashes {
  private items = new Int32Array(256);
  private size = 0;
  private done: Int32Array | null = null;

  push(h: number): void {
    if (this.size === this.items.length) {
      const more = new Int32Array(this.items.length * 2);
      more.set(this.items);
      this.items = more;
    }
    this.items[this.size++] = h;
  }

  /** The numbers, sorted, each once (no more can be pushed). */
  sorted(): Int32Array {
    if (this.done) return this.done;
    const sorted = this.items.subarray(0, this.size).sort();
    let kept = 0;
    for (let i = 0; i < sorted.length; i += 1) if (i === 0 || sorted[i] !== sorted[kept - 1]) sorted[kept++] = sorted[i] ?? 0;
    this.done = sorted.slice(0, kept);
    this.items = new Int32Array(0);
    return this.done;
  }
}

/**
 * Reads an Episodes table's CHILD and DEC cells as its rows arrive (every row, whatever share is being read),
 * in either form the readers give them; `finish` gives the return's children.
 */
export function createReturnChildren(headings: readonly string[]) {
  const cols = headings.map((h) => h.trim().toUpperCase());
  const childAt = cols.indexOf('CHILD');
  const decAt = cols.indexOf('DEC');
  const present = new Hashes();
  const presentUnpadded = new Hashes();
  const open = new Hashes();
  const openUnpadded = new Hashes();
  // The sample of open ids (see ReturnChildren.openExamples), as [hash, id] in order of hash.
  const sample: [number, string][] = [];
  const zeroLedExamples: string[] = [];
  let zeroLed = 0;
  let children = 0;
  // The row before's child, by its hash: a child's rows come together, and each child is hashed into the lists once.
  let last = 0;
  let lastUnpadded = 0;
  let any = false;

  const add = (text: string, start: number, end: number, isOpen: boolean) => {
    // As typing reads the id (cell-converters.ts): spaces round it trimmed, Excel's 123456.0 read as 123456.
    while (start < end && text.charCodeAt(start) <= 32) start += 1;
    while (end > start && text.charCodeAt(end - 1) <= 32) end -= 1;
    if (end === start) return;
    end = withoutDecimalZero(text, start, end);
    // The id's hash, and that of the id without its leading zeros (000123 as 123; 0 stays 0).
    let from = start;
    while (from < end - 1 && text.charCodeAt(from) === 48) from += 1;
    const unpadded = hashOf(text, from, end);
    const whole = from === start ? unpadded : hashOf(text, start, end);
    if (!any || whole !== last) {
      any = true;
      last = whole;
      lastUnpadded = unpadded;
      present.push(whole);
      presentUnpadded.push(unpadded);
      children += 1;
      if (from > start) {
        zeroLed += 1;
        if (zeroLedExamples.length < EXAMPLES) zeroLedExamples.push(text.slice(start, end));
      }
    }
    if (isOpen) {
      open.push(last);
      openUnpadded.push(lastUnpadded);
      const worst = sample.at(-1);
      if (sample.length < EXAMPLES || (worst !== undefined && last < worst[0])) {
        if (!sample.some(([h]) => h === last)) {
          sample.push([last, text.slice(start, end)]);
          sample.sort((a, b) => a[0] - b[0]);
          if (sample.length > EXAMPLES) sample.pop();
        }
      }
    }
  };

  return {
    values(values: readonly string[]): void {
      if (childAt < 0) return;
      const id = values[childAt] ?? '';
      add(id, 0, id.length, decAt >= 0 && (values[decAt] ?? '').trim() === '');
    },
    ranges(text: string, bounds: Int32Array): void {
      if (childAt < 0) return;
      let isOpen = false;
      if (decAt >= 0) {
        const start = bounds[2 * decAt] ?? 0;
        const end = bounds[2 * decAt + 1] ?? 0;
        isOpen = true;
        for (let i = start; i < end && isOpen; i += 1) isOpen = text.charCodeAt(i) <= 32;
      }
      add(text, bounds[2 * childAt] ?? 0, bounds[2 * childAt + 1] ?? 0, isOpen);
    },
    finish(): ReturnChildren {
      return {
        present, presentUnpadded, open, openUnpadded,
        zeroLed, children, openExamples: sample.map(([, id]) => id), zeroLedExamples,
      };
    },
  };
}

/** The children of a return read whole (a raw table, its year known only once it is complete). */
export function returnChildrenOf(headings: readonly string[], rows: Iterable<{ values: readonly string[] }>): ReturnChildren {
  const read = createReturnChildren(headings);
  for (const { values } of rows) read.values(values);
  return read.finish();
}

/** A return read: its folder, year and children. */
export interface ReturnRead {
  folder: string;
  year: CollectionYear;
  children: ReturnChildren;
}

/** What comparing the returns found: the issues, and the years whose return is not followed by the next year's children. */
export interface ReturnLinks {
  issues: Issue[];
  /** The years (of the older return) whose next return's ids do not line up: stacking leaves their open episodes open. */
  notFollowed: Set<CollectionYear>;
}

/**
 * Compares each return with the next year's, if read: how many of the children in care at its year's end the
 * next has. Errors stop stacking's repair of the older return's open episodes (`notFollowed`) and, in
 * pipeline/load-folder.ts, the checks across tables.
 */
export function compareReturnChildren(returns: readonly ReturnRead[]): ReturnLinks {
  const issues: Issue[] = [];
  const notFollowed = new Set<CollectionYear>();
  const byYear = new Map<CollectionYear, ReturnRead>();
  // Of two returns for one year (an error of its own, return-year-repeated), the first read.
  for (const r of returns) if (r.year !== 0 && !byYear.has(r.year)) byYear.set(r.year, r);
  // The returns whose ids lost their leading zeros, each reported once however many neighbours show it.
  const unpadded = new Map<ReturnRead, { others: ReturnRead[]; lost: number; open: number; example: string }>();
  for (const older of [...byYear.values()].sort((a, b) => a.year - b.year)) {
    const newer = byYear.get(older.year + 1);
    if (!newer) continue;
    const inCare = older.children.open.sorted().length;
    if (inCare < FEWEST_TO_JUDGE) continue;
    const found = countIn(older.children.open.sorted(), newer.children.present.sorted());
    if (found >= WARNING_BELOW * inCare) continue;
    const params = {
      folder: older.folder, year: yearName(older.year), end: `31/03/${String(older.year)}`, next: yearName(newer.year), nextFolder: newer.folder,
      inCare: inCare.toLocaleString('en-GB'), found: found.toLocaleString('en-GB'), percent: String(Math.floor((100 * found) / inCare)),
    };
    // Matched once the leading zeros are set aside: most of those not found are, so that is the cause.
    const foundUnpadded = countIn(older.children.openUnpadded.sorted(), newer.children.presentUnpadded.sorted());
    const recovered = foundUnpadded - found;
    if (recovered >= 3 && recovered >= 0.5 * (inCare - found)) {
      const [lostZeros, kept] = zeroShare(older.children) < zeroShare(newer.children) ? [older, newer] : [newer, older];
      notFollowed.add(older.year);
      const seen = unpadded.get(lostZeros) ?? { others: [], lost: 0, open: 0, example: '' };
      seen.others.push(kept);
      seen.lost += recovered;
      seen.open += inCare;
      // An id with more than zeros in it says it best (000123, not 000000).
      seen.example ||= kept.children.zeroLedExamples.find((id) => /[1-9]/.test(id)) ?? kept.children.zeroLedExamples[0] ?? '';
      unpadded.set(lostZeros, seen);
      continue;
    }
    const missing = older.children.openExamples.find((id) => !hasHash(newer.children.present.sorted(), hashOf(id, 0, id.length)));
    const example = missing === undefined ? '' : ` (${missing}, for one, is in care at the end of ${params.year} but in no episode of ${params.next})`;
    if (found < ERROR_BELOW * inCare) {
      notFollowed.add(older.year);
      issues.push(makeIssue('return-children-do-not-follow', {}, { ...params, example }));
    } else {
      issues.push(makeIssue('return-children-partly-do-not-follow', {}, { ...params, example, notFound: (inCare - found).toLocaleString('en-GB') }));
    }
  }
  for (const [r, seen] of unpadded) {
    const example = seen.example === '' ? '' : ` (${seen.example} there is ${seen.example.replace(/^0+(?=.)/, '')} here)`;
    issues.push(makeIssue('return-ids-lost-leading-zeros', {}, {
      folder: r.folder, year: yearName(r.year), others: listInWords(seen.others.sort((a, b) => a.year - b.year).map((o) => `${o.folder} (${yearName(o.year)})`)),
      example, lost: seen.lost.toLocaleString('en-GB'), open: seen.open.toLocaleString('en-GB'),
    }));
  }
  return { issues, notFollowed };
}

/** The share of a return's children whose ids begin with a 0. */
function zeroShare(c: ReturnChildren): number {
  return c.children === 0 ? 0 : c.zeroLed / c.children;
}

/** How many of `some` (sorted) are in `all` (sorted). */
function countIn(some: Int32Array, all: Int32Array): number {
  let n = 0;
  let j = 0;
  for (const h of some) {
    while (j < all.length && (all[j] ?? 0) < h) j += 1;
    if (j < all.length && all[j] === h) n += 1;
  }
  return n;
}

function hasHash(sorted: Int32Array, h: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid] ?? 0;
    if (v === h) return true;
    if (v < h) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** The end of an id without Excel's ".0" (digits, a point, one zero), as the id converter reads it (ingest/shard.ts alike). */
function withoutDecimalZero(text: string, start: number, end: number): number {
  if (end - start < 3 || text.charCodeAt(end - 1) !== 48 || text.charCodeAt(end - 2) !== 46) return end;
  for (let k = start; k < end - 2; k += 1) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) return end;
  }
  return end - 2;
}

/** A 32-bit FNV-1a hash of text[start, end). */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}
