// Rules on dated events against the child's periods of care: 903 reviews and missing episodes happen while
// the child is looked after (DfE rules 581 and 578 for missing), and so should SSD visits and missing
// episodes (warnings: SSD tables are operational data and may hold a visit made just after a child left).
import { formatUk, type Day } from '../../core/civil-date.ts';
import type { EpisodeRecord } from '../../ingest/records.ts';
import { issueAt, type Rule } from '../check-context.ts';
import { coveredYears, episodesByChild, lastChildLookup, yearContaining } from '../history-index.ts';
import type { Issue } from '../issue.ts';

/** A child's time in care: sorted, non-touching spans from a DECOM to a DEC, both days included. */
interface CareSpans {
  starts: Day[];
  /** Infinity while the last episode is open. */
  ends: Day[];
}

/** Finds reviews, missing episodes and SSD visits dated when the child was not looked after. */
export const eventsInCare: Rule = (ctx) => {
  const issues: Issue[] = [];
  const byChild = episodesByChild(ctx.data.episodes);
  const memo = new Map<string, CareSpans | null>();
  // A child's spans, built the first time one of their events is checked; null (skip) for a child with no
  // episodes at all, or with a row left out while reading (their history has a gap carestats cannot see).
  const spansOf = (child: string): CareSpans | null => {
    let s = memo.get(child);
    if (s === undefined) {
      const list = byChild.get(child);
      s = list && !ctx.rejectedChildren?.has(child) ? careSpans(list) : null;
      memo.set(child, s);
    }
    return s;
  };

  let find = lastChildLookup(spansOf);
  for (const r of ctx.data.reviews) {
    const s = find(r.child);
    const when = s && outside(s, r.review);
    if (when) issues.push(issueAt(ctx, 'review-outside-care', r, 'REVIEW', formatUk(r.review), { child: r.child, when: when.text }));
  }
  find = lastChildLookup(spansOf);
  for (const m of ctx.data.missing) {
    const s = find(m.child);
    const when = s && outside(s, m.misStart);
    // Rule 581: missing before the child started to be looked after; rule 578: after they ceased to be.
    if (when) issues.push(issueAt(ctx, 'missing-outside-care', m, 'MIS_START', formatUk(m.misStart), { child: m.child, when: when.text, rule: when.before ? '581' : '578' }));
  }
  // SSD tables are extracts of whatever dates the system holds: judge only events in a collection year whose
  // return was read, as in other years the child may have had episodes carestats was not given.
  const covered = coveredYears(ctx.data.returns);
  const judged = (day: Day) => covered.has(yearContaining(day));
  find = lastChildLookup(spansOf);
  for (const v of ctx.ssd?.visits ?? []) {
    const s = find(v.personId);
    const when = s && judged(v.date) && outside(s, v.date);
    if (when) issues.push(issueAt(ctx, 'ssd-visit-outside-care', v, 'clav_cla_visit_date', formatUk(v.date), { child: v.personId, when: when.text }));
  }
  find = lastChildLookup(spansOf);
  for (const m of ctx.ssd?.missing ?? []) {
    const s = find(m.personId);
    const when = s && judged(m.start) && outside(s, m.start);
    if (when) issues.push(issueAt(ctx, 'ssd-missing-outside-care', m, 'miss_missing_episode_start_date', formatUk(m.start), { child: m.personId, when: when.text }));
  }
  return issues;
};

/** Merges a child's date-ordered episodes into spans; episodes that abut (X1) or overlap join one span. */
function careSpans(list: readonly EpisodeRecord[]): CareSpans {
  const starts: Day[] = [];
  const ends: Day[] = [];
  for (const e of list) {
    const end = e.dec ?? Infinity;
    const last = ends.length - 1;
    const lastEnd = ends[last];
    if (lastEnd !== undefined && e.decom <= lastEnd) {
      if (end > lastEnd) ends[last] = end;
    } else {
      starts.push(e.decom);
      ends.push(end);
    }
  }
  return { starts, ends };
}

/** Says how a day falls outside the spans ("before … started on …", "after … ended on …"), or null if inside. */
function outside(s: CareSpans, day: Day): { text: string; before: boolean } | null {
  // Binary search for the last span starting on or before the day.
  let lo = 0;
  let hi = s.starts.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((s.starts[mid] ?? Infinity) <= day) {
      at = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  const first = s.starts[0];
  if (at < 0) return first === undefined ? null : { text: `before they started to be looked after on ${formatUk(first)}`, before: true };
  const end = s.ends[at] ?? Infinity;
  if (day <= end) return null;
  const next = s.starts[at + 1];
  const after = `after their period of care ended on ${formatUk(end)}`;
  return { text: next === undefined ? after : `${after} and before the next began on ${formatUk(next)}`, before: false };
}
