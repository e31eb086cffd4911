// Stacks several collection years' SSDA903 returns into one history.
//
// Rules (each tested in stack-years.test.ts):
// 1. Each return has a collection year (ingest.ts: from its folder name or its latest date). Returns may
//    come in any order: what matters is the year, not the order.
// 2. Each table says how its records are identified (fields-903.ts): an episode by CHILD and DECOM, a review
//    by CHILD and REVIEW, a Header row by CHILD, and so on. A later return's record replaces an earlier
//    one's with the same identity: an episode open at 31 March in one return is shown closed (or still open)
//    in the next, and the later is the truth. OC2 and OC3 describe one year each, so every year is kept.
//    A child's Header row from one return whose DOB or SEX differs from another return's is reported (warning
//    child-details-differ-between-returns, DfE rule 202 for SEX): a child's birth date and sex do not change,
//    so one return is wrong, or the later corrected the earlier (SEX 1 and 2 before 2024/25 are M and F).
// 3. Within one file, a row identical to an earlier row is dropped and reported (warning `row-duplicated`).
// 4. Two different rows with one identity in one return are both kept, so the checks report them.
// 5. An episode left open in an older return that no newer return carries (the child's record moved on):
//    a. if the child's next episode continues the period of care (RNE is not S), the open episode is closed
//       the day the next one starts with REC X1 — the newer return shows the child stayed in care;
//    b. otherwise the child left care at a date no return records: the episode is closed on the day after
//       its return's year ended (or the day the next period starts, if sooner) with REC E99, carestats'
//       marker for "ended, reason not recorded" (as liia-tools does), and reported as a warning.
//    c. but first: if a newer return shows a different episode of the child in force at the end of the older
//       return's year (the newer return corrected the start date), the older copy is left out, with a warning:
//       the newer return is the truth (rule 2), and closing the stale copy would make an overlap no return has.
//    d. Only an episode whose return is followed by the next year's, with an Episodes table read, is repaired.
//       A later return whose Episodes file could not be read (an error, return-table-missing), or none of whose
//       files could (return-unreadable), shows nothing of who stayed in care, nor does a year missing between
//       the returns (return-year-missing); closing every
//       episode open before it with E99 would add a warning per child to the one real fault. Nor does a next
//       return whose children's ids are not the older one's (return-children.ts: a new case system, or ids that
//       lost their leading zeros in Excel): `finish` is given those years.
//    An episode open in the newest return is still open. Rule 5 never touches an episode a newer return has,
//    nor one its own return shows followed by a later episode of the child: that return's fault (DfE rule 142,
//    which the checks report as episode-open-before-another), not an episode left open at the year's end.
import { dayFromYmd, formatUk } from '../core/civil-date.ts';
import { makeIssue, type Issue } from '../checks/issue.ts';
import { sexAsWritten, yearName, type CollectionYear } from './code-lists.ts';
import type { Table903 } from './fields-903.ts';
import type { EpisodeRecord, HeaderRecord, ReturnInfo, Ssda903Data } from './records.ts';

/** A REC carestats writes when stacking closed an episode whose ending no return recorded. */
export const REC_ENDED_UNRECORDED = 'E99';

type Rec = Record<string, unknown>;
/** Compares the identity of two records of one child; null when the child alone is the identity. */
type Same = ((a: Rec, b: Rec) => boolean) | null;

function sourceOf(r: Rec): { file: string; row: number } {
  return r as { file: string; row: number };
}

/**
 * One child's records of one table, each after its hint: [hint, record, hint, record, …]. The hint is a field of
 * the record's identity (an episode's DECOM; 0 when the child alone is the identity), so finding a record's
 * identity compares values in one array and reads only the records whose hint matches. Reading every older
 * record of the child was most of stacking's time when profiled: each is a cache miss, read returns ago.
 */
type Entries = unknown[];

