// After a temporary placement (T0–T4) a child goes back to their usual placement (DfE rule 383). An episode
// that does not is counted by carestats as a new placement, which the stability measures then count as a move:
// a warning says so, so the analyst can tell a real move from a return recorded with other details.
import { formatUk } from '../../core/civil-date.ts';
import { SHORT_BREAK_STATUSES } from '../../ingest/code-lists.ts';
import type { EpisodeRecord } from '../../ingest/records.ts';
import { isSameCarer, placementDifferences, TEMPORARY_PLACEMENTS } from '../../ingest/same-carer.ts';
import { issueAt, type Rule } from '../check-context.ts';
import { episodesByChild, rowRef } from '../history-index.ts';
import type { Issue } from '../issue.ts';

/** Finds episodes after a temporary placement that are not back in the placement before it. */
export const temporaryPlacements: Rule = (ctx) => {
  const issues: Issue[] = [];
  for (const [child, list] of episodesByChild(ctx.data.episodes)) {
    if (ctx.rejectedChildren?.has(child)) continue;
    // The latest ordinary episode of the period (the placement a temporary move returns to), and the
    // temporary episode the child is in, if any: as timeline/placements.ts walks a period.
    let usual: EpisodeRecord | null = null;
    let away: EpisodeRecord | null = null;
    for (let i = 0; i < list.length; i += 1) {
      const e = list[i] as EpisodeRecord;
      const prev = list[i - 1];
      // Periods split as the timelines split them (timeline/build-timelines.ts periodsOfCare): after any X1.
      const continues = prev !== undefined && prev.rec === 'X1' && prev.dec !== null;
      // Short breaks hold no placement in the timelines (timeline/placements.ts), so none is returned to.
      if (!continues || SHORT_BREAK_STATUSES.has(e.ls)) {
        usual = null;
        away = null;
      }
      if (SHORT_BREAK_STATUSES.has(e.ls)) continue;
      if (TEMPORARY_PLACEMENTS.has(e.place)) {
        if (usual !== null) away ??= e;
        continue;
      }
      if (usual !== null && away !== null && !isSameCarer(usual, e)) {
        // The issue sits on the first field that differs, and names every one.
        const differ = placementDifferences(usual, e);
        const [column, , value] = differ[0] ?? ['PLACE', usual.place, e.place];
        const what = differ.map(([field, a, b]) => `${field} ${a || '(blank)'} to ${b || '(blank)'}`).join(', ');
        issues.push(issueAt(ctx, 'temporary-placement-not-returned', e, column, value, {
          child, start: formatUk(e.decom), temporary: away.place, since: formatUk(away.decom), usual: rowRef(usual, e), what,
        }));
      }
      usual = e;
      away = null;
    }
  }
  return issues;
};
