// Simulates what happens to a child while looked after and after leaving care: statutory reviews and visits
// (mostly on time, some late), health and dental checks (with dips in August and December), SDQs, missing
// episodes (mostly teenagers in residential care), worker allocations, and care leavers' contacts to 21.
import { addMonths, birthday, ymdFromDay, type Day } from '../core/civil-date.ts';
import type { SimAllocation, SimChild, SimEpisode, SimLeaverContact, SimPeriod } from './model.ts';
import type { Random } from './random.ts';

/** Teams and workers the child can be allocated to, by district. */
export interface Workforce {
  childrenInCareTeams(districtId: string): readonly string[];
  careLeaverTeam(districtId: string): string;
  /** A worker id in a team (workers are numbered within teams). */
  worker(rng: Random, team: string): string;
}

/** Fills in a child's reviews, visits, health, SDQ, missing episodes, allocations and care-leaver record. */
export function simulateActivity(rng: Random, child: SimChild, end: Day, visitsFrom: Day, workforce: Workforce): void {
  for (const period of child.periods) {
    const first = period.episodes[0];
    if (!first) continue;
    const shortBreak = first.ls === 'V3' || first.ls === 'V4';
    const periodEnd = period.episodes.at(-1)?.dec ?? null;
    // Activity happens while looked after: strictly before the day care ends.
    const lastDay = Math.min(end, (periodEnd ?? Infinity) - 1);
    if (!shortBreak) {
      reviews(rng, child, period, first.decom, lastDay);
      visits(rng, child, period, Math.max(first.decom, visitsFrom), lastDay);
      health(rng, child, first.decom, lastDay);
      missing(rng, child, period.episodes, lastDay);
    }
    allocations(rng, child, first.decom, periodEnd, end, workforce);
  }
  careLeaver(rng, child, end, workforce);
  child.substanceMisuse = ageOf(child, end) >= 13 && rng.chance(0.04);
  child.convicted = ageOf(child, end) >= 12 && rng.chance(0.03);
}

/** Care Planning Regulations 2010, reg 33: first review within 20 working days, second within 3 months, then 6-monthly. */
function reviews(rng: Random, child: SimChild, period: SimPeriod, start: Day, lastDay: Day): void {
  // About 28 calendar days is 20 working days; the generator need not be exact, the measures are.
  let due = start + 27;
  for (let n = 0; due <= lastDay + 40; n += 1) {
    const date = rng.chance(0.9) ? due - rng.int(0, 12) : due + rng.int(1, 45);
    if (date > lastDay) break;
    const age = ageOf(child, date);
    const participation = age < 4 ? 'PN0' : rng.weighted([['PN1', 48], ['PN2', 8], ['PN3', 3], ['PN4', 4], ['PN5', 12], ['PN6', 18], ['PN7', 7]]);
    child.reviews.push({ due, date, participation, periodId: period.id });
    due = addMonths(date, n === 0 ? 3 : 6);
  }
}

/** Regulation 28: visits at least every 6 weeks (within a week of a new placement), with some late. */
function visits(rng: Random, child: SimChild, period: SimPeriod, from: Day, lastDay: Day): void {
  if (from > lastDay) return;
  const placementStarts = period.episodes.filter((e) => e.rne === 'S' || e.rne === 'P').map((e) => e.decom);
  let day = from + rng.int(2, 7);
  while (day <= lastDay) {
    const age = ageOf(child, day);
    const seen = rng.chance(0.97);
    child.visits.push({ date: day, seen, seenAlone: seen && age >= 4 && rng.chance(0.82), periodId: period.id });
    const today = day;
    const nextPlacement = placementStarts.find((d) => d > today && d < today + 42);
    day = nextPlacement !== undefined ? nextPlacement + rng.int(1, 7) : day + (rng.chance(0.88) ? rng.int(20, 42) : rng.int(43, 70));
  }
}

