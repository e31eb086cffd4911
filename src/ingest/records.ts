// Typed records read from councils' files. Dates are day numbers; codes are trimmed and upper-cased.
// Property names follow the DfE column names in camelCase (DECOM → decom, PLACE_PROVIDER → placeProvider).
import type { Day } from '../core/civil-date.ts';
import type { CollectionYear } from './code-lists.ts';

/** Where a record came from, for error messages and the child-level audit trail. */
export interface SourceRow {
  file: string;
  row: number;
}

/**
 * What every SSDA903 record carries: where it came from (so a record is itself a SourceRow) and the collection
 * year of its return. The file and row sit on the record rather than in a nested object: a national import
 * holds some 13 million records, and a nested object each was a fifth of the memory.
 */
interface From903 extends SourceRow {
  year: CollectionYear;
}

/** One child's row in the SSDA903 Header table. */
export interface HeaderRecord extends From903 {
  child: string;
  /** M, F or U: 1 and 2 from returns before 2024/25 are read as M and F so years stack consistently. */
  sex: string;
  dob: Day;
  ethnic: string;
  upn: string;
  mother: string;
  mcDob: Day | null;
}

/** One SSDA903 episode: a spell with one legal status and one placement. */
export interface EpisodeRecord extends From903 {
  child: string;
  decom: Day;
  rne: string;
  ls: string;
  cin: string;
  place: string;
  placeProvider: string;
  dec: Day | null;
  /** '' while open. E99 only where stacking closed an episode whose ending no return recorded (stack-years.ts). */
  rec: string;
  reasonPlaceChange: string;
  homePost: string;
  plPost: string;
  urn: string;
}

export interface ReviewRecord extends From903 { child: string; dob: Day; review: Day; reviewCode: string }
export interface UascRecord extends From903 { child: string; sex: string; dob: Day; duc: Day | null }
export interface Oc2Record extends From903 {
  child: string; dob: Day; sdqScore: number | null; sdqReason: string; convicted: string; healthCheck: string;
  immunisations: string; teethCheck: string; healthAssessment: string; substanceMisuse: string;
  interventionReceived: string; interventionOffered: string;
}
export interface Oc3Record extends From903 { child: string; dob: Day; inTouch: string; activ: string; accom: string }
export interface Ad1Record extends From903 {
  child: string; dob: Day; dateInt: Day | null; dateMatch: Day | null; fosterCare: string; nbAdoptr: string; sexAdoptr: string; lsAdoptr: string;
}
export interface PlacedAdoptionRecord extends From903 { child: string; dob: Day; datePlaced: Day; datePlacedCeased: Day | null; reasonPlacedCeased: string }
export interface PrevPermRecord extends From903 { child: string; dob: Day; prevPerm: string; laPerm: string; datePerm: string }
export interface MissingRecord extends From903 { child: string; dob: Day; missing: string; misStart: Day; misEnd: Day | null }
export interface SwEpisodeRecord extends From903 { child: string; dob: Day; swId: string; swDecom: Day; swDec: Day | null; swReason: string }
export interface DoLoRecord extends From903 { child: string; dob: Day; doloStart: Day; doloEnd: Day | null }

/** SSDA903 tables stacked across returns into one history. */
export interface Ssda903Data {
  headers: HeaderRecord[];
  episodes: EpisodeRecord[];
  reviews: ReviewRecord[];
  uasc: UascRecord[];
  oc2: Oc2Record[];
  oc3: Oc3Record[];
  ad1: Ad1Record[];
  placedAdoption: PlacedAdoptionRecord[];
  prevPerm: PrevPermRecord[];
  missing: MissingRecord[];
  swEpisodes: SwEpisodeRecord[];
  dolo: DoLoRecord[];
  /** Each return read: its folder and collection year, and how the year was known. */
  returns: ReturnInfo[];
}

/** One SSDA903 return (a folder of 903 tables). */
export interface ReturnInfo {
  folder: string;
  year: CollectionYear;
  /** 'folder-name' when the folder is named for its year (903/2024-25); 'latest-date' when worked out from the data. */
  yearFrom: 'folder-name' | 'latest-date';
}

/** Standard Safeguarding Dataset records: monthly operational detail, each with its file and row (see From903). */
type FromSsd = SourceRow;
export interface SsdPersonRecord extends FromSsd { personId: string; sex: string; ethnicity: string; dob: Day | null; upnUnknown: string; sendFlag: string; deathDate: Day | null; nationality: string }
export interface SsdClaEpisodeRecord extends FromSsd { personId: string; start: Day; startReason: string; end: Day | null; endReason: string; claId: string; enteredCare: Day | null }
export interface SsdReviewRecord extends FromSsd { claId: string; due: Day | null; held: Day | null; cancelled: string; participation: string }
export interface SsdVisitRecord extends FromSsd { claId: string; personId: string; date: Day; seen: string; seenAlone: string }
export interface SsdHealthRecord extends FromSsd { personId: string; type: string; date: Day | null; status: string }
export interface SsdImmunisationRecord extends FromSsd { personId: string; status: string; date: Day | null }
export interface SsdSdqRecord extends FromSsd { personId: string; date: Day | null; reason: string; score: number | null }
export interface SsdMissingRecord extends FromSsd { personId: string; start: Day; type: string; end: Day | null; rhiOffered: string; rhiAccepted: string }
export interface SsdCareLeaverRecord extends FromSsd {
  personId: string; eligibility: string; inTouch: string; latestContact: Day | null; accommodation: string;
  accomSuitable: string; activity: string; pathwayPlanReview: Day | null; personalAdviser: string; team: string; workerId: string;
}
export interface SsdPlacementRecord extends FromSsd {
  personId: string; claId: string; start: Day; end: Day | null; type: string; urn: string;
  /** Miles from the child's home, as the council's system recorded it; null when not known. */
  distance: number | null;
  provider: string; postcode: string; changeReason: string;
}
export interface SsdInvolvementRecord extends FromSsd {
  role: string; team: string; start: Day | null; end: Day | null; changeReason: string; personId: string;
}
export interface SsdDepartmentRecord extends FromSsd { teamId: string; teamName: string; parentId: string; parentName: string }
/** A disability recorded for a person (one row per disability; the table has no dates). */
export interface SsdDisabilityRecord extends FromSsd { personId: string; code: string }

/** SSD tables read (empty arrays where a council supplied none). */
export interface SsdData {
  person: SsdPersonRecord[];
  claEpisodes: SsdClaEpisodeRecord[];
  reviews: SsdReviewRecord[];
  visits: SsdVisitRecord[];
  health: SsdHealthRecord[];
  immunisations: SsdImmunisationRecord[];
  sdq: SsdSdqRecord[];
  missing: SsdMissingRecord[];
  careLeavers: SsdCareLeaverRecord[];
  placements: SsdPlacementRecord[];
  involvements: SsdInvolvementRecord[];
  departments: SsdDepartmentRecord[];
  disabilities: SsdDisabilityRecord[];
}

/** Everything read from a council's files. */
export interface CouncilData {
  ssda903: Ssda903Data;
  ssd: SsdData;
}

/**
 * A table the council supplied, named by where it comes from: `ssda903.reviews`, `ssd.visits`. A table is
 * supplied when its file was read, even with no rows (a UASC file with only headings means "no UASC children",
 * not "no data"), so measures can tell zero from unknown.
 */
export type SuppliedTable = `ssda903.${Exclude<keyof Ssda903Data, 'returns'>}` | `ssd.${keyof SsdData}`;
