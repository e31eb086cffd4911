// Generates a synthetic council's SSDA903 Header and Episodes, obeying the DfE episode rules: periods of care
// joined by X1, abutting episodes, no same-day episodes, RNE that matches what changed, care ending by 18.
// Synthetic only: no real child data is used or imitated.
import { addMonths, birthday, formatUk, ymdFromDay, type Day } from '../core/civil-date.ts';
import type { LaConfig } from '../config/la-config.ts';
import { seededRandom, type Random } from './random.ts';

/** Named sizes: roughly how many children are looked after at any one time. */
export const SIZES = { small: 150, medium: 600, large: 2_500, national: 80_000 } as const;
export type SizeName = keyof typeof SIZES;

/** Options for a synthetic council. */
export interface GenerateOptions {
  seed: number;
  size: SizeName;
  /** The extract date: nothing after it is generated, and episodes in force on it are left open. */
  end: Day;
  /** Years of history before `end`. */
  years: number;
}

/** The generated tables as rows of strings in DfE column order, and the council's configuration. */
export interface GeneratedCouncil {
  header: string[][];
  episodes: string[][];
  config: LaConfig;
}

interface Episode {
  decom: Day;
  dec: Day | null;
  rne: string;
  ls: string;
  place: string;
  provider: string;
  rec: string;
  reasonChange: string;
  plPost: string;
}

// Age at entry to care, weighted roughly as England's starters (under 1s and teenagers most common).
const ENTRY_AGE: readonly (readonly [number, number])[] = [
  [0, 20], [1, 5], [2, 4], [3, 4], [4, 4], [5, 4], [6, 4], [7, 3], [8, 3], [9, 3],
  [10, 4], [11, 4], [12, 5], [13, 6], [14, 8], [15, 8], [16, 8], [17, 3],
];
const ETHNICITY: readonly (readonly [string, number])[] = [
  ['WBRI', 70], ['WOTH', 5], ['MWBC', 4], ['MOTH', 4], ['BAFR', 4], ['AOTH', 3], ['APKN', 3], ['BCRB', 2], ['OOTH', 3], ['NOBT', 2],
];
const HOME_DISTRICTS = ['DM1', 'DM2', 'DM3', 'DM4', 'DM5', 'DM6'];
const OTHER_DISTRICTS = ['ZX1', 'ZX4', 'YQ2', 'YQ7'];

/** Generates a deterministic synthetic council from a seed. */
export function generateCouncil(options: GenerateOptions): GeneratedCouncil {
  const rng = seededRandom(options.seed);
  const stock = SIZES[options.size];
  // Starters a month = stock ÷ mean months in care. With this generator's mix of stays (many short, capped at
  // the 18th birthday) that mean is about 21 months, which gives the named size's stock (checked by a test).
  // History starts 8 years early so the first reported years have a full stock.
  const simStart = addMonths(options.end, -12 * (options.years + 8));
  const months = Math.round((options.end - simStart) / 30.44);
  const starters = Math.round((stock / 21) * months);
  const header: string[][] = [];
  const episodes: string[][] = [];
  for (let i = 0; i < starters; i += 1) {
    const child = String(100_000 + i);
    const firstEntry = simStart + Math.floor(rng.next() * (options.end - simStart));
    const shortBreaks = rng.chance(0.03);
    const age = shortBreaks ? rng.int(6, 15) : rng.weighted(ENTRY_AGE);
    const dob = firstEntry - age * 365 - rng.int(0, 364);
    const eps = shortBreaks ? shortBreakHistory(rng, firstEntry, dob, options.end) : careHistory(rng, firstEntry, dob, options.end);
    if (eps.length === 0) continue;
    const home = HOME_DISTRICTS[rng.int(0, HOME_DISTRICTS.length - 1)] ?? 'DM1';
    const sexCode = rng.chance(0.56) ? 'M' : 'F';
    header.push([child, sexCode, formatUk(dob), rng.weighted(ETHNICITY), upn(rng), '', '']);
    const cin = shortBreaks ? 'N2' : rng.weighted([['N1', 65], ['N4', 8], ['N5', 12], ['N6', 3], ['N8', 8], ['N3', 4]]);
    for (const e of eps) {
      episodes.push([
        child, formatUk(e.decom), e.rne, e.ls, cin, e.place, e.provider, e.dec === null ? '' : formatUk(e.dec), e.rec,
        e.reasonChange, home, e.plPost, e.provider === 'PR4' ? `SC${String(rng.int(100_000, 999_999))}` : '',
      ]);
    }
  }
  return { header, episodes, config: demoConfig(stock, options.end) };
}