/** Health assessments (6-monthly under 5, yearly from 5) and dental checks, mostly on time, fewer in Aug and Dec. */
function health(rng: Random, child: SimChild, start: Day, lastDay: Day): void {
  let next = start + rng.int(10, 40);
  while (next <= lastDay) {
    const refused = ageOf(child, next) >= 13 && rng.chance(0.05);
    child.health.push({ type: 'Health Assessment', date: next, status: refused ? 'Refused' : 'Completed' });
    const interval = ageOf(child, next) < 5 ? 182 : 365;
    next += rng.chance(0.88) ? interval - rng.int(0, 30) : interval + rng.int(5, 90);
  }
  if (ageOf(child, start) >= 1 || lastDay - birthday(child.dob, 1) > 0) {
    let dental = Math.max(start, birthday(child.dob, 1)) + rng.int(20, 120);
    while (dental <= lastDay) {
      const month = ymdFromDay(dental).month;
      // Seasonal dips: dentists' holidays in August and December push checks into the next month.
      if ((month === 8 || month === 12) && rng.chance(0.6)) dental += rng.int(20, 40);
      if (dental > lastDay) break;
      child.health.push({ type: 'Dental Check', date: dental, status: 'Completed' });
      dental += rng.chance(0.8) ? rng.int(300, 365) : rng.int(366, 480);
    }
  }
  for (let d = start + rng.int(30, 200); d <= lastDay; d += 365) child.immunisationsUpToDate.push({ date: d, upToDate: rng.chance(0.86) });
  for (let d = Math.max(start + 330, birthday(child.dob, 4)) + rng.int(0, 60); d <= lastDay && d < birthday(child.dob, 17); d += rng.int(330, 380)) {
    child.sdq.push({ date: d, score: clamp(Math.round(normal(rng, 14, 7)), 0, 40) });
  }
}

/** Missing and away episodes: mostly teenagers in residential or supported placements. */
function missing(rng: Random, child: SimChild, episodes: readonly SimEpisode[], lastDay: Day): void {
  const proneness = rng.chance(0.3) ? 1 : 0.15;
  for (const e of episodes) {
    const to = Math.min(e.dec ?? Infinity, lastDay + 1);
    for (let month = e.decom; month < to; month += 30) {
      const age = ageOf(child, month);
      if (age < 11) continue;
      const residential = ['K1', 'K2', 'H5', 'K3', 'R1'].includes(e.place);
      const perMonth = (residential ? 0.35 : 0.04) * proneness * (age >= 14 ? 1.5 : 0.6);
      if (!rng.chance(perMonth)) continue;
      const start = month + rng.int(0, 29);
      if (start >= to) continue;
      const back = start + rng.weighted([[0, 30], [1, 45], [2, 15], [rng.int(3, 10), 10]]);
      const type = rng.chance(0.7) ? 'M' : 'A';
      const ended = back < to ? back : null;
      const offered = type === 'M' && ended !== null ? (rng.chance(0.85) ? 'Y' : 'N') : 'NA';
      const last = child.missing.at(-1);
      if (last && (last.end === null || start <= last.end)) continue;
      child.missing.push({ start, end: ended, type, rhiOffered: offered, rhiAccepted: offered === 'Y' ? (rng.chance(0.6) ? 'Y' : 'N') : 'NA' });
    }
  }
}

/** An allocated social worker in a children-in-care team of the child's district; changes every 6–20 months. */
function allocations(rng: Random, child: SimChild, start: Day, periodEnd: Day | null, end: Day, workforce: Workforce): void {
  const teams = workforce.childrenInCareTeams(child.districtId);
  let team = teams[rng.int(0, teams.length - 1)] ?? '';
  let from = start;
  let reason = 'FCONTA';
  const stop = periodEnd ?? Infinity;
  while (from < stop && from <= end) {
    const until = from + rng.int(180, 600);
    const closes = until >= stop || until > end;
    child.allocations.push({ worker: workforce.worker(rng, team), team, role: 'Allocated Social Worker', start: from, end: closes ? (periodEnd !== null && periodEnd <= end ? periodEnd : null) : until, reason });
    if (closes) break;
    from = until;
    reason = rng.weighted([['LEFTRL', 40], ['MANAGE', 25], ['TSPROC', 15], ['ORGRST', 8], ['ABSENC', 5], ['CHCHAN', 3], ['OTHERS', 4]]);
    if (rng.chance(0.1)) team = teams[rng.int(0, teams.length - 1)] ?? team;
  }
}

/**
 * Care leavers: a young person looked after for at least 13 weeks after their 14th birthday, and in care
 * after their 16th, who left care at 16 or over (not adopted, not to special guardianship), has a personal
 * adviser and regular contacts until 21 recording whether in touch, their activity and accommodation.
 */
