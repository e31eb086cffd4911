// The monthly care-leaver measures share one shape: care leavers in an age band, each judged on their latest contact.
import { addMonths, ageOn, formatUk, type Day } from '../../core/civil-date.ts';
import { monthKeyOf } from '../../core/month.ts';
import { keptReason, reasonText, type ChildOutcome, type MeasureInput, type MeasureResult, type Reason, valueFromParts } from '../measure.ts';
import { isRelevant } from '../../ingest/ssd-values.ts';
import { accommodationSuitable, careLeaverStatus, contactWindowStart, EET_ACTIVITIES, where, type CareLeaverStatus } from './care-leaver-status.ts';
import { firstWhere } from './dated-range.ts';
import type { ChildTimeline } from '../../timeline/child-timeline.ts';
import { memoFor, memoForDay } from './input-memo.ts';
import { unavailableBefore, unavailableUnless } from './unavailable.ts';

/** A care leaver in the cohort, with their latest contact. */
export type CareLeaver = Extract<CareLeaverStatus, { kind: 'care-leaver' }>;

/** Decides whether one care leaver meets a measure, with the reason. */
export type CareLeaverJudge = (leaver: CareLeaver) => { met: boolean; reason: Reason };

/**
 * Computes a care-leaver percentage at a month end: care leavers aged `ages` who meet `judge`, over all of them.
 * Unavailable when the care-leaver records (dated by their contacts) begin after the contact window does: a
 * care leaver seen before then would count as out of touch, or have no row to judge.
 */
export function careLeaverPercent(input: MeasureInput, monthEnd: Day, id: string, ages: readonly [number, number], decimals: number, judge: CareLeaverJudge): MeasureResult {
  const unavailable = unavailableUnless(input, id, monthEnd, ['ssd.careLeavers']) ?? unavailableBefore(input, id, monthEnd, 'ssd.careLeavers', contactWindowStart(monthEnd));
  if (unavailable) return unavailable;
  const children: ChildOutcome[] = [];
  let numerator = 0;
  let denominator = 0;
  for (const { t, status } of careLeaversAt(input, monthEnd, ages)) {
    if (status.kind === 'excluded') {
      children.push({ child: t.child, inCohort: false, met: null, reason: keptReason(input, status.reason) });
      continue;
    }
    const { met, reason } = judge(status);
    denominator += 1;
    if (met) numerator += 1;
    children.push({ child: t.child, inCohort: true, met, reason: keptReason(input, () => `Aged ${String(status.age)}, ${status.eligibility.toLowerCase()}: ${reasonText(reason)}`) });
  }
  const value = valueFromParts('percent', decimals, numerator, denominator);
  return { id, month: monthKeyOf(monthEnd), numerator, denominator, value, children };
}

/** Each young person's care-leaver status in an age band at a month end, leaving out those who are not care leavers; shared by the measures of one band. */
function careLeaversAt(input: MeasureInput, monthEnd: Day, ages: readonly [number, number]): readonly CareLeaverAt[] {
  return memoForDay(input, monthEnd, `care-leavers|${String(ages[0])}|${String(ages[1])}`, () => {
    // A band inside the widest one the measures use is that band's part of it: a status depends on the band
    // only through the age test (careLeaverStatus), so each young person is judged once per month end.
    if (ages[0] >= WIDEST[0] && ages[1] <= WIDEST[1] && (ages[0] !== WIDEST[0] || ages[1] !== WIDEST[1])) {
      return careLeaversAt(input, monthEnd, WIDEST).filter(({ t }) => {
        const age = ageOn(t.dob, monthEnd);
        return age >= ages[0] && age <= ages[1];
      });
    }
    // Only the young people recorded as relevant or former relevant whose age is in the band can be care leavers
    // in it: with them in order of birth, the band is one run of the list, found by binary search (age falls as
    // the date of birth gets later). Back in input order, so the child list reads as every other measure's.
    const byBirth = careLeaverCandidates(input);
    const returnsFrom = episodesFrom(input);
    const from = firstWhere(byBirth, (c) => ageOn(c.t.dob, monthEnd) <= ages[1]);
    const to = firstWhere(byBirth, (c) => ageOn(c.t.dob, monthEnd) < ages[0]);
    return byBirth.slice(from, Math.max(from, to)).sort((a, b) => a.position - b.position).flatMap(({ t }) => {
      const status = careLeaverStatus(t, monthEnd, ages[0], ages[1], returnsFrom);
      return status.kind === 'not-a-care-leaver' ? [] : [{ t, status }];
    });
  });
}

/**
 * The day from which the SSDA903 returns hold every episode (the earliest return's start, MeasureInput.returnsBegin,
 * a whole-data fact every share of a sharded read has), when the Episodes table was supplied; otherwise null.
 */
function episodesFrom(input: MeasureInput): Day | null {
  return input.supplied.has('ssda903.episodes') ? (input.returnsBegin ?? null) : null;
}

/** A young person who is a care leaver (or excluded from the figures) in an age band at a month end. */
interface CareLeaverAt {
  t: ChildTimeline;
  status: Exclude<CareLeaverStatus, { kind: 'not-a-care-leaver' }>;
}

