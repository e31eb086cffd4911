// Simulates a child's periods of care as SSDA903 episodes, obeying the DfE episode rules: episodes in a
// period abut and are joined by X1; no episode starts and ends on one day; RNE says what changed; temporary
// placements (T0–T4) return to the same placement and never start or end a period; care ends by 18.
import { birthday, dayFromYmd, type Day } from '../core/civil-date.ts';
import { milesBetween, placementPostcode } from './geography.ts';
import type { AdoptionJourney, SimEpisode, SimPeriod } from './model.ts';
import type { Random } from './random.ts';

/** Supported accommodation was H5 until 2023/24 and K3 from 2024/25 (903 rule 146). */
const K3_FROM = dayFromYmd(2024, 4, 1);

/** What kind of care history to simulate. */
export type CareKind = 'standard' | 'uasc' | 'short-breaks';

/** The child-level facts the simulation needs. */
export interface CareSubject {
  dob: Day;
  /** '' for an unaccompanied child with no home address. */
  homePost: string;
  kind: CareKind;
}

interface Placement {
  place: string;
  provider: string;
  plPost: string;
  urn: string;
  distance: number | null;
}

/** Simulates every period of care from `entry`, up to the extract date `end` (episodes in force then stay open). */
export function simulateCare(rng: Random, subject: CareSubject, entry: Day, end: Day, newPeriodId: () => string): SimPeriod[] {
  if (subject.kind === 'short-breaks') return shortBreaks(rng, subject, entry, end, newPeriodId);
  const periods: SimPeriod[] = [];
  let start = entry;
  // Some children go home and come back: up to three periods of care.
  for (let n = 0; n < 3 && start <= end && start < birthday(subject.dob, 18) - 7; n += 1) {
    const period = simulatePeriod(rng, subject, start, end, newPeriodId(), n === 0);
    periods.push(period);
    const last = period.episodes.at(-1);
    if (!last || last.dec === null) break;
    if (!['E4A', 'E4B', 'E13'].includes(last.rec) || !rng.chance(0.18)) break;
    start = last.dec + rng.int(45, 700);
    if (start >= birthday(subject.dob, 17)) break;
  }
  return periods;
}

