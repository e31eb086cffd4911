// Rules on dated events against the child's periods of care: 903 reviews and missing episodes happen while
// the child is looked after (DfE rules 581 and 578 for missing), and so should SSD visits and missing
// episodes (warnings: SSD tables are operational data and may hold a visit made just after a child left).
import { formatUk, type Day } from '../../core/civil-date.ts';
import type { EpisodeRecord } from '../../ingest/records.ts';
import { issueAt, type Rule } from '../check-context.ts';
import { coveredYears, episodesByChild, yearContaining } from '../history-index.ts';
import type { Issue } from '../issue.ts';

/**
 * Every child's time in care: sorted, non-touching spans from a DECOM to a DEC, both days included (an open
 * episode's end is Infinity). One array holds every child's spans, [count, start, end, start, end, …] from the
 * child's offset: two arrays and a memo entry per child, built as events asked, were most of this rule's time
 * when profiled. A child with no episodes, or with a row left out while reading (their history has a gap
 * carestats cannot see), has no offset and is skipped.
 */
interface CareSpans {
  offset: ReadonlyMap<string, number>;
  spans: readonly number[];
}

/** Finds reviews, missing episodes and SSD visits dated when the child was not looked after. */
export const eventsInCare: Rule = (ctx) => {
  const issues: Issue[] = [];
  const care = careSpans(episodesByChild(ctx.data.episodes), ctx.rejectedChildren);
  // Rows come child by child, so the row before's child usually gives the offset without a look-up.
  let lastChild: string | null = null;
  let at: number | undefined;
  const offsetOf = (child: string): number | undefined => {
    if (child !== lastChild) {
      lastChild = child;
      at = care.offset.get(child);
    }
    return at;
  };
  for (const r of ctx.data.reviews) {
    const o = offsetOf(r.child);
    const when = o !== undefined && outside(care.spans, o, r.review);
    if (when) issues.push(issueAt(ctx, 'review-outside-care', r, 'REVIEW', formatUk(r.review), { child: r.child, when: when.text }));
  }
  for (const m of ctx.data.missing) {
    const o = offsetOf(m.child);
    const when = o !== undefined && outside(care.spans, o, m.misStart);
    // Rule 581: missing before the child started to be looked after; rule 578: after they ceased to be.
    if (when) issues.push(issueAt(ctx, 'missing-outside-care', m, 'MIS_START', formatUk(m.misStart), { child: m.child, when: when.text, rule: when.before ? '581' : '578' }));
  }
  // SSD tables are extracts of whatever dates the system holds: judge only events in a collection year whose
  // return was read, as in other years the child may have had episodes carestats was not given.
  const covered = coveredYears(ctx.data.returns);
  const judged = (day: Day) => covered.has(yearContaining(day));
  for (const v of ctx.ssd?.visits ?? []) {
    const o = offsetOf(v.personId);
    const when = o !== undefined && judged(v.date) && outside(care.spans, o, v.date);
    if (when) issues.push(issueAt(ctx, 'ssd-visit-outside-care', v, 'clav_cla_visit_date', formatUk(v.date), { child: v.personId, when: when.text }));
  }
  for (const m of ctx.ssd?.missing ?? []) {
    const o = offsetOf(m.personId);
    const when = o !== undefined && judged(m.start) && outside(care.spans, o, m.start);
    if (when) issues.push(issueAt(ctx, 'ssd-missing-outside-care', m, 'miss_missing_episode_start_date', formatUk(m.start), { child: m.personId, when: when.text }));
  }
  return issues;
};

/** Merges each child's date-ordered episodes into spans; episodes that abut (X1) or overlap join one span. */
function careSpans(byChild: ReadonlyMap<string, readonly EpisodeRecord[]>, rejected: ReadonlySet<string> | undefined): CareSpans {
  const offset = new Map<string, number>();
  const spans: number[] = [];
  for (const [child, list] of byChild) {
    if (rejected?.has(child)) continue;
    const start = spans.length;
    offset.set(child, start);
    spans.push(0);
    for (const e of list) {
      const end = e.dec ?? Infinity;
      const last = spans.length - 1;
      if (last > start && e.decom <= (spans[last] as number)) {
        if (end > (spans[last] as number)) spans[last] = end;
      } else {
        spans.push(e.decom, end);
      }
    }
    spans[start] = (spans.length - start - 1) / 2;
  }
  return { offset, spans };
}

/** Says how a day falls outside a child's spans ("before … started on …", "after … ended on …"), or null if inside. */
function outside(spans: readonly number[], offset: number, day: Day): { text: string; before: boolean } | null {
  const count = spans[offset] as number;
  const startOf = (i: number) => spans[offset + 1 + 2 * i] as number;
  // Binary search for the last span starting on or before the day.
  let lo = 0;
  let hi = count - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(mid) <= day) {
      at = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (at < 0) return count === 0 ? null : { text: `before they started to be looked after on ${formatUk(startOf(0))}`, before: true };
  const end = spans[offset + 2 + 2 * at] as number;
  if (day <= end) return null;
  const after = `after their period of care ended on ${formatUk(end)}`;
  return { text: at + 1 >= count ? after : `${after} and before the next began on ${formatUk(startOf(at + 1))}`, before: false };
}