/** The widest age band of the care-leaver measures (pathway plans, 16 to 21); the others lie inside it. */
const WIDEST: readonly [number, number] = [16, 21];

/** The young people with a care-leaver row recording them as relevant or former relevant, in order of date of birth (then input order). */
function careLeaverCandidates(input: MeasureInput): readonly { t: ChildTimeline; position: number }[] {
  return memoFor(input, 'care-leaver-candidates', () =>
    input.timelines
      .flatMap((t, position) => (t.ssd.careLeavers.some((r) => isRelevant(r.eligibility)) ? [{ t, position }] : []))
      .sort((a, b) => a.t.dob - b.t.dob || a.position - b.position),
  );
}

/** Explains why a care leaver has no usable contact, or returns null when their latest contact is in the window; the words are made only when read. */
function noContact(l: CareLeaver): (() => string) | null {
  if (!l.latest) {
    // A contact dated after the month end only: the extract may hold each young person's current row alone
    // (see CARE_LEAVER_SOURCES), which cannot say how they stood then. Said, so an analyst reading an early
    // month of a series knows why.
    // Looked for only when the words are read (explain, child lists), not for every figure.
    return () => {
      const later = l.rows.some((r) => r.latestContact !== null && r.latestContact > l.monthEnd);
      const note = later ? '; the only contacts recorded are dated after the month end (an extract holding only each young person’s current status cannot say how they stood then)' : '';
      return `no dated contact recorded by the month end (ssd_care_leavers latest contact date), so no contact in the window: counted as not in touch${note}`;
    };
  }
  const latest = l.latest;
  if (!l.inWindow) return () => `latest contact ${formatUk(latest.latestContact ?? 0)} (${where(latest)}) is before ${formatUk(l.windowStart)}: no contact in the three months, counted as not in touch`;
  return null;
}

/** In touch: the latest contact falls in the three months to the month end and records IN_TOUCH YES. */
export const judgeInTouch: CareLeaverJudge = (l) => {
  const none = noContact(l);
  if (none !== null || !l.latest) return { met: false, reason: none ?? '' };
  const latest = l.latest;
  const text = () => `contact ${formatUk(latest.latestContact ?? 0)} records in touch "${latest.inTouch || 'blank'}" (${where(latest)})`;
  const met = latest.inTouch === 'YES';
  return { met, reason: () => (met ? `in touch: ${text()}` : `not in touch: ${text()}`) };
};

/** In education, employment or training: the latest contact in the window records an F or P activity code. */
export const judgeEet: CareLeaverJudge = (l) => {
  const none = noContact(l);
  if (none !== null || !l.latest) return { met: false, reason: () => `${none?.() ?? ''}; activity unknown, counted as not in education, employment or training` };
  const latest = l.latest;
  const code = latest.activity;
  const at = () => `contact ${formatUk(latest.latestContact ?? 0)} (${where(latest)})`;
  if (EET_ACTIVITIES.has(code)) return { met: true, reason: () => `in education, employment or training: activity ${code} at ${at()}` };
  if (code === '' || code === '0') return { met: false, reason: () => `no activity recorded at ${at()}, counted as not in education, employment or training` };
  return { met: false, reason: () => `not in education, employment or training: activity ${code} at ${at()}` };
};

/** In suitable accommodation: the latest contact in the window records the accommodation as suitable. */
export const judgeSuitable: CareLeaverJudge = (l) => {
  const none = noContact(l);
  if (none !== null || !l.latest) return { met: false, reason: () => `${none?.() ?? ''}; accommodation unknown, counted as not suitable` };
  const latest = l.latest;
  const suitable = accommodationSuitable(latest);
  const at = () => `accommodation "${latest.accommodation || 'blank'}" recorded "${latest.accomSuitable || 'blank'}" at contact ${formatUk(latest.latestContact ?? 0)} (${where(latest)})`;
  if (suitable === true) return { met: true, reason: () => `suitable: ${at()}` };
  if (suitable === false) return { met: false, reason: () => `not suitable: ${at()}` };
  return { met: false, reason: () => `suitability not recorded: ${at()}; counted as not suitable` };
};

/**
 * Pathway plan up to date: the latest pathway plan start or review dated on or before the month end was no
 * more than 6 months before it (Care Leavers (England) Regulations 2010, reg 7: review at least every 6 months).
 */
export const judgePathwayPlan: CareLeaverJudge = (l) => {
  let best: (typeof l.rows)[number] | null = null;
  for (const r of l.rows) if (r.pathwayPlanReview !== null && r.pathwayPlanReview <= l.monthEnd && (best === null || r.pathwayPlanReview > (best.pathwayPlanReview ?? r.pathwayPlanReview))) best = r;
  const day = best?.pathwayPlanReview ?? null;
  if (best === null || day === null) return { met: false, reason: 'no pathway plan start or review dated on or before the month end' };
  const row = best;
  const due = addMonths(day, 6);
  const text = () => `pathway plan last reviewed ${formatUk(day)} (${where(row)}), next review due by ${formatUk(due)}`;
  return due >= l.monthEnd ? { met: true, reason: () => `up to date: ${text()}` } : { met: false, reason: () => `overdue: ${text()}` };
};
