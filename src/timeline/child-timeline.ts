// A child's history as the measures see it: who they are, and their episodes grouped into periods of care.
import type { Day } from '../core/civil-date.ts';
import type { EpisodeRecord } from '../ingest/records.ts';

/** A continuous period of care: episodes joined by REC X1, from the first DECOM to the last DEC. */
export interface PeriodOfCare {
  start: Day;
  /** null while the period is still open. */
  end: Day | null;
  episodes: readonly EpisodeRecord[];
}

/** One child's timeline. Episodes are in date order. */
export interface ChildTimeline {
  child: string;
  sex: string;
  dob: Day;
  ethnic: string;
  episodes: readonly EpisodeRecord[];
  periods: readonly PeriodOfCare[];
}
