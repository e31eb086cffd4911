// A child's history as the measures see it: who they are, their episodes grouped into periods of care, and
// every other record about them from the SSDA903 return and the SSD tables.
import type { Day } from '../core/civil-date.ts';
import type {
  Ad1Record, EpisodeRecord, MissingRecord, Oc2Record, Oc3Record, PlacedAdoptionRecord, PrevPermRecord, ReviewRecord,
  SsdCareLeaverRecord, SsdHealthRecord, SsdImmunisationRecord, SsdInvolvementRecord, SsdMissingRecord, SsdPersonRecord, SsdPlacementRecord,
  SsdReviewRecord, SsdSdqRecord, SsdVisitRecord, SwEpisodeRecord, UascRecord,
} from '../ingest/records.ts';

/** A continuous period of care: episodes joined by REC X1, from the first DECOM to the last DEC. */
export interface PeriodOfCare {
  start: Day;
  /** null while the period is still open. */
  end: Day | null;
  episodes: readonly EpisodeRecord[];
}

/** A child's records from the SSDA903 tables other than Header and Episodes, each list in date order. */
export interface Child903Records {
  reviews: readonly ReviewRecord[];
  missing: readonly MissingRecord[];
  oc2: readonly Oc2Record[];
  oc3: readonly Oc3Record[];
  ad1: readonly Ad1Record[];
  placedAdoption: readonly PlacedAdoptionRecord[];
  uasc: readonly UascRecord[];
  prevPerm: readonly PrevPermRecord[];
  swEpisodes: readonly SwEpisodeRecord[];
}

/**
 * A child's records from the SSD tables (person_id = the 903 CHILD), each list in date order. SSD reviews
 * carry only a CLA id, so they are joined to the child through ssd_cla_episodes.
 */
export interface ChildSsdRecords {
  person: SsdPersonRecord | null;
  reviews: readonly SsdReviewRecord[];
  visits: readonly SsdVisitRecord[];
  health: readonly SsdHealthRecord[];
  immunisations: readonly SsdImmunisationRecord[];
  sdq: readonly SsdSdqRecord[];
  missing: readonly SsdMissingRecord[];
  careLeavers: readonly SsdCareLeaverRecord[];
  placements: readonly SsdPlacementRecord[];
  involvements: readonly SsdInvolvementRecord[];
}

/** One child's timeline. Episodes are in date order. */
export interface ChildTimeline {
  child: string;
  sex: string;
  dob: Day;
  ethnic: string;
  episodes: readonly EpisodeRecord[];
  periods: readonly PeriodOfCare[];
  ssda903: Child903Records;
  ssd: ChildSsdRecords;
}
