// What a timeline keeps of each record: the fields the measures, breakdowns and child lists read, with the file
// and row for the audit trail. Ingest and the checks need every column they type; once the checks have passed,
// a national run holds some 15 million records for the length of a series, and the columns no measure reads
// (the 903 collection year on tables read by day, codes only the checks look at, and the SSD row ids, which
// ingest no longer types at all) were about a third of them. Each view is a Pick of the ingest record, so the
// type checker names any measure that reads a field a view leaves out, and a full record can stand wherever a
// view is asked for (tests and examples).
import type {
  Ad1Record, EpisodeRecord, MissingRecord, Oc2Record, Oc3Record, PlacedAdoptionRecord, PrevPermRecord, ReviewRecord,
  SsdCareLeaverRecord, SsdDepartmentRecord, SsdDisabilityRecord, SsdHealthRecord, SsdImmunisationRecord, SsdInvolvementRecord, SsdMissingRecord, SsdPersonRecord,
  SsdPlacementRecord, SsdReviewRecord, SsdSdqRecord, SsdVisitRecord, SwEpisodeRecord, UascRecord,
} from '../ingest/records.ts';

// Each function below copies exactly the fields its type names: an object literal, so V8 gives every copy of a
// kind one compact shape with the fields inside the object.

export type Episode = Pick<EpisodeRecord, 'file' | 'row' | 'decom' | 'rne' | 'ls' | 'place' | 'placeProvider' | 'dec' | 'rec' | 'plPost' | 'urn'>;
export const episodeView = (r: EpisodeRecord): Episode => ({
  file: r.file, row: r.row, decom: r.decom, rne: r.rne, ls: r.ls, place: r.place, placeProvider: r.placeProvider, dec: r.dec, rec: r.rec,
  plPost: r.plPost, urn: r.urn,
});

export type Review = Pick<ReviewRecord, 'file' | 'row' | 'review'>;
export const reviewView = (r: ReviewRecord): Review => ({ file: r.file, row: r.row, review: r.review });

export type Missing = Pick<MissingRecord, 'file' | 'row' | 'missing' | 'misStart' | 'misEnd'>;
export const missingView = (r: MissingRecord): Missing => ({ file: r.file, row: r.row, missing: r.missing, misStart: r.misStart, misEnd: r.misEnd });

export type Oc2 = Pick<Oc2Record, 'file' | 'row' | 'year' | 'immunisations' | 'teethCheck' | 'healthAssessment'>;
export const oc2View = (r: Oc2Record): Oc2 => ({
  file: r.file, row: r.row, year: r.year, immunisations: r.immunisations, teethCheck: r.teethCheck, healthAssessment: r.healthAssessment,
});

export type Oc3 = Pick<Oc3Record, 'file' | 'row' | 'year' | 'inTouch' | 'activ' | 'accom'>;
export const oc3View = (r: Oc3Record): Oc3 => ({ file: r.file, row: r.row, year: r.year, inTouch: r.inTouch, activ: r.activ, accom: r.accom });

export type Ad1 = Pick<Ad1Record, 'file' | 'row' | 'dateInt' | 'dateMatch' | 'fosterCare'>;
export const ad1View = (r: Ad1Record): Ad1 => ({ file: r.file, row: r.row, dateInt: r.dateInt, dateMatch: r.dateMatch, fosterCare: r.fosterCare });

export type PlacedAdoption = Pick<PlacedAdoptionRecord, 'file' | 'row' | 'datePlaced' | 'datePlacedCeased'>;
export const placedAdoptionView = (r: PlacedAdoptionRecord): PlacedAdoption => ({
  file: r.file, row: r.row, datePlaced: r.datePlaced, datePlacedCeased: r.datePlacedCeased,
});

export type Uasc = Pick<UascRecord, 'file' | 'row' | 'year' | 'duc'>;
export const uascView = (r: UascRecord): Uasc => ({ file: r.file, row: r.row, year: r.year, duc: r.duc });

export type PrevPerm = Pick<PrevPermRecord, 'file' | 'row' | 'year' | 'prevPerm'>;
export const prevPermView = (r: PrevPermRecord): PrevPerm => ({ file: r.file, row: r.row, year: r.year, prevPerm: r.prevPerm });

export type SwEpisode = Pick<SwEpisodeRecord, 'file' | 'row' | 'swDecom'>;
export const swEpisodeView = (r: SwEpisodeRecord): SwEpisode => ({ file: r.file, row: r.row, swDecom: r.swDecom });