function simulatePeriod(rng: Random, s: CareSubject, start: Day, end: Day, id: string, first: boolean): SimPeriod {
  const age = ageAt(s.dob, start);
  const eighteen = birthday(s.dob, 18);
  const uasc = s.kind === 'uasc';
  // How long the period lasts: many short stays, many long ones; never past the 18th birthday.
  const stay = uasc ? rng.int(200, 1400) : rng.weighted<number>([[rng.int(8, 90), 24], [rng.int(91, 540), 34], [rng.int(541, 3300), 42]]);
  let leave = Math.min(start + stay, eighteen);
  const adoptionPath = !uasc && age < 4 && leave - start > 420 && rng.chance(0.55);
  let ls = uasc ? 'V2' : adoptionPath ? 'C1' : age >= 10 && rng.chance(0.03) ? 'J1' : rng.weighted([['V2', 44], ['C1', 43], ['L2', 8], ['L1', 5]]);
  if (ls === 'J1') leave = Math.min(start + rng.int(10, 90), eighteen);
  const cin = uasc ? 'N8' : ls === 'J1' ? 'N6' : rng.weighted([['N1', 65], ['N4', 8], ['N5', 12], ['N3', 4], ['N8', 8], ['N7', 1], ['N6', 2]]);
  let placement = firstPlacement(rng, s, age, start);
  const episodes: SimEpisode[] = [episode(start, 'S', ls, placement)];

  // Planned events as [day, what]; applied in date order, each strictly after the current episode began.
  const events: [Day, string][] = [];
  if (ls === 'L1') events.push([start + rng.int(1, 3), rng.chance(0.5) ? 'C1' : 'V2']);
  if (ls === 'L2') events.push([start + rng.int(5, 20), 'C1']);
  if (ls === 'C1' || ls === 'L2' || ls === 'L1') events.push([start + rng.int(120, 400), 'C2']);
  if (ls === 'V2' && !uasc && rng.chance(0.12)) events.push([start + rng.int(30, 300), 'C1']);
  let adoption: AdoptionJourney | null = null;
  if (adoptionPath) {
    adoption = adoptionJourney(rng, start, leave);
    if (adoption.placementOrder !== null) events.push([adoption.placementOrder, 'E1']);
    // A decision that the child should no longer be placed for adoption ends the placement order, and the care
    // order revives (legal status C2): DfE rule 553 rejects an open E1 episode whose return records the decision
    // reversed, and rules 118 and 561 keep a reversed decision out of later returns, so an E1 carried on after it
    // would be a placement order with no decision in the returns.
    if (adoption.reversed !== null && adoption.placementOrder !== null) events.push([adoption.reversed, 'REVOKED']);
    if (adoption.placed !== null) events.push([adoption.placed, 'ADOPTIVE']);
    if (adoption.adopted !== null) leave = adoption.adopted;
  }
  // Placement moves: most children are settled, about a fifth are unstable; together about 1 in 10 children
  // looked after has three or more placements in a year, as in England.
  const moveRate = rng.chance(0.22) ? 1.9 : 0.18;
  for (let t = start + expDays(rng, moveRate); t < leave; t += expDays(rng, moveRate)) events.push([t, 'MOVE']);
  // Temporary moves (hospital, carer's holiday, short stays) for about 5% of children a year.
  for (let t = start + rng.int(30, 365); t < leave - 30; t += rng.int(200, 700)) if (rng.chance(0.1)) events.push([t, 'TEMP']);
  // A same-carer change: a short-term foster placement becomes long-term with the same carers (RNE T).
  if (rng.chance(0.3)) events.push([start + rng.int(300, 800), 'LONGTERM']);
  // Older teenagers often move to supported accommodation.
  const sixteenHalf = birthday(s.dob, 16) + 180;
  if (age < 17 && rng.chance(0.4)) events.push([sixteenHalf + rng.int(0, 200), 'SUPPORTED']);
  events.sort((a, b) => a[0] - b[0]);

  for (const [planned, what] of events) {
    const cur = episodes.at(-1);
    if (!cur) continue;
    // A reversal that falls during a temporary move (the move back is already an episode) takes effect the day
    // after the move back, and the decision's reversal is dated then: the order ends on the day it is reversed.
    const day = what === 'REVOKED' ? Math.max(planned, cur.decom + 1) : planned;
    if (day <= cur.decom || day >= leave || day > end) continue;
    const placedForAdoption = cur.place.startsWith('A');
    switch (what) {
      case 'C1':
      case 'C2':
      case 'V2':
      case 'E1':
        if (cur.ls === what || (cur.ls === 'E1' && what === 'C2')) break;
        ls = what;
        switch_(episodes, day, 'L', ls, placement, '');
        break;
      case 'REVOKED':
        if (cur.ls !== 'E1' || !adoption) break;
        ls = 'C2';
        adoption.reversed = day;
        switch_(episodes, day, 'L', ls, placement, '');
        break;
      case 'MOVE': {
        if (placedForAdoption || cur.place === 'P1' && rng.chance(0.5)) break;
        const next = movePlacement(rng, s, ageAt(s.dob, day), placement, day);
        if (next.place === placement.place && next.plPost === placement.plPost) break;
        placement = next;
        switch_(episodes, day, 'P', ls, placement, rng.weighted([['CARPL', 36], ['CREQB', 18], ['CREQO', 10], ['CHILD', 8], ['LAREQ', 10], ['STAND', 4], ['ALLEG', 2], ['CLOSE', 3], ['OTHER', 9]]));
        break;
      }
      case 'TEMP': {
        if (!placement.place.startsWith('U') || placedForAdoption) break;
        const [kind, days] = rng.weighted<[string, number]>([[['T3', rng.int(3, 18)], 45], [['T4', rng.int(2, 7)], 35], [['T1', rng.int(2, 35)], 15], [['T2', rng.int(3, 14)], 5]]);
        const back = day + days;
        if (back >= leave - 1 || back > end) break;
        const usual = placement;
        // Temporary placements have no provider (PLACE_PROVIDER is not given for T0–T4).
        switch_(episodes, day, 'P', ls, { place: kind, provider: '', plPost: usual.plPost, urn: '', distance: usual.distance }, 'CARPL');
        // Rule 383: after a temporary placement the child returns to the same placement.
        switch_(episodes, back, 'P', ls, usual, '');
        break;
      }
      case 'LONGTERM':
        if (placement.place === 'U6' || placement.place === 'U3') {
          placement = { ...placement, place: placement.place === 'U6' ? 'U4' : 'U1' };
          switch_(episodes, day, 'T', ls, placement, 'PLACE');
        }
        break;
      case 'SUPPORTED':
        if (placedForAdoption || ageAt(s.dob, day) < 16) break;
        placement = { place: day >= K3_FROM ? 'K3' : 'H5', provider: rng.chance(0.7) ? 'PR4' : 'PR1', ...where(rng, s, 0.35), urn: '' };
        switch_(episodes, day, 'P', ls, placement, 'CARPL');
        break;
      case 'ADOPTIVE': {
        if (!adoption) break;
        const withCarer = adoption.byFosterCarer && placement.place.startsWith('U');
        placement = { place: ls === 'E1' ? (withCarer ? 'A5' : 'A6') : withCarer ? 'A3' : 'A4', provider: withCarer ? placement.provider : rng.weighted([['PR1', 60], ['PR2', 15], ['PR5', 25]]), ...(withCarer ? { plPost: placement.plPost, distance: placement.distance } : where(rng, s, 0.55)), urn: withCarer ? placement.urn : 'XXXXXXX' };
        switch_(episodes, day, withCarer ? 'T' : 'P', ls, placement, 'CARPL');
        break;
      }
    }
  }

  const last = episodes.at(-1);
  if (last && leave <= end && leave > last.decom) {
    last.dec = leave;
    last.rec = leavingReason(rng, last, leave === eighteen, adoption !== null && adoption.adopted === leave, s.kind, ageAt(s.dob, leave));
    if (adoption && adoption.adopted !== leave) adoption.adopted = null;
  }
  if (adoption && (adoption.adopted ?? Infinity) > end) adoption.adopted = null;
  const prevPerm = first
    ? rng.weighted<{ code: string; date: string }>([[{ code: 'Z1', date: '' }, 85], [{ code: 'P4', date: '' }, 6], [{ code: 'P2', date: 'zz/zz/2019' }, 4], [{ code: 'P3', date: '' }, 3], [{ code: 'P1', date: '' }, 2]])
    : { code: 'Z1', date: '' };
  return { id, cin, episodes, adoption, prevPerm };
}

