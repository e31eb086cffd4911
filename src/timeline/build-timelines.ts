// Builds one timeline per child from the stacked SSDA903 return and the SSD tables.
import type { Day } from '../core/civil-date.ts';
import { emptySsd } from '../ingest/empty.ts';
import type { EpisodeRecord, SsdData, Ssda903Data, SuppliedTable } from '../ingest/records.ts';
import type { Child903Records, ChildSsdRecords, ChildTimeline, PeriodOfCare } from './child-timeline.ts';

type Grouped<T> = ReadonlyMap<string, T[]>;

function groupBy<T>(records: readonly T[], keyOf: (r: T) => string, dayOf?: (r: T) => Day | null): Grouped<T> {
  const out = Map.groupBy(records, keyOf);
  if (dayOf) for (const list of out.values()) if (list.length > 1) list.sort((a, b) => (dayOf(a) ?? 0) - (dayOf(b) ?? 0));
  return out;
}

const NONE: readonly never[] = Object.freeze([]);

/**
 * Builds timelines for every child in Header, in Header order; children with no episodes get empty timelines.
 * SSD records are attached by person id (the 903 CHILD); SSD reviews through their CLA id.
 */
export function buildTimelines(data: Ssda903Data, ssd: SsdData = emptySsd()): ChildTimeline[] {
  const byChild = <T extends { child: string }>(records: readonly T[], dayOf?: (r: T) => Day | null) => groupBy(records, (r) => r.child, dayOf);
  const byPerson = <T extends { personId: string }>(records: readonly T[], dayOf?: (r: T) => Day | null) => groupBy(records, (r) => r.personId, dayOf);
  const episodes = byChild(data.episodes, (e) => e.decom);
  const g903 = {
    reviews: byChild(data.reviews, (r) => r.review),
    missing: byChild(data.missing, (r) => r.misStart),
    oc2: byChild(data.oc2, (r) => r.year),
    oc3: byChild(data.oc3, (r) => r.year),
    ad1: byChild(data.ad1, (r) => r.dateInt),
    placedAdoption: byChild(data.placedAdoption, (r) => r.datePlaced),
    uasc: byChild(data.uasc, (r) => r.year),
    prevPerm: byChild(data.prevPerm, (r) => r.year),
    swEpisodes: byChild(data.swEpisodes, (r) => r.swDecom),
  };
  const personOfCla = new Map<string, string>();
  for (const e of ssd.claEpisodes) personOfCla.set(e.claId, e.personId);
  const gSsd = {
    reviews: groupBy(ssd.reviews, (r) => personOfCla.get(r.claId) ?? '', (r) => r.held ?? r.due),
    visits: byPerson(ssd.visits, (r) => r.date),
    health: byPerson(ssd.health, (r) => r.date),
    immunisations: byPerson(ssd.immunisations, (r) => r.date),
    sdq: byPerson(ssd.sdq, (r) => r.date),
    missing: byPerson(ssd.missing, (r) => r.start),
    careLeavers: byPerson(ssd.careLeavers, (r) => r.latestContact),
    placements: byPerson(ssd.placements, (r) => r.start),
    involvements: byPerson(ssd.involvements, (r) => r.start),
  };
  const person = new Map(ssd.person.map((p) => [p.personId, p]));
  const pick = <T>(g: Grouped<T>, child: string): readonly T[] => g.get(child) ?? NONE;

  return data.headers.map((h) => {
    const own = pick(episodes, h.child);
    const ssda903: Child903Records = {
      reviews: pick(g903.reviews, h.child), missing: pick(g903.missing, h.child), oc2: pick(g903.oc2, h.child),
      oc3: pick(g903.oc3, h.child), ad1: pick(g903.ad1, h.child), placedAdoption: pick(g903.placedAdoption, h.child),
      uasc: pick(g903.uasc, h.child), prevPerm: pick(g903.prevPerm, h.child), swEpisodes: pick(g903.swEpisodes, h.child),
    };
    const childSsd: ChildSsdRecords = {
      person: person.get(h.child) ?? null,
      reviews: pick(gSsd.reviews, h.child), visits: pick(gSsd.visits, h.child), health: pick(gSsd.health, h.child),
      immunisations: pick(gSsd.immunisations, h.child), sdq: pick(gSsd.sdq, h.child), missing: pick(gSsd.missing, h.child),
      careLeavers: pick(gSsd.careLeavers, h.child), placements: pick(gSsd.placements, h.child), involvements: pick(gSsd.involvements, h.child),
    };
    return { child: h.child, sex: h.sex, dob: h.dob, ethnic: h.ethnic, episodes: own, periods: periodsOfCare(own), ssda903, ssd: childSsd };
  });
}

/**
 * Names the tables supplied, so a measure can say which data it lacks instead of showing 0: the tables whose
 * files were read (`read`, from ingest or the stored snapshot) and, for data from before that was recorded,
 * any table holding rows.
 */
export function suppliedTables(data: Ssda903Data, ssd: SsdData = emptySsd(), read: readonly SuppliedTable[] = []): ReadonlySet<SuppliedTable> {
  const out = new Set<SuppliedTable>(read);
  for (const [key, rows] of Object.entries(data)) if (key !== 'returns' && Array.isArray(rows) && rows.length > 0) out.add(`ssda903.${key}` as SuppliedTable);
  for (const [key, rows] of Object.entries(ssd)) if (Array.isArray(rows) && rows.length > 0) out.add(`ssd.${key}` as SuppliedTable);
  return out;
}

export type { SuppliedTable };

/**
 * Groups date-ordered episodes into periods of care. A period continues while an episode ends with REC X1
 * ("episode ends and a new one starts the same day"); any other reason, or an open episode, ends it.
 */
export function periodsOfCare(episodes: readonly EpisodeRecord[]): readonly PeriodOfCare[] {
  // Each period's episodes are sliced from the child's list, and the periods copied once found: arrays grown
  // one push at a time keep room for about 16 more, which for half a million children was over 200 MB.
  const periods: PeriodOfCare[] = [];
  let from = 0;
  for (let i = 0; i < episodes.length; i += 1) {
    const e = episodes[i];
    if (e && (e.rec !== 'X1' || e.dec === null)) {
      periods.push(close(episodes.slice(from, i + 1)));
      from = i + 1;
    }
  }
  // A period whose last episode says X1 but has no successor: the data is incomplete, so keep it ending there.
  if (from < episodes.length) periods.push(close(episodes.slice(from)));
  return periods.length === 0 ? NO_PERIODS : periods.slice();
}

const NO_PERIODS: readonly PeriodOfCare[] = Object.freeze([]);

function close(episodes: EpisodeRecord[]): PeriodOfCare {
  const first = episodes[0];
  const last = episodes.at(-1);
  if (!first || !last) throw new Error('Programmer error: empty period of care');
  return { start: first.decom, end: last.dec, episodes };
}
