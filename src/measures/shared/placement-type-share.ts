// The percentage of children looked after at a month end whose placement type is in a set of 903 PLACE codes.
import { formatUk, type Day } from '../../core/civil-date.ts';
import type { Episode } from '../../timeline/record-views.ts';
import type { ChildTimeline } from '../../timeline/child-timeline.ts';
import { usualEpisodeOn } from '../../timeline/placements.ts';
import { describeEpisode, type ShareVerdict } from './share-of-looked-after.ts';

/**
 * How far back the measures that count a child on a temporary move by their usual placement (placementAt) read
 * the SSDA903 returns (MeasureDefinition.looksBackMonths and looksBackWhy): the month end and the month before,
 * which hold the 6 weeks a stay in hospital may last (T1, DfE validation rule 375; T3 3 weeks, rule 376; T4 7
 * days, rule 379; a holiday, T2, has no limit in the rules). The usual placement ended when the move began, and
 * a return holds only the episodes open in its year, so for a move begun before the earliest return it is not in
 * the data. Before, a large council with only its latest return counted 1,871 of 2,540 fostered at March 2025
 * against 1,873 from all ten years: two children in hospital or respite were counted by the temporary placement.
 */
export const TEMPORARY_MOVE_LOOK_BACK = {
  looksBackMonths: 2,
  looksBackWhy: 'the month end and the month before, holding the 6 weeks a temporary move may last: a child away on one is counted by the placement they will return to, whose episode ended when the move began',
} as const;

/**
 * Returns the episode whose PLACE describes the child's placement at `monthEnd` and words for the reason. A child
 * in a temporary placement (T0–T4) is counted by the placement they are expected to return to (903 rule 383),
 * since a temporary move is not a placement.
 */
export function placementAt(t: ChildTimeline, episode: Episode, monthEnd: Day): { usual: Episode; words: () => string } {
  const usual = usualEpisodeOn(t, monthEnd) ?? episode;
  // Words as a function: they go into reasons, which are read only for the few children an analyst opens.
  if (usual === episode) return { usual, words: () => describeEpisode(episode) };
  return { usual, words: () => `${describeEpisode(usual)}; in temporary placement ${episode.place} from ${formatUk(episode.decom)}, so counted by the usual placement` };
}

/** Tests whether the child's placement at the month end is one of `codes`, naming the group in the reason. */
export function placementTypeVerdict(codes: ReadonlySet<string>, group: string): (t: ChildTimeline, episode: Episode, monthEnd: Day) => ShareVerdict {
  return (t, episode, monthEnd) => {
    const { usual, words } = placementAt(t, episode, monthEnd);
    const met = codes.has(usual.place);
    return { inCohort: true, met, reason: () => `${met ? group : `Not ${group.toLowerCase()}`}: placement ${usual.place} in ${words()}` };
  };
}
