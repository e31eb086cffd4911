// Builds care leavers for worked examples: a period of care that ended, and their ssd_care_leavers rows.
import { formatUk } from '../../core/civil-date.ts';
import type { SsdCareLeaverRecord, SsdPersonRecord } from '../../ingest/records.ts';
import type { SuppliedTable } from '../../timeline/build-timelines.ts';
import { ALL_TABLES, exampleDay, type ExampleChild } from '../example-kit.ts';

/** One ssd_care_leavers row in a worked example; omitted fields take the values of an ordinary in-touch contact. */
export interface LeaverRow {
  /** Latest contact date (dd/mm/yyyy); null for a row with none, as SSD records when not in touch. */
  contact: string | null;
  inTouch?: string;
  activity?: string;
  accommodation?: string;
  suitable?: string;
  /** Pathway plan start or latest review (dd/mm/yyyy). */
  plan?: string;
  eligibility?: string;
}

let row = 0;

/** Makes a care leaver who left care on `left` (after three years in foster care, REC `rec`) with the given rows. */
export function careLeaver(child: string, dob: string, left: string, rows: readonly LeaverRow[], rec = 'E17'): ExampleChild {
  const startText = formatUk(exampleDay(left) - 3 * 365);
  return { child, dob, episodes: [{ start: startText, end: left, place: 'U4', rec }], ssd: { careLeavers: rows.map((r) => leaverRecord(child, r)) } };
}

/** Makes one ssd_care_leavers record. */
export function leaverRecord(child: string, r: LeaverRow): SsdCareLeaverRecord {
  row += 1;
  return {
    personId: child, eligibility: r.eligibility ?? 'Former Relevant', inTouch: r.inTouch ?? 'YES',
    latestContact: r.contact === null ? null : exampleDay(r.contact), accommodation: r.accommodation ?? 'U', accomSuitable: r.suitable ?? 'Suitable',
    activity: r.activity ?? 'F2', pathwayPlanReview: r.plan === undefined ? null : exampleDay(r.plan), personalAdviser: 'PA1', team: 'Leaving care',
    workerId: 'PA1', file: 'worked-example ssd_care_leavers', row,
  };
}

// The SSD person record of a young person who died on `date`.
function diedOn(child: string, date: string): SsdPersonRecord {
  return { personId: child, sex: 'M', ethnicity: 'WBRI', dob: null, upnUnknown: '', sendFlag: '', deathDate: exampleDay(date), nationality: '', file: 'worked-example ssd_person', row: 2 };
}

/** Every table except ssd_care_leavers: what a council without care-leaver data supplies. */
export const WITHOUT_CARE_LEAVERS: SuppliedTable[] = ALL_TABLES.filter((t) => t !== 'ssd.careLeavers');

/** Adds an SSD person record saying the young person died on `date`. */
export function died(c: ExampleChild, date: string): ExampleChild {
  return { ...c, ssd: { ...c.ssd, person: diedOn(c.child, date) } };
}
