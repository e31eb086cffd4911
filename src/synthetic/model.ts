// The simulated lives the synthetic council is written from. Internal to the generator: the files written
// from it (SSDA903 returns and SSD tables) are what the rest of carestats reads.
import type { Day } from '../core/civil-date.ts';

/** One simulated episode, in carestats' internal codes (mapped to each collection year's codes on output). */
export interface SimEpisode {
  decom: Day;
  /** null while still open at the extract date. */
  dec: Day | null;
  rne: string;
  ls: string;
  place: string;
  provider: string;
  /** REC; '' while open. */
  rec: string;
  reasonChange: string;
  plPost: string;
  urn: string;
  /** Straight-line miles from home to placement; null where there is no home postcode (most UASC). */
  distance: number | null;
}

/** An adoption journey: the DfE adoption scorecard's dates. */
export interface AdoptionJourney {
  /** Agency decision maker's decision that the child should be placed for adoption (903 DATE_PLACED / DATE_INT). */
  decision: Day;
  placementOrder: Day | null;
  match: Day | null;
  placed: Day | null;
  adopted: Day | null;
  reversed: Day | null;
  reversedReason: string;
  byFosterCarer: boolean;
  adopters: { number: string; sex: string; legalStatus: string };
}

/** A period of care: episodes joined by X1. */
export interface SimPeriod {
  /** System id for the period (the SSD's cla_id). */
  id: string;
  cin: string;
  episodes: SimEpisode[];
  adoption: AdoptionJourney | null;
  /** Previous permanence before this period (903 PrevPerm). */
  prevPerm: { code: string; date: string };
}

/** A dated activity with a yes/no or code outcome. */
export interface SimReview {
  due: Day;
  date: Day;
  participation: string;
  periodId: string;
}

export interface SimVisit {
  date: Day;
  seen: boolean;
  seenAlone: boolean;
  periodId: string;
}

export interface SimHealthCheck {
  type: 'Health Assessment' | 'Dental Check';
  date: Day;
  status: 'Completed' | 'Refused';
}

export interface SimMissing {
  start: Day;
  end: Day | null;
  type: 'M' | 'A';
  rhiOffered: string;
  rhiAccepted: string;
}

/** A worker's (and team's) allocation to a child. */
export interface SimAllocation {
  worker: string;
  team: string;
  role: 'Allocated Social Worker' | 'Personal Adviser';
  start: Day;
  end: Day | null;
  reason: string;
}

/** A care leaver's status at one contact (or at a record made when not in touch). */
export interface SimLeaverContact {
  date: Day;
  inTouch: string;
  activity: string;
  /** Accommodation letter and suitability digit, e.g. "U1"; "0" when not known. */
  accommodation: string;
  pathwayPlanReview: Day | null;
}

/** One simulated child or young person. */
export interface SimChild {
  id: string;
  dob: Day;
  sex: 'M' | 'F';
  ethnicity: string;
  upn: string;
  /** Full postcode of home; '' for unaccompanied asylum-seeking children with no home address. */
  homePost: string;
  districtId: string;
  disabled: boolean;
  /** Date UASC status began (arrival) and ended (DUC), if unaccompanied asylum-seeking. */
  uasc: { start: Day; end: Day } | null;
  periods: SimPeriod[];
  reviews: SimReview[];
  visits: SimVisit[];
  health: SimHealthCheck[];
  immunisationsUpToDate: { date: Day; upToDate: boolean }[];
  sdq: { date: Day; score: number }[];
  missing: SimMissing[];
  allocations: SimAllocation[];
  careLeaver: { eligibility: string; contacts: SimLeaverContact[] } | null;
  substanceMisuse: boolean;
  convicted: boolean;
}
