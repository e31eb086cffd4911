// Who counts as a care leaver at a month end, and what their latest contact says, from the SSD ssd_care_leavers table.
import type { Reason } from '../measure.ts';
import { ageOn, birthday, type Day, firstDayOfMonthsTo, formatUk } from '../../core/civil-date.ts';
import type { Episode, SsdCareLeaver } from '../../timeline/record-views.ts';
import type { ChildTimeline } from '../../timeline/child-timeline.ts';
import { NEVER_SUITABLE_ACCOMMODATION, REC_CARE_TRANSFERRED } from '../../ingest/code-lists.ts';
import { lookedAfterOn, SHORT_BREAK_STATUSES } from '../../timeline/looked-after-on.ts';
import { isRelevant, suitabilityWord } from '../../ingest/ssd-values.ts';

/** Adoption ends care without making a care leaver: the DfE validator's relevant/former-relevant test (903 rule 1001) requires the final episode not to end in adoption. */
const ADOPTED: ReadonlySet<string> = new Set(['E11', 'E12']);

/** Activity codes meaning education, employment or training (903 OC3 ACTIV; F3/P3 to 2020/21, F4/P4/F5/P5 from 2021/22). */
export const EET_ACTIVITIES: ReadonlySet<string> = new Set(['F1', 'P1', 'F2', 'P2', 'F3', 'P3', 'F4', 'P4', 'F5', 'P5']);

/** IN_TOUCH codes DfE leaves out of care-leaver figures, and what they mean: the monthly and the OC3 measures read this one list (contactEndedReason). */
const CONTACT_ENDED: Readonly<Record<string, string>> = { DIED: 'died after leaving care', RHOM: 'returned home to a parent for 6 months or more' };

/** What an IN_TOUCH code DfE leaves out of care-leaver figures means; undefined for any other code. */
export function contactEndedReason(inTouch: string): string | undefined {
  return Object.hasOwn(CONTACT_ENDED, inTouch) ? CONTACT_ENDED[inTouch] : undefined;
}

/** Where a young person stands at a month end, as a care leaver in an age band. */
export type CareLeaverStatus =
  /** Outside the age band, never recorded as relevant or former relevant, or not yet left care: no outcome at all. */
  | { kind: 'not-a-care-leaver' }
  /** In the age band and recorded as a care leaver, but left out of the cohort for a reason the panel should see. */
  | { kind: 'excluded'; reason: Reason }
  | {
    kind: 'care-leaver'; age: number; eligibility: string; monthEnd: Day; rows: readonly SsdCareLeaver[];
    /** The row with the latest contact date on or before the month end. */
    latest: SsdCareLeaver | null;
    windowStart: Day;
    /** Whether that contact falls in the three months to the month end. */
    inWindow: boolean;
  };

/**
 * Returns the first day of the contact window: the three calendar months ending with the month (1 January to
 * 31 March for March). A local definition: the DfE asks for the status "on or around" the birthday, which has no
 * monthly equivalent.
 */
export function contactWindowStart(monthEnd: Day): Day {
  return firstDayOfMonthsTo(monthEnd, 3);
}

/**
 * Tells whether a young person is a care leaver aged `minAge`–`maxAge` at the end of `monthEnd`, and finds their
 * latest care-leaver record with a contact date on or before it. A care leaver: any ssd_care_leavers row records
 * the eligibility "Relevant" or "Former relevant", and they had left care by the month end (their last period of
 * care ended on or before it, at 16 or over, other than by adoption; with no SSDA903 episodes, they left care before the
 * earliest return begins, `episodesFrom`, when it is on or before the day after the month end, or else a
 * contact is dated on or before it). Excluded: still looked after, care taken over by another council (REC E3),
 * died (SSD person death date or IN_TOUCH DIED) or returned home for 6 months or more (IN_TOUCH RHOM), as DfE excludes them from
 * care-leaver figures, and anyone whose care was all short breaks (V3/V4), which never makes a care leaver.
 * Rows with no contact date cannot be placed in time: they give the eligibility, and one saying DIED or RHOM
 * (the SSD leaves the date blank when not in touch) is taken as the status at every month end.
 */