export type SsdPerson = Pick<SsdPersonRecord, 'file' | 'row' | 'sendFlag' | 'deathDate'>;
export const ssdPersonView = (r: SsdPersonRecord): SsdPerson => ({ file: r.file, row: r.row, sendFlag: r.sendFlag, deathDate: r.deathDate });

export type SsdReview = Pick<SsdReviewRecord, 'file' | 'row' | 'due' | 'held' | 'cancelled'>;
export const ssdReviewView = (r: SsdReviewRecord): SsdReview => ({ file: r.file, row: r.row, due: r.due, held: r.held, cancelled: r.cancelled });

export type SsdVisit = Pick<SsdVisitRecord, 'file' | 'row' | 'date' | 'seen' | 'seenAlone'>;
export const ssdVisitView = (r: SsdVisitRecord): SsdVisit => ({ file: r.file, row: r.row, date: r.date, seen: r.seen, seenAlone: r.seenAlone });

export type SsdHealth = Pick<SsdHealthRecord, 'file' | 'row' | 'type' | 'date' | 'status'>;
export const ssdHealthView = (r: SsdHealthRecord): SsdHealth => ({ file: r.file, row: r.row, type: r.type, date: r.date, status: r.status });

export type SsdImmunisation = Pick<SsdImmunisationRecord, 'file' | 'row' | 'status' | 'date'>;
export const ssdImmunisationView = (r: SsdImmunisationRecord): SsdImmunisation => ({ file: r.file, row: r.row, status: r.status, date: r.date });

export type SsdSdq = Pick<SsdSdqRecord, 'file' | 'row' | 'date' | 'reason' | 'score'>;
export const ssdSdqView = (r: SsdSdqRecord): SsdSdq => ({ file: r.file, row: r.row, date: r.date, reason: r.reason, score: r.score });

export type SsdMissing = Pick<SsdMissingRecord, 'file' | 'row' | 'start' | 'type' | 'end' | 'rhiOffered'>;
export const ssdMissingView = (r: SsdMissingRecord): SsdMissing => ({ file: r.file, row: r.row, start: r.start, type: r.type, end: r.end, rhiOffered: r.rhiOffered });

export type SsdCareLeaver = Pick<SsdCareLeaverRecord,
  'file' | 'row' | 'eligibility' | 'inTouch' | 'latestContact' | 'accommodation' | 'accomSuitable' | 'activity' | 'pathwayPlanReview' | 'team'>;
export const ssdCareLeaverView = (r: SsdCareLeaverRecord): SsdCareLeaver => ({
  file: r.file, row: r.row, eligibility: r.eligibility, inTouch: r.inTouch, latestContact: r.latestContact, accommodation: r.accommodation,
  accomSuitable: r.accomSuitable, activity: r.activity, pathwayPlanReview: r.pathwayPlanReview, team: r.team,
});

export type SsdPlacement = Pick<SsdPlacementRecord, 'file' | 'row' | 'claId' | 'start' | 'end' | 'type' | 'distance'>;
export const ssdPlacementView = (r: SsdPlacementRecord): SsdPlacement => ({
  file: r.file, row: r.row, claId: r.claId, start: r.start, end: r.end, type: r.type, distance: r.distance,
});

export type SsdDisability = Pick<SsdDisabilityRecord, 'file' | 'row' | 'code'>;
export const ssdDisabilityView = (r: SsdDisabilityRecord): SsdDisability => ({ file: r.file, row: r.row, code: r.code });

export type SsdInvolvement = Pick<SsdInvolvementRecord, 'file' | 'row' | 'role' | 'team' | 'start' | 'end'>;
export const ssdInvolvementView = (r: SsdInvolvementRecord): SsdInvolvement => ({ file: r.file, row: r.row, role: r.role, team: r.team, start: r.start, end: r.end });

/**
 * A row of ssd_department, which is about teams, not children: kept whole beside the timelines
 * (MeasureInput.departments), to name the teams involvements record and their parents (districts).
 */
export type SsdDepartment = Pick<SsdDepartmentRecord, 'teamId' | 'teamName' | 'parentId' | 'parentName'>;
export const ssdDepartmentView = (r: SsdDepartmentRecord): SsdDepartment => ({ teamId: r.teamId, teamName: r.teamName, parentId: r.parentId, parentName: r.parentName });
