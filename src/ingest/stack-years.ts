// Stacks several collection years' SSDA903 returns into one history.
//
// Rules (each tested in stack-years.test.ts):
// 1. Each return has a collection year (ingest.ts: from its folder name or its latest date). Returns may
//    come in any order: what matters is the year, not the order.
// 2. Each table says how its records are identified (fields-903.ts): an episode by CHILD and DECOM, a review
//    by CHILD and REVIEW, a Header row by CHILD, and so on. A later return's record replaces an earlier
//    one's with the same identity: an episode open at 31 March in one return is shown closed (or still open)
//    in the next, and the later is the truth. OC2 and OC3 describe one year each, so every year is kept.
// 3. Within one file, a row identical to an earlier row is dropped and reported (warning `row-duplicated`).
// 4. Two different rows with one identity in one return are both kept, so the checks report them.
// 5. An episode left open in an older return that no newer return carries (the child's record moved on):
//    a. if the child's next episode continues the period of care (RNE is not S), the open episode is closed
//       the day the next one starts with REC X1 — the newer return shows the child stayed in care;
//    b. otherwise the child left care at a date no return records: the episode is closed on the day after
//       its return's year ended (or the day the next period starts, if sooner) with REC E99, carestats'
//       marker for "ended, reason not recorded" (as liia-tools does), and reported as a warning.
//    An episode open in the newest return is still open. Rule 5 never touches an episode a newer return has.
import { dayFromYmd, formatUk } from '../core/civil-date.ts';
import { makeIssue, type Issue } from '../checks/issue.ts';
import type { CollectionYear } from './code-lists.ts';
import type { Table903 } from './fields-903.ts';
import type { ReturnInfo, Ssda903Data } from './records.ts';

/** A REC carestats writes when stacking closed an episode whose ending no return recorded. */
export const REC_ENDED_UNRECORDED = 'E99';

type Rec = Record<string, unknown>;

function sourceOf(r: Rec): { file: string; row: number } {
  return r as { file: string; row: number };
}

function flattenInto(map: ReadonlyMap<string, Rec[]>, out: Rec[]): void {
  for (const list of map.values()) for (const r of list) out.push(r);
}

/** Collects returns' records table by table, then gives the stacked history. */
export function createStack(issues: Issue[]) {
  // Per table: child → the records currently believed for that child. Every stacking key starts with the
  // child, and a child has a handful of records per table, so a short scan of the child's list finds a
  // record's identity faster (and with less memory) than a map keyed by a string made of every key field.
  const latest = new Map<string, Map<string, Rec[]>>();
  const perYear = new Map<string, Rec[]>();

  return {
    add(spec: Table903<never>, records: readonly Rec[], year: CollectionYear): void {
      const names = Object.keys(spec.fields);
      if (Object.hasOwn(spec.fields, 'sex')) for (const r of records) r.sex = normaliseSex(r.sex as string);
      // Rows are grouped by identity (per-year tables by child); an exact copy of a row already in its group
      // is dropped (rule 3). Comparing only within a child's records keeps this linear.
      const rule = spec.stack as Table903<Rec>['stack'];
      const perYearTable = rule.kind === 'per-year';
      // Per-year tables are grouped by child alone, to find exact copies (rule 3).
      const same = rule.kind === 'per-year' ? () => true : rule.same;
      const byChild = perYearTable ? new Map<string, Rec[]>() : (latest.get(spec.key) ?? new Map<string, Rec[]>());
      if (!perYearTable) latest.set(spec.key, byChild);
      for (const r of records) {
        const child = r.child as string;
        const list = byChild.get(child);
        if (list === undefined) {
          byChild.set(child, [r]);
          continue;
        }
        let at = 0;
        while (at < list.length && !same(list[at] as Rec, r)) at += 1;
        const earlier = list[at];
        if (earlier === undefined) {
          list.push(r);
          continue;
        }
        if (sourceOf(earlier).file !== sourceOf(r).file) {
          // From an earlier return: the newer return wins (rule 2); of two returns for one year (a
          // resubmission in another folder), the later read. Every record of that identity goes (rule 4 may
          // have kept several from the earlier return).
          if ((earlier.year as number) <= year) {
            for (let i = list.length - 1; i >= at; i -= 1) if (same(list[i] as Rec, r)) list.splice(i, 1);
            list.push(r);
          }
          continue;
        }
        const copyOf = list.find((other) => same(other, r) && names.every((n) => other[n] === r[n]));
        if (copyOf) {
          issues.push(makeIssue('row-duplicated', { file: sourceOf(r).file, row: sourceOf(r).row }, { otherRow: String(sourceOf(copyOf).row) }));
        } else {
          list.push(r);
        }
      }
      if (perYearTable) {
        const list = perYear.get(spec.key) ?? [];
        perYear.set(spec.key, list);
        flattenInto(byChild, list);
      }
    },
    finish(returns: readonly ReturnInfo[]): Ssda903Data {
      const take = <T>(key: string): T[] => {
        const out: Rec[] = [];
        const map = latest.get(key);
        if (map) flattenInto(map, out);
        for (const r of perYear.get(key) ?? []) out.push(r);
        return out as T[];
      };
      const data: Ssda903Data = {
        headers: take('headers'), episodes: take('episodes'), reviews: take('reviews'), uasc: take('uasc'), oc2: take('oc2'),
        oc3: take('oc3'), ad1: take('ad1'), placedAdoption: take('placedAdoption'), prevPerm: take('prevPerm'),
        missing: take('missing'), swEpisodes: take('swEpisodes'), dolo: take('dolo'),
        returns: [...returns].sort((a, b) => a.year - b.year || a.folder.localeCompare(b.folder)),
      };
      repairOpenEpisodes(data, issues);
      return data;
    },
  };
}

/** Rule 5: closes episodes left open in an older return. */
function repairOpenEpisodes(data: Ssda903Data, issues: Issue[]): void {
  const newest = Math.max(0, ...data.returns.map((r) => r.year));
  const byChild = Map.groupBy(data.episodes, (e) => e.child);
  for (const list of byChild.values()) {
    list.sort((a, b) => a.decom - b.decom);
    for (let i = 0; i < list.length; i += 1) {
      const e = list[i];
      if (!e || e.dec !== null || e.year >= newest || e.year === 0) continue;
      const next = list[i + 1];
      if (next && next.rne !== 'S' && next.decom > e.decom) {
        e.dec = next.decom;
        e.rec = 'X1';
        issues.push(makeIssue('episode-closed-by-later-return', { file: e.file, row: e.row, column: 'DEC' }, { child: e.child, date: formatUk(next.decom), nextFile: next.file }));
        continue;
      }
      const yearAfter = dayFromYmd(e.year, 4, 1);
      const end = next && next.decom > e.decom ? Math.min(yearAfter, next.decom) : yearAfter;
      if (end <= e.decom) continue;
      e.dec = end;
      e.rec = REC_ENDED_UNRECORDED;
      issues.push(makeIssue('episode-end-not-recorded', { file: e.file, row: e.row, column: 'DEC' }, { child: e.child, date: formatUk(end) }));
    }
  }
}

function normaliseSex(code: string): string {
  // SEX was 1/2 to 2023/24 and M/F/U from 2024/25: one form (M/F/U) so years stack consistently.
  return code === '1' ? 'M' : code === '2' ? 'F' : code;
}
