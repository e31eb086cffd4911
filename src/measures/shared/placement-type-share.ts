// The percentage of children looked after at a month end whose placement type is in a set of 903 PLACE codes.
import { formatUk, type Day } from '../../core/civil-date.ts';
import type { Episode } from '../../timeline/record-views.ts';
import type { ChildTimeline } from '../../timeline/child-timeline.ts';
import { usualEpisodeOn } from '../../timeline/placements.ts';
import { describeEpisode, type ShareVerdict } from './share-of-looked-after.ts';

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
