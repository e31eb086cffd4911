// Builds one timeline per child from the stacked SSDA903 return and the SSD tables.
import type { Day } from '../core/civil-date.ts';
import { emptySsd } from '../ingest/empty.ts';
import type { SsdData, Ssda903Data, SuppliedTable } from '../ingest/records.ts';
import type { Child903Records, ChildSsdRecords, ChildTimeline, PeriodOfCare } from './child-timeline.ts';
import * as view from './record-views.ts';
import { NOTHING_REMEMBERED } from './remembered.ts';
import type { Episode } from './record-views.ts';

const NONE: readonly never[] = Object.freeze([]);

/** How buildTimelines treats the tables it is given. */
export interface BuildOptions {
  /**
   * Empty each table once its records are copied into the timelines, so its full records can be collected
   * while the rest are built instead of being held beside their copies (the CLI asks for this: nationally the
   * tables are some 1.6 GB). The caller must not need the tables afterwards.
   */
  consume?: boolean;
}

/**
 * Builds timelines for every child in Header, in Header order; children with no episodes get empty timelines.
 * SSD records are attached by person id (the 903 CHILD); SSD reviews through their CLA id. Each record is kept
 * as its view (record-views.ts), and each child's list of a table is in date order, ties in file order.
 */
export function buildTimelines(data: Ssda903Data, ssd: SsdData = emptySsd(), options: BuildOptions = {}): ChildTimeline[] {
  // One number per child id, so each table is grouped into arrays by counting rather than into a map of its own.
  const slot = new Map<string, number>();
  for (const h of data.headers) if (!slot.has(h.child)) slot.set(h.child, slot.size);
  const byChild = (id: string): number => slot.get(id) ?? -1;
  const group = <R, V>(records: R[], keyOf: (r: R) => number, copy: (r: R) => V, dayOf?: (v: V) => Day | null): (readonly V[])[] => {
    const lists = groupBySlot(records, keyOf, copy, slot.size, dayOf, options.consume === true);
    if (options.consume) records.length = 0;
    return lists;
  };
  const episodes = group(data.episodes, (r) => byChild(r.child), view.episodeView, (e) => e.decom);
  const g903 = {
    reviews: group(data.reviews, (r) => byChild(r.child), view.reviewView, (r) => r.review),
    missing: group(data.missing, (r) => byChild(r.child), view.missingView, (r) => r.misStart),
    oc2: group(data.oc2, (r) => byChild(r.child), view.oc2View, (r) => r.year),
    oc3: group(data.oc3, (r) => byChild(r.child), view.oc3View, (r) => r.year),
    ad1: group(data.ad1, (r) => byChild(r.child), view.ad1View, (r) => r.dateInt),
    placedAdoption: group(data.placedAdoption, (r) => byChild(r.child), view.placedAdoptionView, (r) => r.datePlaced),
    uasc: group(data.uasc, (r) => byChild(r.child), view.uascView, (r) => r.year),
    prevPerm: group(data.prevPerm, (r) => byChild(r.child), view.prevPermView, (r) => r.year),
    swEpisodes: group(data.swEpisodes, (r) => byChild(r.child), view.swEpisodeView, (r) => r.swDecom),
  };
  const childOfCla = new Map<string, number>();
  for (const e of ssd.claEpisodes) childOfCla.set(e.claId, byChild(e.personId));
  const byPerson = (r: { personId: string }) => byChild(r.personId);
  const gSsd = {
    reviews: group(ssd.reviews, (r) => childOfCla.get(r.claId) ?? -1, view.ssdReviewView, (r) => r.held ?? r.due),
    visits: group(ssd.visits, byPerson, view.ssdVisitView, (r) => r.date),
    health: group(ssd.health, byPerson, view.ssdHealthView, (r) => r.date),
    immunisations: group(ssd.immunisations, byPerson, view.ssdImmunisationView, (r) => r.date),
    sdq: group(ssd.sdq, byPerson, view.ssdSdqView, (r) => r.date),
    missing: group(ssd.missing, byPerson, view.ssdMissingView, (r) => r.start),
    careLeavers: group(ssd.careLeavers, byPerson, view.ssdCareLeaverView, (r) => r.latestContact),
    placements: group(ssd.placements, byPerson, view.ssdPlacementView, (r) => r.start),
    involvements: group(ssd.involvements, byPerson, view.ssdInvolvementView, (r) => r.start),
    disabilities: group(ssd.disabilities, byPerson, view.ssdDisabilityView),
  };
  // Like a map from id, the last person row of a child is the one kept.
  const person: (view.SsdPerson | null)[] = new Array<view.SsdPerson | null>(slot.size).fill(null);
  for (const p of ssd.person) {
    const at = byChild(p.personId);
    if (at >= 0) person[at] = view.ssdPersonView(p);
  }
  if (options.consume) {
    ssd.claEpisodes.length = 0;
    ssd.person.length = 0;
  }

  const timelines = data.headers.map((h): ChildTimeline => {
    const at = byChild(h.child);
    const own = episodes[at] ?? NONE;
    const ssda903: Child903Records = {
      reviews: g903.reviews[at] ?? NONE, missing: g903.missing[at] ?? NONE, oc2: g903.oc2[at] ?? NONE, oc3: g903.oc3[at] ?? NONE,
      ad1: g903.ad1[at] ?? NONE, placedAdoption: g903.placedAdoption[at] ?? NONE, uasc: g903.uasc[at] ?? NONE,
      prevPerm: g903.prevPerm[at] ?? NONE, swEpisodes: g903.swEpisodes[at] ?? NONE,
    };
    const childSsd: ChildSsdRecords = {
      person: person[at] ?? null,
      reviews: gSsd.reviews[at] ?? NONE, visits: gSsd.visits[at] ?? NONE, health: gSsd.health[at] ?? NONE,
      immunisations: gSsd.immunisations[at] ?? NONE, sdq: gSsd.sdq[at] ?? NONE, missing: gSsd.missing[at] ?? NONE,
      careLeavers: gSsd.careLeavers[at] ?? NONE, placements: gSsd.placements[at] ?? NONE, involvements: gSsd.involvements[at] ?? NONE,
      disabilities: gSsd.disabilities[at] ?? NONE,
    };
    return { child: h.child, sex: h.sex, dob: h.dob, ethnic: h.ethnic, episodes: own, periods: periodsOfCare(own), ssda903, ssd: childSsd, remembered: NOTHING_REMEMBERED };
  });
  if (options.consume) data.headers.length = 0;
  return timelines;
}

