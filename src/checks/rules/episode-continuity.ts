// Rules across one child's episodes: no overlaps, only the last episode may be open, and X1 means the next
// episode starts the same day (DfE rules 501, 142 and 388).
import { formatUk } from '../../core/civil-date.ts';
import { REC_ENDED_UNRECORDED } from '../../ingest/stack-years.ts';
import { issueAt, type Rule } from '../check-context.ts';
import { episodesByChild, rowRef } from '../history-index.ts';
import type { Issue } from '../issue.ts';

/** Finds overlapping episodes, episodes after one left open, X1 without an abutting successor, and same-day re-entry. */
export const episodeContinuity: Rule = (ctx) => {
  const issues: Issue[] = [];
  for (const [child, list] of episodesByChild(ctx.data.episodes)) {
    // An episode row left out, or one misdated (run-checks.ts SEQUENCE_RULES): the gaps it leaves are its echo.
    if (ctx.rejectedChildren?.has(child)) continue;
    for (let i = 1; i < list.length; i += 1) {
      const prev = list[i - 1];
      const cur = list[i];
      if (!prev || !cur) continue;
      if (prev.dec === null) {
        issues.push(issueAt(ctx, 'episode-open-before-another', prev, 'DEC', '', { child: prev.child, start: formatUk(prev.decom), next: formatUk(cur.decom) }));
      } else if (cur.decom < prev.dec) {
        // Rule 501: an episode must not start before the previous episode's DEC.
        issues.push(
          issueAt(ctx, 'episode-overlaps-previous', cur, 'DECOM', formatUk(cur.decom), {
            child: cur.child,
            // Named with its file when it is in another return's (a stacked history mixes years).
            previous: rowRef(prev, cur),
            previousEnd: formatUk(prev.dec),
          }),
        );
      } else if (prev.rec === 'X1' && cur.decom !== prev.dec) {
        // Rule 388: an episode ending X1 is followed by one starting on its DEC (episodes in a period abut).
        issues.push(issueAt(ctx, 'episode-x1-not-followed', prev, 'REC', 'X1', { child: prev.child, end: formatUk(prev.dec), next: formatUk(cur.decom) }));
      } else if (prev.rec !== 'X1' && prev.rec !== REC_ENDED_UNRECORDED && cur.decom === prev.dec) {
        // Rule 388: a period that ends (REC other than X1) is not followed by an episode the same day. Not
        // carestats' own E99, whose day is not when the child left (stacking has warned of it already).
        issues.push(issueAt(ctx, 'episode-same-day-after-leaving', cur, 'DECOM', formatUk(cur.decom), { child: cur.child, rec: prev.rec, previous: rowRef(prev, cur) }));
      }
    }
    const last = list.at(-1);
    // Rule 388: the final episode cannot end X1 (nothing follows it).
    if (last?.rec === 'X1' && last.dec !== null) issues.push(issueAt(ctx, 'episode-x1-not-followed', last, 'REC', 'X1', { child: last.child, end: formatUk(last.dec) }));
  }
  return issues;
};
