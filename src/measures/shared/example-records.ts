// Builders for SSD and SSDA903 records in worked examples (synthetic; no real child data), dates written dd/mm/yyyy.
import type { MissingRecord, SsdHealthRecord, SsdImmunisationRecord, SsdMissingRecord, SsdPlacementRecord, SsdReviewRecord, SsdSdqRecord, SsdVisitRecord } from '../../ingest/records.ts';
import { exampleDay } from '../example-kit.ts';

let row = 1;
const next = (file: string) => ({ file, row: (row += 1) });

/** An ssd_cla_health row: a check of a type on a date, Completed unless told. */
export function healthCheck(type: string, date: string, status = 'Completed'): SsdHealthRecord {
  const source = next('ssd_cla_health.csv');
  return { personId: '', type, date: exampleDay(date), status, ...source };
}

/** An ssd_cla_immunisations row: immunisations up to date (Y/N) as last updated on a date. */
export function immunisation(status: 'Y' | 'N', date: string): SsdImmunisationRecord {
  return { personId: '', status, date: exampleDay(date), ...next('ssd_cla_immunisations.csv') };
}

/** An ssd_sdq_scores row: a score on a date, or a reason with no score. */
export function sdqScore(date: string, score: number | null, reason = ''): SsdSdqRecord {
  const source = next('ssd_sdq_scores.csv');
  return { personId: '', date: exampleDay(date), reason, score, ...source };
}

/** An ssd_cla_visits row: a visit on a date, whether the child was seen, and seen alone. */
export function visit(date: string, seen: 'Y' | 'N' | '' = 'Y', seenAlone: 'Y' | 'N' | '' = 'Y'): SsdVisitRecord {
  const source = next('ssd_cla_visits.csv');
  return { claId: 'CLA', personId: '', date: exampleDay(date), seen, seenAlone, ...source };
}

/** An ssd_cla_placement row: a placement of a type from a date (to a date, if it ended), with its recorded distance from home in miles. */
export function ssdPlacement(type: string, start: string, end: string | null, distance: number | null): SsdPlacementRecord {
  const source = next('ssd_cla_placement.csv');
  return {
    personId: '', claId: 'CLA', start: exampleDay(start), end: end === null ? null : exampleDay(end),
    type, urn: '', distance, provider: 'PR1', postcode: '', changeReason: '', ...source,
  };
}

/** An ssd_missing row: a missing or away episode with its return-interview flags. */
export function missingEpisode(type: string, start: string, end: string | null, rhiOffered = '', rhiAccepted = ''): SsdMissingRecord {
  const source = next('ssd_missing.csv');
  return { personId: '', start: exampleDay(start), type, end: end === null ? null : exampleDay(end), rhiOffered, rhiAccepted, ...source };
}

/** An SSDA903 Missing row: M (missing) or A (away), start and end. */
export function missing903(child: string, dob: string, code: 'M' | 'A', start: string, end: string | null): MissingRecord {
  return { child, dob: exampleDay(dob), missing: code, misStart: exampleDay(start), misEnd: end === null ? null : exampleDay(end), ...next('missing.csv'), year: 2026 };
}

/** An ssd_cla_reviews row: a review held on `held`, with the due date the council's system recorded, if any. */
export function ssdReview(held: string, recordedDue?: string, cancelled = 'N'): SsdReviewRecord {
  const source = next('ssd_cla_reviews.csv');
  return { claId: 'CLA', due: recordedDue ? exampleDay(recordedDue) : null, held: exampleDay(held), cancelled, participation: 'PN1', ...source };
}