/** Ends the current episode on `day` with X1 and starts the next one (a change within the period). */
function switch_(episodes: SimEpisode[], day: Day, rne: string, ls: string, p: Placement, reasonChange: string): void {
  const prev = episodes.at(-1);
  if (!prev) return;
  prev.dec = day;
  prev.rec = 'X1';
  // REASON_PLACE_CHANGE is recorded on the ending episode when the placement changes (not for L changes).
  prev.reasonChange = rne === 'L' ? '' : reasonChange;
  episodes.push(episode(day, rne, ls, p));
}

function episode(decom: Day, rne: string, ls: string, p: Placement): SimEpisode {
  return { decom, dec: null, rne, ls, place: p.place, provider: p.provider, rec: '', reasonChange: '', plPost: p.plPost, urn: p.urn, distance: p.distance };
}

function firstPlacement(rng: Random, s: CareSubject, age: number, day: Day): Placement {
  const place = s.kind === 'uasc'
    ? age >= 16 ? rng.weighted([[day >= K3_FROM ? 'K3' : 'H5', 55], ['U6', 30], ['K2', 15]]) : rng.weighted([['U6', 70], ['K2', 30]])
    : typicalPlacement(rng, age, day);
  return makePlacement(rng, s, place);
}

function typicalPlacement(rng: Random, age: number, day: Day): string {
  if (age < 5) return rng.weighted([['U6', 60], ['U3', 20], ['U5', 6], ['P1', 5], ['R3', 4], ['U4', 5]]);
  if (age < 10) return rng.weighted([['U6', 62], ['U3', 18], ['U4', 8], ['P1', 6], ['K2', 4], ['R1', 2]]);
  if (age < 16) return rng.weighted([['U6', 52], ['U3', 11], ['U4', 8], ['K2', 20], ['P1', 5], ['K1', 1], ['R1', 2], ['S1', 1]]);
  return rng.weighted([['U6', 36], ['U3', 8], ['K2', 20], [day >= K3_FROM ? 'K3' : 'H5', 28], ['P1', 5], ['R5', 1], ['R2', 2]]);
}