export function careLeaverStatus(t: ChildTimeline, monthEnd: Day, minAge: number, maxAge: number, episodesFrom: Day | null = null): CareLeaverStatus {
  const rows = t.ssd.careLeavers;
  if (rows.length === 0) return { kind: 'not-a-care-leaver' };
  const age = ageOn(t.dob, monthEnd);
  if (age < minAge || age > maxAge) return { kind: 'not-a-care-leaver' };
  const relevant = rows.find((r) => isRelevant(r.eligibility));
  if (!relevant) return { kind: 'not-a-care-leaver' };
  const latest = latestContactRow(rows, monthEnd);
  // Shown in the child list: the category on the latest contact if it is relevant or former relevant, else any row's.
  const eligibility = latest && isRelevant(latest.eligibility) ? latest.eligibility : relevant.eligibility;
  const status = lookedAfterOn(t, monthEnd);
  if (status.kind === 'looked-after') {
    return { kind: 'excluded', reason: () => `Not counted: still looked after on ${formatUk(monthEnd)} (episode from ${formatUk(status.episode.decom)}, ${status.episode.file} row ${String(status.episode.row)}), so not yet a care leaver` };
  }
  const left = t.periods.findLast((p) => p.end !== null && p.end <= monthEnd);
  if (t.periods.length > 0) {
    // An episode still open after the 18th birthday is a recording lag: looked-after status ended at 18.
    if (!left && status.kind !== 'aged-18-or-over') return { kind: 'not-a-care-leaver' };
    // Care that ended before the 16th birthday makes no care leaver (a relevant child was looked after at 16 or
    // over, Children Act 1989 s.23A; DfE rule 1001 asks for a day in care after the 16th birthday), whatever the
    // SSD's undated category says, which comes from a later period: not yet one until that period ends. Before,
    // such a young person counted from their first leaving, but only when the returns reached back to it: a large
    // council's pathway-plan cohort at March 2024 was 1,703 from ten returns and 1,702 from three.
    // DEC is the first day not looked after, so care ending on the 16th birthday gives no day in care at 16 (rule
    // 1001 counts DEC less the later of DECOM and the birthday, and asks for 1 day or more).
    if (status.kind !== 'aged-18-or-over' && left?.end != null && left.end <= birthday(t.dob, 16)) return { kind: 'not-a-care-leaver' };
    const last = left?.episodes.at(-1);
    if (status.kind !== 'aged-18-or-over' && last && ADOPTED.has(last.rec)) return { kind: 'not-a-care-leaver' };
    // DfE care-leaver figures leave out young people whose care was taken over by another council (REC E3; 903 rule 1011).
    const transfer = status.kind === 'aged-18-or-over' ? null : endedByTransfer(t, monthEnd);
    if (transfer) {
      return { kind: 'excluded', reason: () => `Not counted: care was taken over by another council (REC E3, ${transfer.file} row ${String(transfer.row)}), as DfE care-leaver figures exclude` };
    }
  } else if (!latest && (episodesFrom === null || episodesFrom > monthEnd + 1)) {
    // No episode in any return: a young person in them only through their care-leaver information (OC3) left
    // care before the earliest return began, since a return holds every episode open at any time in its year.
    // Before then, or with no Episodes table, nothing says they had left care by the month end but a contact.
    // Before, a care leaver who left care before the returns and had no dated contact (the council not in
    // touch) was not counted: a large council with one return gave 19-21 in touch 75% against 74%.
    return { kind: 'not-a-care-leaver' };
  }
  // Short breaks (V3/V4) never make a care leaver (903 rule 1001), whatever the SSD row's eligibility says.
  if (t.episodes.length > 0 && t.episodes.every((e) => SHORT_BREAK_STATUSES.has(e.ls))) {
    return { kind: 'excluded', reason: () => `Not counted: recorded as ${eligibility} in the SSD, but every episode of care is a short break (legal status V3 or V4), and short breaks do not make a care leaver; check the eligibility (${where(relevant)})` };
  }
  const death = t.ssd.person?.deathDate ?? null;
  if (death !== null && death <= monthEnd) return { kind: 'excluded', reason: () => `Not counted: died on ${formatUk(death)} (SSD ssd_person), as DfE care-leaver figures exclude` };
  const latestEnded = latest ? contactEndedReason(latest.inTouch) : undefined;
  if (latest && latestEnded !== undefined) {
    return { kind: 'excluded', reason: () => `Not counted: ${latestEnded} (IN_TOUCH ${latest.inTouch}, contact ${formatUk(latest.latestContact)}, ${where(latest)}), as DfE care-leaver figures exclude` };
  }
  // The SSD leaves the contact date blank when the council is not in touch, so a row saying the young person
  // died or returned home usually has none: it cannot be placed in time and is taken as their status now.
  for (const undated of rows) {
    const ended = undated.latestContact === null ? contactEndedReason(undated.inTouch) : undefined;
    if (ended === undefined) continue;
    return {
      kind: 'excluded',
      reason: () => `Not counted: ${ended} (IN_TOUCH ${undated.inTouch} on a row with no contact date, ${where(undated)}, taken as the young person's status now), as DfE care-leaver figures exclude`,
    };
  }
  const windowStart = contactWindowStart(monthEnd);
  return { kind: 'care-leaver', age, eligibility, monthEnd, rows, latest, windowStart, inWindow: latest !== null && latest.latestContact >= windowStart };
}