/** One table's stacked records. */
interface TableLists {
  /** Each child's entries, in the order the children were first seen (the stacked order). */
  lists: Entries[];
  /** Each child's entries by the child's number (see createStack), undefined before the child's first. */
  byNumber: (Entries | undefined)[];
  /** The identity field that is each record's hint (see Entries), or null. */
  hint: string | null;
  same: Same;
  /** Whether a child's entries may hold two records of one identity (rule 4). */
  repeats: boolean;
}

const NO_CHILD = Symbol('no child yet');

function flattenInto(lists: readonly Entries[], out: Rec[]): void {
  for (const list of lists) for (let i = 1; i < list.length; i += 2) out.push(list[i] as Rec);
}

/** Collects returns' records table by table, then gives the stacked history. */
export function createStack(issues: Issue[], headings: ReadonlyMap<string, readonly string[]> = new Map()) {
  // Per table, each child's records currently believed (TableLists). Every stacking key starts with the
  // child, and a child has a handful of records per table, so a short scan of the child's list finds a
  // record's identity faster (and with less memory) than a map keyed by a string made of every key field.
  // Children are numbered once for every table, and each table finds a child's list by number: the look-ups
  // were most of stacking's time when profiled, and one map of numbers (kept in the map, not pointed to)
  // stays in the processor's cache from table to table, as does each table's array of lists.
  const children = new Map<string, number>();
  const latest = new Map<string, TableLists>();
  const perYear = new Map<string, Rec[]>();
  // Open episodes their own return shows followed by a later episode of the child (see rule 5).
  const openInReturn = new Set<object>();
  // The years of the returns with an Episodes table read (rule 5d): a return whose Episodes could not be read
  // says nothing of who was still in care.
  const episodeYears = new Set<CollectionYear>();

  // A child's Header rows from two returns (rule 2): DOB and SEX should agree.
  const compareHeaders = (a: Rec, b: Rec) => {
    const [older, newer] = ((a.year as number) <= (b.year as number) ? [a, b] : [b, a]) as unknown as [HeaderRecord, HeaderRecord];
    if (older.year === newer.year) return;
    const differ = (column: 'DOB' | 'SEX', value: string, otherValue: string, rule: string) => {
      issues.push(makeIssue('child-details-differ-between-returns', { ...cellIn(headings, newer, column), value }, {
        child: newer.child, year: returnName(newer.year), otherYear: returnName(older.year), otherValue, otherFile: older.file, otherRow: String(older.row), rule,
      }));
    };
    if (older.dob !== newer.dob) differ('DOB', formatUk(newer.dob), formatUk(older.dob), '');
    if (older.sex !== newer.sex) differ('SEX', sexAsWritten(newer.sex, newer.year), sexAsWritten(older.sex, older.year), ' (DfE rule 202)');
  };

  return {
    add(spec: Table903<never>, records: readonly Rec[], year: CollectionYear): void {
      const names = Object.keys(spec.fields);
      if (Object.hasOwn(spec.fields, 'sex')) for (const r of records) r.sex = normaliseSex(r.sex as string);
      const rule = spec.stack as Table903<Rec>['stack'];
      if (rule.kind === 'per-year') {
        const list = perYear.get(spec.key) ?? [];
        perYear.set(spec.key, list);
        addPerYear(records, year, names, list, issues);
        return;
      }
      let table = latest.get(spec.key);
      if (table === undefined) {
        // A table keyed by the child alone (Header, UASC, AD1, PrevPerm) needs no comparison: any two of a
        // child's records are the same fact. Otherwise the first field after the child is the hint: `same`
        // compares every key field, so two records with different hints are never the same.
        const hint = rule.key[1] ?? null;
        table = { lists: [], byNumber: [], hint, same: hint === null ? null : rule.same, repeats: false };
        latest.set(spec.key, table);
      }
      if (spec.key === 'episodes') {
        episodeYears.add(year);
        markOpenBeforeAnother(records, openInReturn);
      }
      addLatest(children, table, records, year, names, issues, spec.key === 'headers' ? compareHeaders : undefined);
    },
    /** The stacked history; `notFollowed`: the years whose next return's children are not theirs (rule 5d). */
    finish(returns: readonly ReturnInfo[], notFollowed: ReadonlySet<CollectionYear> = new Set()): Ssda903Data {
      const take = <T>(key: string): T[] => {
        const out: Rec[] = [];
        const table = latest.get(key);
        if (table) flattenInto(table.lists, out);
        for (const r of perYear.get(key) ?? []) out.push(r);
        return out as T[];
      };
      const returnsInOrder = [...returns].sort((a, b) => a.year - b.year || a.folder.localeCompare(b.folder));
      // Before the episodes are taken: repair may leave an older return's stale copy out (rule 5c). The stacked
      // episodes are these per-child entries, flattened in this order: grouped by child without grouping again.
      const episodes = latest.get('episodes');
      const followed = new Set([...episodeYears].filter((y) => !notFollowed.has(y - 1)));
      if (episodes) repairOpenEpisodes(episodes.lists, followed, openInReturn, issues, headings);
      const data: Ssda903Data = {
        headers: take('headers'), episodes: take('episodes'), reviews: take('reviews'), uasc: take('uasc'), oc2: take('oc2'),
        oc3: take('oc3'), ad1: take('ad1'), placedAdoption: take('placedAdoption'), prevPerm: take('prevPerm'),
        missing: take('missing'), swEpisodes: take('swEpisodes'), dolo: take('dolo'),
        returns: returnsInOrder,
      };
      return data;
    },
  };
}