function movePlacement(rng: Random, s: CareSubject, age: number, current: Placement, day: Day): Placement {
  for (let i = 0; i < 4; i += 1) {
    const place = typicalPlacement(rng, age, day);
    if (place !== 'P1' || rng.chance(0.3)) return makePlacement(rng, s, place);
  }
  return makePlacement(rng, s, current.place === 'U6' ? 'U4' : 'U6');
}

function makePlacement(rng: Random, s: CareSubject, place: string): Placement {
  if (place === 'P1') return { place, provider: 'PR0', plPost: s.homePost || placementPostcode(rng, 0), urn: '', distance: s.homePost ? 0 : null };
  const provider = providerFor(rng, place);
  // Chance the placement is outside the council's area, by kind (secure and private residential most often).
  const outside = place === 'K1' ? 0.9 : place === 'K2' ? (provider === 'PR4' ? 0.65 : 0.2) : place === 'R5' ? 0.8 : provider === 'PR4' ? 0.45 : 0.15;
  const urn = place === 'K1' || place === 'K2' ? `SC${String(rng.int(100_000, 999_999))}` : provider === 'PR4' || provider === 'PR5' ? String(rng.int(1_000_000, 9_999_999)) : '';
  return { place, provider, ...where(rng, s, outside), urn };
}

function where(rng: Random, s: CareSubject, outside: number): { plPost: string; distance: number | null } {
  const plPost = placementPostcode(rng, outside);
  return { plPost, distance: s.homePost ? milesBetween(rng, s.homePost, plPost) : null };
}

function providerFor(rng: Random, place: string): string {
  if (place.startsWith('U')) return rng.weighted([['PR1', 62], ['PR4', 30], ['PR5', 8]]);
  if (place === 'K2' || place === 'H5' || place === 'K3') return rng.weighted([['PR4', 75], ['PR1', 20], ['PR5', 5]]);
  if (place === 'K1') return rng.chance(0.7) ? 'PR2' : 'PR1';
  if (place === 'R2' || place === 'R5') return 'PR3';
  return rng.weighted([['PR1', 50], ['PR4', 40], ['PR5', 10]]);
}