function careLeaver(rng: Random, child: SimChild, end: Day, workforce: Workforce): void {
  const fourteen = birthday(child.dob, 14);
  const sixteen = birthday(child.dob, 16);
  let daysAfter14 = 0;
  let left: SimEpisode | null = null;
  for (const p of child.periods) {
    for (const e of p.episodes) {
      if (e.ls === 'V3' || e.ls === 'V4') continue;
      const to = e.dec ?? end;
      daysAfter14 += Math.max(0, to - Math.max(e.decom, fourteen));
    }
    const last = p.episodes.at(-1);
    if (last?.dec != null && last.dec >= sixteen && ['E5', 'E6', 'E17', 'E13', 'E4A', 'E4B', 'E8', 'E9'].includes(last.rec)) left = last;
  }
  if (!left || left.dec === null || daysAfter14 < 91 || left.dec > end) return;
  // A young person who came back into care and whose final care was taken over by another council (REC E3) or
  // ended in adoption is not this council's care leaver: DfE rules 1011 and 1001 reject care-leaver information
  // for them. Before, their earlier leaving made them one, so with the returns of that leaving the measures left
  // them out (E3) and without them counted them. Their draws are still made, so the rest of the council is unchanged.
  const final = child.periods.at(-1)?.episodes.at(-1);
  const counts = !(final && final !== left && final.dec !== null && final.dec <= end && ['E3', 'E11', 'E12'].includes(final.rec));
  const leftOn = left.dec;
  const team = workforce.careLeaverTeam(child.districtId);
  const adviser: SimAllocation = { worker: workforce.worker(rng, team), team, role: 'Personal Adviser', start: leftOn, end: null, reason: 'TSPROC' };
  if (counts) child.allocations.push(adviser);
  // Most are in touch and in suitable accommodation; about half are in education, employment or training.
  const engaged = rng.chance(0.95);
  let activity = pickActivity(rng, ageOf(child, leftOn));
  let accommodation = pickAccommodation(rng, ageOf(child, leftOn), left.rec);
  let plan = leftOn;
  const contacts: SimLeaverContact[] = [];
  const stop = Math.min(end, birthday(child.dob, 21) + 60);
  for (let d = leftOn + rng.int(7, 40); d <= stop; d += rng.int(25, 75)) {
    const inTouch = engaged ? (rng.chance(0.96) ? 'YES' : 'NO') : rng.weighted([['NO', 60], ['REFU', 30], ['YES', 10]]);
    if (rng.chance(0.2)) activity = pickActivity(rng, ageOf(child, d));
    if (rng.chance(0.12)) accommodation = pickAccommodation(rng, ageOf(child, d), '');
    if (d - plan > 150) plan = rng.chance(0.85) ? d : plan;
    contacts.push(inTouch === 'YES' ? { date: d, inTouch, activity, accommodation, pathwayPlanReview: plan } : { date: d, inTouch, activity: 'G5', accommodation: '0', pathwayPlanReview: plan });
  }
  if (counts) child.careLeaver = { eligibility: 'Former Relevant', contacts };
}

function pickActivity(rng: Random, age: number): string {
  const eet = age < 19 ? 0.64 : 0.54;
  if (rng.chance(eet)) return rng.weighted(age < 19 ? [['F2', 55], ['P2', 10], ['F4', 10], ['F5', 15], ['P5', 10]] : [['F1', 15], ['P1', 3], ['F2', 22], ['P2', 5], ['F4', 10], ['P4', 2], ['F5', 30], ['P5', 13]]);
  return rng.weighted([['G5', 65], ['G4', 20], ['G6', 15]]);
}

function pickAccommodation(rng: Random, age: number, rec: string): string {
  const letter = rec === 'E17' ? 'Z' : rng.weighted([['U', age < 19 ? 15 : 40], ['D', 18], ['E', 10], ['B', 12], ['Z', age >= 18 ? 8 : 0], ['K', 4], ['T', 3], ['C', 2], ['X', 2], ['S', 1], ['V', 1], ['W', 1], ['Y', 2]]);
  // Custody, homelessness, emergency accommodation and B&B are never suitable (S1 and X1 are not valid codes).
  const unsuitable = ['X', 'S', 'V', 'W'].includes(letter) || rng.chance(0.02);
  return `${letter}${unsuitable ? '2' : '1'}`;
}

function ageOf(child: SimChild, day: Day): number {
  return Math.floor((day - child.dob) / 365.25);
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

/** A normal deviate by the Box–Muller transform. */
function normal(rng: Random, mean: number, sd: number): number {
  const u = 1 - rng.next();
  const v = rng.next();
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