/** Stacks one return's records of a table into `table` (rules 2 to 4). */
function addLatest(children: Map<string, number>, table: TableLists, records: readonly Rec[], year: CollectionYear, names: readonly string[], issues: Issue[], onOtherReturn?: (a: Rec, b: Rec) => void): void {
  const { byNumber, hint, same } = table;
  // Files list a child's rows together, so the child of the row before usually answers without a look-up.
  let lastChild: unknown = NO_CHILD;
  let list: Entries = [];
  for (const r of records) {
    const child = r.child as string;
    const h = hint === null ? 0 : r[hint];
    if (child !== lastChild) {
      lastChild = child;
      let n = children.get(child);
      if (n === undefined) {
        n = children.size;
        children.set(child, n);
      }
      const known = n < byNumber.length ? byNumber[n] : undefined;
      if (known === undefined) {
        list = [h, r];
        // Filled up to the child with undefined, never leaving a hole: V8 makes an array with gaps slower.
        while (byNumber.length < n) byNumber.push(undefined);
        byNumber[n] = list;
        table.lists.push(list);
        continue;
      }
      list = known;
    }
    // Until a return keeps two records of one identity (rule 4) a child's entries hold each identity once, and
    // the one match is sought from the end, where a newer return's copy of an open episode finds the older.
    const at = table.repeats ? firstMatch(list, h, r, same) : lastMatch(list, h, r, same);
    if (at < 0) {
      list.push(h, r);
      continue;
    }
    const earlier = list[at + 1] as Rec;
    if (sourceOf(earlier).file !== sourceOf(r).file) {
      onOtherReturn?.(earlier, r);
      // From an earlier return: the newer return wins (rule 2); of two returns for one year, the later read
      // (an error all the same, return-year-repeated: which is newer cannot be told). Every record of that
      // identity goes (rule 4 may have kept several from the earlier return), the rest keep their order.
      if ((earlier.year as number) <= year) replace(list, at, h, r, same);
      continue;
    }
    const copyOf = findCopy(list, r, same, names);
    if (copyOf) {
      issues.push(makeIssue('row-duplicated', { file: sourceOf(r).file, row: sourceOf(r).row }, { otherRow: String(sourceOf(copyOf).row) }));
    } else {
      list.push(h, r);
      table.repeats = true;
    }
  }
}

function matches(list: Entries, i: number, h: unknown, r: Rec, same: Same): boolean {
  return list[i] === h && (same === null || same(list[i + 1] as Rec, r));
}

