// A child's history as the measures see it: who they are, their episodes grouped into periods of care, and
// every other record about them from the SSDA903 return and the SSD tables.
import type { Day } from '../core/civil-date.ts';
import type {
  Ad1, Episode, Missing, Oc2, Oc3, PlacedAdoption, PrevPerm, Review, SsdCareLeaver, SsdDisability, SsdHealth, SsdImmunisation,
  SsdInvolvement, SsdMissing, SsdPerson, SsdPlacement, SsdReview, SsdSdq, SsdVisit, SwEpisode, Uasc,
} from './record-views.ts';

/** A continuous period of care: episodes joined by REC X1, from the first DECOM to the last DEC. */
export interface PeriodOfCare {
  start: Day;
  /** null while the period is still open. */
  end: Day | null;
  episodes: readonly Episode[];
}

/** A child's records from the SSDA903 tables other than Header and Episodes, each list in date order. */
export interface Child903Records {
  reviews: readonly Review[];
  missing: readonly Missing[];
  oc2: readonly Oc2[];
  oc3: readonly Oc3[];
  ad1: readonly Ad1[];
  placedAdoption: readonly PlacedAdoption[];
  uasc: readonly Uasc[];
  prevPerm: readonly PrevPerm[];
  swEpisodes: readonly SwEpisode[];
}

/**
 * A child's records from the SSD tables (person_id = the 903 CHILD), each list in date order. SSD reviews
 * carry only a CLA id, so they are joined to the child through ssd_cla_episodes.
 */
export interface ChildSsdRecords {
  person: SsdPerson | null;
  reviews: readonly SsdReview[];
  visits: readonly SsdVisit[];
  health: readonly SsdHealth[];
  immunisations: readonly SsdImmunisation[];
  sdq: readonly SsdSdq[];
  missing: readonly SsdMissing[];
  careLeavers: readonly SsdCareLeaver[];
  placements: readonly SsdPlacement[];
  involvements: readonly SsdInvolvement[];
  /** The child's ssd_disability rows, in file order (the table has no dates: the extract's record as it stands). */
  disabilities: readonly SsdDisability[];
}

/** One child's timeline. Episodes are in date order. */
export interface ChildTimeline {
  child: string;
  sex: string;
  dob: Day;
  ethnic: string;
  episodes: readonly Episode[];
  periods: readonly PeriodOfCare[];
  ssda903: Child903Records;
  ssd: ChildSsdRecords;
  /**
   * Answers worked out about this timeline and kept for when they are asked again (remembered.ts owns it; nothing
   * else reads or writes it). Starts as the shared empty NOTHING_REMEMBERED.
   */
  remembered: readonly unknown[];
}