/**
 * The episode that ended the young person's latest period of care by `day`, when it ended with REC E3 (care
 * taken over by another council in the UK); null otherwise. DfE care-leaver figures leave these young people
 * out (903 rule 1011).
 */
export function endedByTransfer(t: ChildTimeline, day: Day): Episode | null {
  const last = t.periods.findLast((p) => p.end !== null && p.end <= day)?.episodes.at(-1);
  return last?.rec === REC_CARE_TRANSFERRED ? last : null;
}

/**
 * Returns the care-leaver row with the latest contact date on or before `day` (the last such in the list, where
 * two share a date), or null: the row a young person's status at the day is taken from. Rows with no contact
 * date cannot be placed in time and are never it.
 */
export function latestContactRow(rows: readonly SsdCareLeaver[], day: Day): (SsdCareLeaver & { latestContact: Day }) | null {
  let latest: (SsdCareLeaver & { latestContact: Day }) | null = null;
  for (const r of rows) if (hasContactBy(r, day) && (latest === null || r.latestContact >= latest.latestContact)) latest = r;
  return latest;
}

function hasContactBy(r: SsdCareLeaver, day: Day): r is SsdCareLeaver & { latestContact: Day } {
  return r.latestContact !== null && r.latestContact <= day;
}

/** Reads the SSD suitability of accommodation: true suitable, false unsuitable, null not recorded. */
export function accommodationSuitable(r: SsdCareLeaver): boolean | null {
  // A 903-style accommodation: a letter, with or without the suitability digit (1 suitable, 2 unsuitable).
  const [, letter, digit] = /^([A-Z])([12])?$/.exec(r.accommodation.trim().toUpperCase()) ?? [];
  // No fixed abode and custody are never suitable, whatever the SSD's suitability says.
  if (letter !== undefined && NEVER_SUITABLE_ACCOMMODATION.has(letter)) return false;
  const word = suitabilityWord(r.accomSuitable);
  if (word !== null) return word;
  // Some councils record the 903 ACCOM code itself, digit and all.
  return digit === undefined ? null : digit === '1';
}

/** Names a row for the child list: file and row. */
export function where(r: SsdCareLeaver): string {
  return `${r.file} row ${String(r.row)}`;
}
