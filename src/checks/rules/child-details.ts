// Rules linking the other 903 tables, and ssd_person, to the Header table: every child in another table has a
// Header row (DfE internal checks INT01–INT09), and the DOB (INT11–INT18) and UASC SEX (INT21) agree with it.
//
// Returns are stacked, and Header keeps each child's row from the newest return that has one. A row from the
// same return as that Header row must agree with it (an error, as the DfE checks within one return); a row
// from another return may differ because the council corrected the date since (an age assessment, say), so
// that is a warning.
import { formatUk, type Day } from '../../core/civil-date.ts';
import { sexAsWritten, yearName, type CollectionYear } from '../../ingest/code-lists.ts';
import type { HeaderRecord, SourceRow } from '../../ingest/records.ts';
import { issueAt, type CheckContext, type Rule } from '../check-context.ts';
import { headerByChild } from '../history-index.ts';
import type { Issue } from '../issue.ts';

/** What every 903 table other than Header and Episodes has. */
interface ChildRow extends SourceRow {
  child: string;
  dob: Day;
  year: CollectionYear;
}

type TableKey = 'reviews' | 'uasc' | 'oc2' | 'oc3' | 'ad1' | 'placedAdoption' | 'prevPerm' | 'missing' | 'swEpisodes' | 'dolo';

/** Each table with its DfE name and the internal checks for "child not in Header" and "DOB differs". */
const TABLES: readonly { key: TableKey; name: string; inHeader: string; dob: string }[] = [
  { key: 'ad1', name: 'AD1', inHeader: 'INT01', dob: 'INT11' },
  { key: 'placedAdoption', name: 'PlacedAdoption', inHeader: 'INT02', dob: 'INT12' },
  { key: 'missing', name: 'Missing', inHeader: 'INT04', dob: 'INT13' },
  { key: 'oc2', name: 'OC2', inHeader: 'INT05', dob: 'INT14' },
  { key: 'oc3', name: 'OC3', inHeader: 'INT06', dob: 'INT15' },
  { key: 'prevPerm', name: 'PrevPerm', inHeader: 'INT07', dob: 'INT16' },
  { key: 'reviews', name: 'Reviews', inHeader: 'INT08', dob: 'INT17' },
  { key: 'uasc', name: 'UASC', inHeader: 'INT09', dob: 'INT18' },
  // No DfE internal check is known for these two; the same consistency holds.
  { key: 'swEpisodes', name: 'SWEpisodes', inHeader: '', dob: '' },
  { key: 'dolo', name: 'DoLo', inHeader: '', dob: '' },
];

/** Finds children missing from Header, DOB and UASC SEX that differ from Header's, and ssd_person DOBs that differ. */
export const childDetails: Rule = (ctx) => {
  const issues: Issue[] = [];
  const headers = headerByChild(ctx.data.headers);
  for (const t of TABLES) {
    const rows: readonly ChildRow[] = ctx.data[t.key];
    const notInHeader = new Set<string>();
    const differs = new Differences(ctx, t.name, t.dob);
    // Rows come child by child, so the row before's child usually gives the Header row without a look-up.
    let lastChild: string | null = null;
    let h: HeaderRecord | undefined;
    for (const r of rows) {
      if (r.child !== lastChild) {
        lastChild = r.child;
        h = headers.get(r.child);
      }
      if (!h) {
        // A child whose Header row was left out while reading is already reported.
        if (notInHeader.has(r.child) || ctx.rejectedChildren?.has(r.child)) continue;
        notInHeader.add(r.child);
        issues.push(issueAt(ctx, 'child-in-table-not-in-header', r, 'CHILD', r.child, { table: t.name, rule: ruleNote(t.inHeader) }));
        continue;
      }
      if (r.dob !== h.dob) differs.add(r, h, 'DOB', formatUk(r.dob), formatUk(h.dob));
    }
    differs.report(issues);
  }
  const sex = new Differences(ctx, 'UASC', 'INT21');
  for (const u of ctx.data.uasc) {
    const h = headers.get(u.child);
    // Compared as stacking reads them (1 and M alike), shown as each return wrote them.
    if (h && u.sex !== h.sex) sex.add(u, h, 'SEX', sexAsWritten(u.sex, u.year), sexAsWritten(h.sex, h.year));
  }
  sex.report(issues);
  for (const p of ctx.ssd?.person ?? []) {
    const h = headers.get(p.personId);
    if (h && p.dob !== null && p.dob !== h.dob) {
      issues.push(issueAt(ctx, 'ssd-dob-differs-from-header', p, 'pers_dob', formatUk(p.dob), { child: p.personId, headerValue: formatUk(h.dob), headerYear: returnName(h.year) }));
    }
  }
  return issues;
};

/** Collects one table's disagreements with Header: one issue per child and kind, counting the other rows. */
class Differences {
  private readonly first = new Map<string, { row: ChildRow; header: HeaderRecord; column: string; value: string; headerValue: string; count: number }>();
  private readonly ctx: CheckContext;
  private readonly table: string;
  private readonly rule: string;

  constructor(ctx: CheckContext, table: string, rule: string) {
    this.ctx = ctx;
    this.table = table;
    this.rule = rule;
  }

  add(row: ChildRow, header: HeaderRecord, column: string, value: string, headerValue: string): void {
    const key = `${row.child}\u0000${row.year === header.year ? 'same' : 'other'}`;
    const seen = this.first.get(key);
    if (seen) seen.count += 1;
    else this.first.set(key, { row, header, column, value, headerValue, count: 1 });
  }

  /** Adds one issue per child and kind to `issues` (a loop, not a spread: nationally there may be very many). */
  report(issues: Issue[]): void {
    for (const { row, header, column, value, headerValue, count } of this.first.values()) {
      const more = count > 1 ? ` So do ${String(count - 1)} more of this child's rows in this table.` : '';
      const params = { child: row.child, table: this.table, headerValue, more, rule: ruleNote(this.rule), year: returnName(row.year), headerYear: returnName(header.year) };
      issues.push(issueAt(this.ctx, row.year === header.year ? 'differs-from-header' : 'differs-from-other-return-header', row, column, value, params));
    }
  }
}

function ruleNote(rule: string): string {
  return rule === '' ? '' : ` (DfE internal check ${rule})`;
}

function returnName(year: CollectionYear): string {
  return year === 0 ? 'a return of unknown year' : `the ${yearName(year)} return`;
}
