// Rules linking Header and Episodes: one Header row per child, and every child with episodes in Header.
import { issueAt, type Rule } from '../check-context.ts';
import type { Issue } from '../issue.ts';

/** Finds children repeated in Header, and children with episodes but no Header row. */
export const headerChildren: Rule = (ctx) => {
  const issues: Issue[] = [];
  const firstRow = new Map<string, number>();
  for (const h of ctx.data.headers) {
    const seen = firstRow.get(h.child);
    if (seen === undefined) firstRow.set(h.child, h.row);
    else issues.push(issueAt(ctx, 'child-repeated-in-header', h, 'CHILD', h.child, { otherRow: String(seen) }));
  }
  const reported = new Set<string>();
  for (const e of ctx.data.episodes) {
    if (firstRow.has(e.child) || reported.has(e.child) || ctx.rejectedChildren?.has(e.child)) continue;
    reported.add(e.child);
    issues.push(issueAt(ctx, 'child-not-in-header', e, 'CHILD', e.child));
  }
  return issues;
};
