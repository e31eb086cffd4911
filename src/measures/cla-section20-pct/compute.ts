// Computation of cla_section20_pct at a month end.
import type { Day } from '../../core/civil-date.ts';
import type { MeasureInput, MeasureResult } from '../measure.ts';
import { describeEpisode, shareOfLookedAfter } from '../shared/share-of-looked-after.ts';
import { definition } from './definition.ts';

/** Computes the percentage of children looked after at `monthEnd` whose legal status is V2. */
export function compute(input: MeasureInput, monthEnd: Day): MeasureResult {
  return shareOfLookedAfter(input, monthEnd, definition.id, definition.decimals, (_t, episode) => ({
    inCohort: true,
    met: episode.ls === 'V2',
    reason: () => (episode.ls === 'V2'
      ? `Section 20: legal status V2 in ${describeEpisode(episode)}`
      : `Not section 20: legal status ${episode.ls} in ${describeEpisode(episode)}`),
  }));
}