/** A period (or several) of ordinary care, from entry until leaving or the extract date. */
function careHistory(rng: Random, entry: Day, dob: Day, end: Day): Episode[] {
  const out: Episode[] = [];
  let start = entry;
  // Up to three periods of care: some children go home and come back.
  for (let period = 0; period < 3 && start <= end; period += 1) {
    const leave = periodEnd(rng, start, dob);
    out.push(...periodEpisodes(rng, start, leave, dob, end));
    const last = out.at(-1);
    if (!last || last.dec === null) break;
    if (!['E4A', 'E4B', 'E13'].includes(last.rec) || !rng.chance(0.15)) break;
    start = last.dec + rng.int(60, 700);
    if (start >= birthday(dob, 17)) break;
  }
  return out;
}

/** Draws when a period of care starting on `start` ends: a mix of short, medium and long stays, never past 18. */
function periodEnd(rng: Random, start: Day, dob: Day): Day {
  const days = rng.weighted([[rng.int(3, 90), 25], [rng.int(91, 540), 35], [rng.int(541, 3000), 40]]);
  return Math.min(start + days, birthday(dob, 18));
}

/** The episodes of one period of care: legal-status changes and placement moves, each a new episode joined by X1. */
function periodEpisodes(rng: Random, start: Day, leave: Day, dob: Day, end: Day): Episode[] {
  const age = Math.floor((start - dob) / 365.25);
  const adoption = age < 4 && leave - start > 400 && rng.chance(0.5);
  let ls = adoption ? 'C1' : rng.weighted([['V2', 45], ['C1', 45], ['L2', 10]]);
  let place = firstPlacement(rng, age);
  const episodes: Episode[] = [newEpisode(start, 'S', ls, place, rng)];
  // Events as [day, kind]; each must fall strictly after the previous episode's start (no same-day episodes).
  const events: [Day, string][] = [];
  if (ls === 'L2') events.push([start + rng.int(3, 8), 'C1']);
  if (ls === 'C1' || ls === 'L2') events.push([start + rng.int(120, 300), 'C2']);
  if (adoption) {
    events.push([start + rng.int(301, 380), 'E1']);
    events.push([start + rng.int(390, Math.max(391, leave - start - 200)), 'ADOPT']);
  }
  // Placement moves: about 0.45 a year, so around 1 child in 10 has three or more placements in a year.
  for (let t = start + rng.int(20, 700); t < leave; t += rng.int(60, 900)) if (rng.chance(0.6)) events.push([t, 'MOVE']);
  events.sort((a, b) => a[0] - b[0]);
  for (const [day, kind] of events) {
    const prev = episodes.at(-1);
    if (!prev || day <= prev.decom || day >= leave || day > end) continue;
    if (kind === 'MOVE' && prev.place.startsWith('A')) continue;
    let rne: string;
    let reasonChange = '';
    if (kind === 'MOVE') {
      place = nextPlacement(rng, Math.floor((day - dob) / 365.25), place);
      rne = 'P';
      reasonChange = rng.weighted([['CARPL', 40], ['CREQB', 20], ['CREQO', 10], ['CHILD', 8], ['LAREQ', 10], ['STAND', 4], ['OTHER', 8]]);
    } else if (kind === 'ADOPT') {
      place = 'A6';
      rne = 'P';
      reasonChange = 'CARPL';
    } else {
      ls = kind;
      rne = 'L';
    }
    prev.dec = day;
    prev.rec = 'X1';
    prev.reasonChange = rne === 'P' ? reasonChange : '';
    const next = newEpisode(day, rne, ls, place, rng);
    // A legal-status change alone (RNE L) keeps the same placement, so the same provider and postcode.
    if (rne === 'L') {
      next.plPost = prev.plPost;
      next.provider = prev.provider;
    }
    episodes.push(next);
  }
  const last = episodes.at(-1);
  if (last && leave <= end && leave > last.decom) {
    last.dec = leave;
    last.rec = leavingReason(rng, last, leave === birthday(dob, 18));
  }
  return episodes;
}

