// Typed records read from SSDA903 files. Dates are day numbers; codes are trimmed and upper-cased.
import type { Day } from '../core/civil-date.ts';

/** Where a record came from, for error messages and the child-level audit trail. */
export interface SourceRow {
  file: string;
  row: number;
}

/** One child's row in the SSDA903 Header table. */
export interface HeaderRecord {
  child: string;
  sex: string;
  dob: Day;
  ethnic: string;
  upn: string;
  mother: string;
  mcDob: Day | null;
  source: SourceRow;
}

/** One SSDA903 episode: a spell with one legal status and one placement. */
export interface EpisodeRecord {
  child: string;
  decom: Day;
  rne: string;
  ls: string;
  cin: string;
  place: string;
  placeProvider: string;
  dec: Day | null;
  rec: string;
  reasonPlaceChange: string;
  homePost: string;
  plPost: string;
  urn: string;
  source: SourceRow;
}

/** The SSDA903 tables carestats has read so far; other tables are recognised and kept for later stages. */
export interface Ssda903Data {
  headers: HeaderRecord[];
  episodes: EpisodeRecord[];
}