/** The position of the first entry with the identity of `r`, or -1. */
function firstMatch(list: Entries, h: unknown, r: Rec, same: Same): number {
  for (let i = 0; i < list.length; i += 2) if (matches(list, i, h, r, same)) return i;
  return -1;
}

/** The position of the last entry with the identity of `r`, or -1. */
function lastMatch(list: Entries, h: unknown, r: Rec, same: Same): number {
  for (let i = list.length - 2; i >= 0; i -= 2) if (matches(list, i, h, r, same)) return i;
  return -1;
}

/**
 * Removes every entry from `at` on with the identity of `r`, keeping the others' order, and puts `r` last.
 * Written in place: emptying a list and pushing onto it made V8 allocate it a new backing store.
 */
function replace(list: Entries, at: number, h: unknown, r: Rec, same: Same): void {
  let kept = at;
  for (let i = at + 2; i < list.length; i += 2) {
    if (matches(list, i, h, r, same)) continue;
    list[kept] = list[i];
    list[kept + 1] = list[i + 1];
    kept += 2;
  }
  list[kept] = h;
  list[kept + 1] = r;
  list.length = kept + 2;
}

/** The first record among the entries with the identity of `r` and every field equal, if any. */
function findCopy(list: Entries, r: Rec, same: Same, names: readonly string[]): Rec | undefined {
  for (let i = 1; i < list.length; i += 2) {
    const other = list[i] as Rec;
    if (same !== null && !same(other, r)) continue;
    let equal = true;
    for (const n of names) if (other[n] !== r[n]) equal = false;
    if (equal) return other;
  }
  return undefined;
}

/**
 * Adds one return's records of a per-year table (OC2, OC3) to `out`, grouped by child, dropping exact copies
 * (rule 3). Files list each child once, in order, and then nothing can be a copy and grouping keeps the file's
 * order: that is checked in one pass before grouping, which profiling showed cost more than the rest.
 */
function addPerYear(records: readonly Rec[], year: CollectionYear, names: readonly string[], out: Rec[], issues: Issue[]): void {
  let ascending = true;
  for (let i = 1; i < records.length && ascending; i += 1) ascending = (records[i - 1]?.child as string) < (records[i]?.child as string);
  if (ascending) {
    for (const r of records) out.push(r);
    return;
  }
  const table: TableLists = { lists: [], byNumber: [], hint: null, same: null, repeats: false };
  addLatest(new Map(), table, records, year, names, issues);
  flattenInto(table.lists, out);
}

/**
 * Adds to `marked` each open episode of one return's file that the same file follows with a later episode of the
 * child. Open episodes are few (those in care at the year's end), so only their children's rows are compared.
 */
function markOpenBeforeAnother(records: readonly Rec[], marked: Set<object>): void {
  let open: Map<unknown, Rec[]> | null = null;
  for (const r of records) {
    if (r.dec !== null) continue;
    open ??= new Map();
    const list = open.get(r.child);
    if (list) list.push(r);
    else open.set(r.child, [r]);
  }
  if (open === null) return;
  for (const r of records) {
    const list = open.get(r.child);
    if (list) for (const o of list) if ((r.decom as number) > (o.decom as number)) marked.add(o);
  }
}

/**
 * Rule 5: closes episodes left open in an older return. `byChild` holds each child's episode entries;
 * `episodeYears` the years of the returns with an Episodes table (rule 5d).
 */
