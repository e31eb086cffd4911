// Rules across one child's episodes: no overlaps, and only the last episode may be open (DfE rules 501, 142).
import { formatUk } from '../../core/civil-date.ts';
import type { EpisodeRecord } from '../../ingest/records.ts';
import { issueAt, type Rule } from '../check-context.ts';
import type { Issue } from '../issue.ts';

/** Finds a child's episode that starts before the previous one ended, or follows an episode left open. */
export const episodeContinuity: Rule = (ctx) => {
  const issues: Issue[] = [];
  for (const list of groupByChild(ctx.data.episodes).values()) {
    list.sort((a, b) => a.decom - b.decom || a.source.row - b.source.row);
    for (let i = 1; i < list.length; i += 1) {
      const prev = list[i - 1];
      const cur = list[i];
      if (!prev || !cur) continue;
      if (prev.dec === null) {
        issues.push(issueAt(ctx, 'episode-open-before-another', prev.source, 'DEC', '', { child: prev.child, start: formatUk(prev.decom), next: formatUk(cur.decom) }));
      } else if (cur.decom < prev.dec) {
        // Rule 501: an episode must not start before the previous episode's DEC.
        issues.push(
          issueAt(ctx, 'episode-overlaps-previous', cur.source, 'DECOM', formatUk(cur.decom), {
            child: cur.child,
            previousRow: String(prev.source.row),
            previousEnd: formatUk(prev.dec),
          }),
        );
      }
    }
  }
  return issues;
};

/** Groups episodes by child id, keeping file order within each child. */
export function groupByChild(episodes: readonly EpisodeRecord[]): Map<string, EpisodeRecord[]> {
  const map = new Map<string, EpisodeRecord[]>();
  for (const e of episodes) {
    const list = map.get(e.child);
    if (list) list.push(e);
    else map.set(e.child, [e]);
  }
  return map;
}
