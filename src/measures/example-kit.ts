// Builds child timelines from compact worked-example histories, so examples read like a case summary.
import { dayFromYmd, type Day } from '../core/civil-date.ts';
import type { LaConfig } from '../config/la-config.ts';
import { DATED_TABLES, type DatedTable, type MeasureInput, type WholeData } from './measure.ts';
import { wholeDataOf } from './shared/whole-data.ts';
import { TABLE_NAMES } from './shared/unavailable.ts';
import type { EpisodeRecord } from '../ingest/records.ts';
import { periodsOfCare, type SuppliedTable } from '../timeline/build-timelines.ts';
import type { Child903Records, ChildSsdRecords, ChildTimeline } from '../timeline/child-timeline.ts';
import { NOTHING_REMEMBERED } from '../timeline/remembered.ts';

/** One episode in a worked example. Dates are dd/mm/yyyy; omitted codes take common defaults. */
export interface ExampleEpisode {
  start: string;
  end?: string;
  rne?: string;
  ls?: string;
  place?: string;
  rec?: string;
  /** PLACE_PROVIDER; PR1 unless given. */
  provider?: string;
  /** HOME_POST, PL_POST and URN; blank unless given. */
  homePost?: string;
  plPost?: string;
  urn?: string;
}

/** One synthetic child in a worked example. */
export interface ExampleChild {
  child: string;
  dob: string;
  sex?: string;
  ethnic?: string;
  episodes: ExampleEpisode[];
  /** Other SSDA903 records about the child (build them with the helpers beside the measure that needs them). */
  ssda903?: Partial<Child903Records>;
  /** SSD records about the child. */
  ssd?: Partial<ChildSsdRecords>;
}

/** A worked example: a small synthetic history with the hand-computed result. */
export interface WorkedExample {
  name: string;
  /** Why the expected result is what it is, in the words of the definition. */
  explanation: string;
  children: ExampleChild[];
  config?: LaConfig;
  /** Tables the council supplied; every table unless given, so an example can show a measure is unavailable. */
  supplied?: SuppliedTable[];
  /**
   * Where the records of a dated table begin (dd/mm/yyyy), as the whole data would show it. A table not named
   * that holds a record of the example's children is taken to go back long before them (to RECORDS_BEGIN), as a
   * council's records do: an example is a few children of a whole council's data, not the whole of it.
   */
  recordsBegin?: Partial<Record<DatedTable, string>>;
  /** The last day anything happened in the SSD extract (dd/mm/yyyy; WholeData.ssdLatest); absent: past the month end. */
  ssdEnds?: string;
  /**
   * The day the earliest SSDA903 return supplied begins (dd/mm/yyyy, a 1 April; MeasureInput.returnsBegin), for an
   * example of a council that supplied only its latest returns; absent: not known, no limit.
   */
  returnsBegin?: string;
  month: string;
  expected: {
    numerator: number | null;
    denominator: number | null;
    value: number | null;
    unavailable?: boolean;
    /** Children expected to be counted (met) in the numerator. */
    counted?: string[];
  };
}

/** Parses dd/mm/yyyy in examples; an example with a bad date is a programmer error. */
export function exampleDay(text: string): Day {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  if (!m) throw new Error(`Worked example date must be dd/mm/yyyy: ${text}`);
  return dayFromYmd(Number(m[3]), Number(m[2]), Number(m[1]));
}

/** Turns example children into timelines exactly as real data would be. */
export function exampleTimelines(children: readonly ExampleChild[]): ChildTimeline[] {
  let row = 1;
  return children.map((c) => {
    const episodes: EpisodeRecord[] = c.episodes.map((e, i) => {
      row += 1;
      const end = e.end === undefined ? null : exampleDay(e.end);
      return {
        child: c.child,
        decom: exampleDay(e.start),
        rne: e.rne ?? (i === 0 ? 'S' : 'P'),
        ls: e.ls ?? 'C2',
        cin: 'N1',
        place: e.place ?? 'U6',
        placeProvider: e.provider ?? 'PR1',
        dec: end,
        rec: e.rec ?? (end === null ? '' : 'E4A'),
        reasonPlaceChange: '',
        homePost: e.homePost ?? '',
        plPost: e.plPost ?? '',
        urn: e.urn ?? '',
        file: 'worked-example', row,
        year: 0,
      };
    });
    return {
      child: c.child, sex: c.sex ?? 'M', dob: exampleDay(c.dob), ethnic: c.ethnic ?? 'WBRI', episodes, periods: periodsOfCare(episodes),
      ssda903: { ...EMPTY_903, ...c.ssda903 },
      ssd: { ...EMPTY_SSD, ...c.ssd },
      remembered: NOTHING_REMEMBERED,
    };
  });
}

const EMPTY_903: Child903Records = { reviews: [], missing: [], oc2: [], oc3: [], ad1: [], placedAdoption: [], uasc: [], prevPerm: [], swEpisodes: [] };
const EMPTY_SSD: ChildSsdRecords = { person: null, reviews: [], visits: [], health: [], immunisations: [], sdq: [], missing: [], careLeavers: [], placements: [], involvements: [], disabilities: [] };

/** Every table carestats reads: what a worked example is assumed to have supplied unless it says otherwise. */
export const ALL_TABLES: readonly SuppliedTable[] = Object.keys(TABLE_NAMES) as SuppliedTable[];

/** Where the records of a table an example does not name begin: long before any example child. */
export const RECORDS_BEGIN = '01/01/2000';

/** The measure input a worked example describes. */
export function exampleInput(example: WorkedExample): MeasureInput {
  const timelines = exampleTimelines(example.children);
  const facts = wholeDataOf(timelines);
  const firstRecord: WholeData['firstRecord'] = {};
  for (const table of DATED_TABLES) {
    const given = example.recordsBegin?.[table];
    // A table holding no record of the example's children holds none in the whole data either.
    if (given !== undefined || facts.firstRecord[table] !== undefined) firstRecord[table] = exampleDay(given ?? RECORDS_BEGIN);
  }
  // The SSD extract taken to run on past every example's month end, unless the example says where it ends.
  const ssdLatest = example.ssdEnds === undefined ? null : exampleDay(example.ssdEnds);
  const returnsBegin = example.returnsBegin === undefined ? null : exampleDay(example.returnsBegin);
  return { timelines, config: example.config ?? null, supplied: new Set(example.supplied ?? ALL_TABLES), whole: { ...facts, firstRecord, ssdLatest }, returnsBegin };
}
