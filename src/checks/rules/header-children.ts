// Rules linking Header and Episodes: one Header row per child, and every child with episodes in Header.
import { issueAt, type Rule } from '../check-context.ts';
import { headerByChild } from '../history-index.ts';
import type { Issue } from '../issue.ts';

/** Finds children repeated in Header, and children with episodes but no Header row. */
export const headerChildren: Rule = (ctx) => {
  const issues: Issue[] = [];
  // The shared lookup of each child's first Header row: as many children as rows means none is repeated.
  const first = headerByChild(ctx.data.headers);
  if (first.size < ctx.data.headers.length) {
    const firstRow = new Map<string, number>();
    for (const h of ctx.data.headers) {
      const seen = firstRow.get(h.child);
      if (seen === undefined) firstRow.set(h.child, h.row);
      else issues.push(issueAt(ctx, 'child-repeated-in-header', h, 'CHILD', h.child, { otherRow: String(seen) }));
    }
  }
  const reported = new Set<string>();
  // Episodes come child by child: a child's later episodes are settled by their first.
  let lastChild: string | null = null;
  for (const e of ctx.data.episodes) {
    if (e.child === lastChild) continue;
    lastChild = e.child;
    if (first.has(e.child) || reported.has(e.child) || ctx.rejectedChildren?.has(e.child)) continue;
    reported.add(e.child);
    issues.push(issueAt(ctx, 'child-not-in-header', e, 'CHILD', e.child));
  }
  return issues;
};