function leavingReason(rng: Random, last: Episode, eighteen: boolean): string {
  if (last.place.startsWith('A')) return rng.chance(0.8) ? 'E11' : 'E12';
  if (eighteen) return rng.weighted([['E17', last.place.startsWith('U') ? 30 : 0], ['E5', 35], ['E6', 10], ['E13', 15], ['E8', 10]]);
  return rng.weighted([['E4A', 50], ['E4B', 5], ['E13', 10], ['E45', 6], ['E46', 2], ['E47', 8], ['E48', 1], ['E41', 5], ['E3', 3], ['E8', 5]]);
}

function firstPlacement(rng: Random, age: number): string {
  if (age < 10) return rng.weighted([['U6', 62], ['U3', 20], ['U4', 3], ['P1', 5], ['K2', 2], ['R3', 3], ['U5', 5]]);
  if (age < 16) return rng.weighted([['U6', 50], ['U3', 12], ['K2', 22], ['P1', 5], ['U4', 6], ['K1', 1], ['R1', 4]]);
  return rng.weighted([['U6', 30], ['K2', 20], ['H5', 30], ['P2', 8], ['U3', 7], ['P1', 5]]);
}

function nextPlacement(rng: Random, age: number, current: string): string {
  for (let tries = 0; tries < 5; tries += 1) {
    const p = age >= 10 && rng.chance(0.15) ? 'U4' : firstPlacement(rng, age);
    if (p !== current) return p;
  }
  return current === 'U6' ? 'U4' : 'U6';
}

function newEpisode(decom: Day, rne: string, ls: string, place: string, rng: Random): Episode {
  const outside = place === 'K1' || rng.chance(place === 'K2' ? 0.6 : 0.25);
  const district = outside ? OTHER_DISTRICTS[rng.int(0, OTHER_DISTRICTS.length - 1)] : HOME_DISTRICTS[rng.int(0, HOME_DISTRICTS.length - 1)];
  return { decom, dec: null, rne, ls, place, provider: providerFor(place, rng), rec: '', reasonChange: '', plPost: district ?? '' };
}

function providerFor(place: string, rng: Random): string {
  if (place === 'P1') return 'PR0';
  if (place.startsWith('T') || place === 'Z1') return '';
  if (place === 'K2' || place === 'H5') return rng.chance(0.75) ? 'PR4' : 'PR1';
  return rng.weighted([['PR1', 65], ['PR4', 25], ['PR5', 10]]);
}

/** A disabled child's agreed series of short breaks (V3): stays of 1–3 nights about monthly, at most 17 days each. */
function shortBreakHistory(rng: Random, first: Day, dob: Day, end: Day): Episode[] {
  const out: Episode[] = [];
  const stop = Math.min(end, birthday(dob, 18) - 5, first + rng.int(365, 1800));
  const place = rng.chance(0.5) ? 'K2' : 'U6';
  for (let t = first; t < stop; t += rng.int(25, 45)) {
    const dec = t + rng.int(1, 3);
    out.push({ decom: t, dec: dec > end ? null : dec, rne: 'S', ls: 'V3', place, provider: 'PR1', rec: dec > end ? '' : 'E13', reasonChange: '', plPost: 'DM2' });
    if (dec > end) break;
  }
  return out;
}

function upn(rng: Random): string {
  if (rng.chance(0.1)) return 'UN1';
  const letters = 'ABCDEFGHJKLMNPQRTUVWXYZ';
  let out = letters[rng.int(0, letters.length - 1)] ?? 'A';
  for (let i = 0; i < 12; i += 1) out += String(rng.int(0, 9));
  return out;
}

/** The demo council's configuration: a population that gives a rate near England's (about 70 per 10,000). */
export function demoConfig(stock: number, end: Day): LaConfig {
  const lastYear = ymdFromDay(end).year;
  const base = Math.round((stock / 70) * 10_000);
  const population: LaConfig['population'] = [];
  for (let year = lastYear - 12; year <= lastYear; year += 1) {
    population.push({ year, children0to17: Math.round(base * (1 + (year - lastYear) * 0.004)), source: `ONS mid-${String(year)} estimate (synthetic)` });
  }
  return { name: 'Demoshire (synthetic demo council)', laCode: 'E10000999', dfeNumber: '999', population, synthetic: true };
}