function repairOpenEpisodes(byChild: readonly Entries[], episodeYears: ReadonlySet<CollectionYear>, openInReturn: ReadonlySet<object>, issues: Issue[], headings: ReadonlyMap<string, readonly string[]>): void {
  const cellOf = (e: EpisodeRecord, column: 'DEC' | 'DECOM') => cellIn(headings, e, column);
  for (const entries of byChild) {
    // Only a child with an episode left open in an older return can need repair; most have none.
    if (!hasOlderOpen(entries, episodeYears)) continue;
    const list: EpisodeRecord[] = [];
    for (let i = 1; i < entries.length; i += 2) list.push(entries[i] as EpisodeRecord);
    list.sort((a, b) => a.decom - b.decom);
    const stale = new Set<EpisodeRecord>();
    for (let i = 0; i < list.length; i += 1) {
      const e = list[i];
      if (!e || e.dec !== null || !followedByNextYear(e.year, episodeYears) || openInReturn.has(e)) continue;
      const yearEnd = dayFromYmd(e.year, 3, 31);
      const instead = list.find((x) => x.year > e.year && x.decom <= yearEnd && (x.dec === null || x.dec > yearEnd));
      if (instead) {
        // Rule 5c: the newer return corrected the episode in force at the older return's year end.
        stale.add(e);
        issues.push(makeIssue('episode-corrected-by-later-return', { ...cellOf(e, 'DECOM'), value: formatUk(e.decom) }, { child: e.child, year: yearName(e.year), date: formatUk(instead.decom), nextFile: instead.file, nextRow: String(instead.row) }));
        continue;
      }
      // Never a stale copy: those are the episodes before this one.
      const next = list[i + 1];
      if (next && next.rne !== 'S' && next.decom > e.decom) {
        e.dec = next.decom;
        e.rec = 'X1';
        issues.push(makeIssue('episode-closed-by-later-return', cellOf(e, 'DEC'), { child: e.child, date: formatUk(next.decom), nextFile: next.file }));
        continue;
      }
      const yearAfter = dayFromYmd(e.year, 4, 1);
      const end = next && next.decom > e.decom ? Math.min(yearAfter, next.decom) : yearAfter;
      if (end <= e.decom) continue;
      e.dec = end;
      e.rec = REC_ENDED_UNRECORDED;
      issues.push(makeIssue('episode-end-not-recorded', cellOf(e, 'DEC'), { child: e.child, date: formatUk(end) }));
    }
    if (stale.size > 0) dropEntries(entries, stale);
  }
}

/** Takes `drop`'s records (and their hints) out of a child's entries, keeping the rest in order. */
function dropEntries(entries: Entries, drop: ReadonlySet<object>): void {
  let kept = 0;
  for (let i = 0; i < entries.length; i += 2) {
    if (drop.has(entries[i + 1] as object)) continue;
    entries[kept] = entries[i];
    entries[kept + 1] = entries[i + 1];
    kept += 2;
  }
  entries.length = kept;
}

/** Whether the return for the year after this one has an Episodes table (rule 5d); never for a year not known (0). */
function followedByNextYear(year: CollectionYear, episodeYears: ReadonlySet<CollectionYear>): boolean {
  return year !== 0 && episodeYears.has(year + 1);
}

function hasOlderOpen(entries: Entries, episodeYears: ReadonlySet<CollectionYear>): boolean {
  for (let i = 1; i < entries.length; i += 2) {
    const e = entries[i] as EpisodeRecord;
    if (e.dec === null && followedByNextYear(e.year, episodeYears)) return true;
  }
  return false;
}

function normaliseSex(code: string): string {
  // SEX was 1/2 to 2023/24 and M/F/U from 2024/25: one form (M/F/U) so years stack consistently.
  return code === '1' ? 'M' : code === '2' ? 'F' : code;
}

/** "the 2024/25 return", or "a return of unknown year". */
/** Where a column of a record's row is, for its letter (headings are kept upper-case). */
function cellIn(headings: ReadonlyMap<string, readonly string[]>, source: { file: string; row: number }, column: string): { file: string; row: number; column: string; columnIndex: number | null } {
  const at = headings.get(source.file)?.indexOf(column) ?? -1;
  return { file: source.file, row: source.row, column, columnIndex: at >= 0 ? at : null };
}

function returnName(year: CollectionYear): string {
  return year === 0 ? 'a return of unknown year' : `the ${yearName(year)} return`;
}