function leavingReason(rng: Random, last: SimEpisode, atEighteen: boolean, adopted: boolean, kind: CareKind, age: number): string {
  if (adopted) return rng.chance(0.65) ? 'E11' : 'E12';
  if (last.ls === 'J1') return 'E14';
  if (atEighteen) {
    // E8 is never used just because a young person turned 18.
    return rng.weighted([['E17', last.place.startsWith('U') ? 40 : 0], ['E5', 35], ['E6', 10], ['E13', 10], ['E4A', 5]]);
  }
  if (kind === 'uasc') return rng.weighted([['E15', 20], ['E3', 30], ['E13', 25], ['E16', 10], ['E5', age >= 16 ? 15 : 0]]);
  const sgo = age < 16 ? 14 : 2;
  return rng.weighted([
    ['E4A', 44], ['E4B', 6], ['E13', 9], ['E45', sgo * 0.35], ['E46', sgo * 0.1], ['E47', sgo * 0.45], ['E48', sgo * 0.1],
    ['E41', 4], ['E3', 3], ['E8', 3], ['E9', age >= 12 ? 1 : 0], ['E5', age >= 16 ? 6 : 0], ['E6', age >= 16 ? 2 : 0],
  ]);
}

/** Dates of an adoption journey from entry: decision, placement order, match, placed, adopted (or reversed). */
function adoptionJourney(rng: Random, start: Day, leave: Day): AdoptionJourney {
  const decision = start + rng.int(120, 330);
  const placementOrder = decision + rng.int(20, 140);
  const match = placementOrder + rng.int(30, 260);
  const placed = match + rng.int(7, 45);
  const adopted = placed + rng.int(110, 320);
  const byFosterCarer = rng.chance(0.15);
  const reversedAt = rng.chance(0.08) ? placementOrder + rng.int(30, 200) : null;
  const couple = rng.chance(0.8);
  const reversedReason = reversedAt === null ? '' : rng.weighted([['RD1', 35], ['RD3', 30], ['RD4', 25], ['RD2', 10]]);
  // RD2, the court did not make a placement order: the decision is reversed at the hearing, and there is no order.
  const refused = reversedReason === 'RD2';
  const reversed = refused ? placementOrder : reversedAt;
  return {
    decision,
    placementOrder: refused ? null : placementOrder,
    match: reversed === null ? match : null,
    placed: reversed === null ? placed : null,
    adopted: reversed === null && adopted < leave + 2000 ? adopted : null,
    reversed,
    reversedReason,
    byFosterCarer,
    adopters: couple
      ? { number: '2', sex: rng.weighted([['MF', 85], ['FF', 9], ['MM', 6]]), legalStatus: rng.weighted([['L11', 70], ['L3', 15], ['L12', 8], ['L2', 4], ['L4', 3]]) }
      : { number: '1', sex: rng.chance(0.9) ? 'F1' : 'M1', legalStatus: 'L0' },
  };
}

/**
 * A disabled child's agreed series of short breaks (legal status V3): stays of 1–4 nights about monthly,
 * each its own period (RNE S); DfE limits are 17 days a stay and 75 days in 12 months.
 */
function shortBreaks(rng: Random, s: CareSubject, first: Day, end: Day, newPeriodId: () => string): SimPeriod[] {
  const periods: SimPeriod[] = [];
  const stop = Math.min(end, birthday(s.dob, 18) - 10, first + rng.int(365, 2000));
  const placement = makePlacement(rng, s, rng.chance(0.6) ? 'K2' : 'U6');
  for (let t = first; t < stop; t += rng.int(25, 45)) {
    const dec = t + rng.int(1, 4);
    const open = dec > end;
    periods.push({
      id: newPeriodId(),
      cin: 'N2',
      episodes: [{ ...episode(t, 'S', 'V3', placement), dec: open ? null : dec, rec: open ? '' : 'E13' }],
      adoption: null,
      prevPerm: { code: 'Z1', date: '' },
    });
    if (open) break;
  }
  return periods;
}

/** Whole years of age on a day (approximate is fine for choosing placements). */
function ageAt(dob: Day, day: Day): number {
  return Math.floor((day - dob) / 365.25);
}

/** Days until the next event of a Poisson process with `perYear` events a year. */
function expDays(rng: Random, perYear: number): number {
  return Math.max(1, Math.round((-Math.log(1 - rng.next()) / perYear) * 365));
}
