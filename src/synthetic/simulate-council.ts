// Simulates a whole council's children over the years: who enters care, when, and what happens to them.
import { addMonths, birthday, type Day } from '../core/civil-date.ts';
import type { LaConfig } from '../config/la-config.ts';
import { workforceOf } from './council.ts';
import { randomHome } from './geography.ts';
import type { SimChild } from './model.ts';
import type { Random } from './random.ts';
import { simulateActivity } from './simulate-activity.ts';
import { simulateCare, type CareKind } from './simulate-care.ts';

// Age at entry to care, weighted roughly as England's starters (babies and teenagers most common).
const ENTRY_AGE: readonly (readonly [number, number])[] = [
  [0, 20], [1, 5], [2, 4], [3, 4], [4, 4], [5, 4], [6, 4], [7, 3], [8, 3], [9, 3],
  [10, 4], [11, 4], [12, 5], [13, 6], [14, 8], [15, 8], [16, 8], [17, 3],
];
const ETHNICITY: readonly (readonly [string, number])[] = [
  ['WBRI', 68], ['WOTH', 5], ['WIRI', 1], ['WIRT', 1], ['WROM', 1], ['MWBC', 4], ['MWBA', 1], ['MWAS', 1], ['MOTH', 4],
  ['BAFR', 4], ['BCRB', 2], ['BOTH', 1], ['AIND', 1], ['APKN', 2], ['ABAN', 1], ['AOTH', 1], ['CHNE', 0.5], ['OOTH', 2], ['REFU', 0.5], ['NOBT', 1],
];
const UASC_ETHNICITY: readonly (readonly [string, number])[] = [['OOTH', 45], ['BAFR', 30], ['AOTH', 15], ['WOTH', 10]];

/** How a council is simulated. */
export interface SimulationOptions {
  /** Children looked after at any one time, roughly. */
  stock: number;
  /** First and last day simulated; children who left care before `windowStart` are dropped. */
  simStart: Day;
  windowStart: Day;
  end: Day;
  /** Visits are only simulated from this day (they are monthly operational detail and the largest table). */
  visitsFrom: Day;
  config: LaConfig;
}

/**
 * Simulates every child who enters care between simStart and end, keeping those still relevant in the window.
 * Calls `emit` with each child as soon as it is complete, so a national-scale run never holds every child.
 */
export function simulateCouncil(rng: Random, o: SimulationOptions, emit: (child: SimChild) => void): number {
  const months = Math.round((o.end - o.simStart) / 30.44);
  // Starters a month = stock ÷ mean months in care (about 22 with this mix of short and long stays).
  const starters = Math.round((o.stock / 22) * months);
  const workforce = workforceOf(o.config, o.stock);
  let periodSeq = 0;
  const newPeriodId = () => `CLA${String((periodSeq += 1)).padStart(8, '0')}`;
  let kept = 0;
  for (let i = 0; i < starters; i += 1) {
    const entry = o.simStart + Math.floor(rng.next() * (o.end - o.simStart + 1));
    const kind: CareKind = rng.weighted([['standard', 84], ['uasc', 12], ['short-breaks', 4]]);
    const age = kind === 'uasc' ? rng.weighted([[15, 20], [16, 45], [17, 35]]) : kind === 'short-breaks' ? rng.int(5, 15) : rng.weighted(ENTRY_AGE);
    const dob = entry - age * 365 - rng.int(0, 364);
    // Someone within two weeks of 18 is not taken into care in this simulation (a period needs time to exist).
    if (birthday(dob, 18) - entry < 14) continue;
    const home = randomHome(rng);
    const uasc = kind === 'uasc';
    const child: SimChild = {
      id: String(100_000 + i),
      dob,
      sex: uasc ? (rng.chance(0.93) ? 'M' : 'F') : rng.chance(0.56) ? 'M' : 'F',
      ethnicity: rng.weighted(uasc ? UASC_ETHNICITY : ETHNICITY),
      upn: upn(rng, age),
      homePost: uasc ? '' : home.postcode,
      districtId: home.districtId,
      disabled: kind === 'short-breaks' || rng.chance(0.08),
      uasc: uasc ? { start: entry, end: birthday(dob, 18) } : null,
      periods: simulateCare(rng, { dob, homePost: uasc ? '' : home.postcode, kind }, entry, o.end, newPeriodId),
      reviews: [], visits: [], health: [], immunisationsUpToDate: [], sdq: [], missing: [], allocations: [],
      careLeaver: null, substanceMisuse: false, convicted: false,
    };
    simulateActivity(rng, child, o.end, o.visitsFrom, workforce);
    // Keep children whose care or care-leaver contact reaches into the reporting window.
    const lastCare = Math.max(...child.periods.map((p) => p.episodes.at(-1)?.dec ?? o.end));
    const lastContact = child.careLeaver?.contacts.at(-1)?.date ?? 0;
    if (child.periods.length === 0 || Math.max(lastCare, lastContact) < o.windowStart) continue;
    kept += 1;
    emit(child);
  }
  return kept;
}

function upn(rng: Random, age: number): string {
  if (age < 4 && rng.chance(0.7)) return 'UN1';
  if (rng.chance(0.05)) return rng.weighted([['UN2', 30], ['UN3', 20], ['UN4', 40], ['UN5', 10]]);
  const letters = 'ABCDEFGHJKLMNPQRTUVWXYZ';
  let out = letters[rng.int(0, letters.length - 1)] ?? 'A';
  for (let i = 0; i < 12; i += 1) out += String(rng.int(0, 9));
  return out;
}

/** The first day simulated for a window of `years` ending at `end`: eight years earlier, so long stays exist. */
export function simulationStart(end: Day, years: number): Day {
  return addMonths(end, -12 * (years + 8));
}