/**
 * Copies records into one list per slot (records whose slot is -1 belong to no child in Header and are left
 * out), keeping file order, then sorts each list by day where `dayOf` is given (a stable sort, so ties stay in
 * file order). Lists are allocated at their exact size: grown one push at a time, a list of one record would
 * keep room for 16 more. With `consume`, each record is let go of as soon as it is copied.
 */
function groupBySlot<R, V>(
  records: (R | undefined)[], keyOf: (r: R) => number, copy: (r: R) => V, slots: number, dayOf: ((v: V) => Day | null) | undefined, consume: boolean,
): (readonly V[])[] {
  const at = new Int32Array(records.length);
  const counts = new Int32Array(slots);
  for (let i = 0; i < records.length; i += 1) {
    const k = keyOf(records[i] as R);
    at[i] = k;
    if (k >= 0) counts[k] = (counts[k] ?? 0) + 1;
  }
  const lists: V[][] = new Array<V[]>(slots);
  for (let k = 0; k < slots; k += 1) lists[k] = counts[k] ? new Array<V>(counts[k] ?? 0) : (NONE as unknown as V[]);
  counts.fill(0);
  for (let i = 0; i < records.length; i += 1) {
    const k = at[i] ?? -1;
    if (k < 0) continue;
    const list = lists[k] as V[];
    list[counts[k] ?? 0] = copy(records[i] as R);
    // Let go of each record once copied, so a collection part way through a table of millions can free it.
    if (consume) records[i] = undefined;
    counts[k] = (counts[k] ?? 0) + 1;
  }
  if (dayOf) for (const list of lists) if (list.length > 1) list.sort((a, b) => (dayOf(a) ?? 0) - (dayOf(b) ?? 0));
  return lists;
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
export function periodsOfCare(episodes: readonly Episode[]): readonly PeriodOfCare[] {
  // Each period's episodes are sliced from the child's list, and the periods copied once found: arrays grown
  // one push at a time keep room for about 16 more, which for half a million children was over 200 MB. A
  // period of all the child's episodes (most children have one period) shares the child's list instead.
  const periods: PeriodOfCare[] = [];
  const part = (from: number, to: number) => (from === 0 && to === episodes.length ? episodes : episodes.slice(from, to));
  let from = 0;
  for (let i = 0; i < episodes.length; i += 1) {
    const e = episodes[i];
    if (e && (e.rec !== 'X1' || e.dec === null)) {
      periods.push(close(part(from, i + 1)));
      from = i + 1;
    }
  }
  // A period whose last episode says X1 but has no successor: the data is incomplete, so keep it ending there.
  if (from < episodes.length) periods.push(close(part(from, episodes.length)));
  return periods.length === 0 ? NO_PERIODS : periods.slice();
}

const NO_PERIODS: readonly PeriodOfCare[] = Object.freeze([]);

function close(episodes: readonly Episode[]): PeriodOfCare {
  const first = episodes[0];
  const last = episodes.at(-1);
  if (!first || !last) throw new Error('Programmer error: empty period of care');
  return { start: first.decom, end: last.dec, episodes };
}
