// The shape every measure shares: a definition record, a pure computation and its result with the child list.
import type { Day } from '../core/civil-date.ts';
import type { LaConfig } from '../config/la-config.ts';
import type { WorkedExample } from './example-kit.ts';
import type { SuppliedTable } from '../timeline/build-timelines.ts';
import type { ChildTimeline } from '../timeline/child-timeline.ts';
import type { SsdDepartment } from '../timeline/record-views.ts';

/** Which direction is good, for targets and RAG ratings. */
export type Polarity = 'higher-is-better' | 'lower-is-better' | 'contextual';

/** What the value counts. */
export type Unit = 'count' | 'percent' | 'rate-per-10000' | 'days' | 'score';

/** Everything a reader needs to know about a measure; shown on definition pages and in reports. */
export interface MeasureDefinition {
  /** Stable id: also the page slug, folder name and test name. Never renamed. */
  id: string;
  title: string;
  /** One or two sentences for panel members, with no unexplained acronyms. */
  description: string;
  numerator: string;
  denominator: string | null;
  cohort: string;
  exclusions: readonly string[];
  polarity: Polarity;
  unit: Unit;
  /** Decimal places of the published value. */
  decimals: number;
  /** Where the definition comes from (DfE guidance, regulation, former indicator id). */
  sources: readonly string[];
  /**
   * For a percentage or average: the smallest cohort for which the figure is shown as published; below it,
   * reports show the numbers instead (members asked for counts when cohorts are small). null for counts.
   * carestats uses 10 for every percentage and average: a panel convention, not a DfE rule (DfE's own
   * suppression of small numbers in published tables is separate and applies to public outputs).
   */
  minCohort: number | null;
  /**
   * How many calendar months of episodes, back from the month end, the figure reads: 0 (or unset) for a
   * figure at the month end, 1 for one of events in the month, 12 for the 12 months to it. A month end whose
   * months begin before the earliest SSDA903 return supplied has no figure (shared/unavailable.ts).
   */
  looksBackMonths?: number;
  /**
   * Why the figure reads that far back, in words after "needs the episodes from <day>", when it is more than
   * the months to the month end (the adoption averages read back to when their children came into care).
   */
  looksBackWhy?: string;
  /** What the denominator (and so the minimum cohort) counts, when not children. */
  denominatorCounts?: 'young people' | 'episodes';
  /**
   * 'care-leavers' for a measure of care leavers (the monthly care-leaver measures, from ssd_care_leavers): its
   * team and district breakdowns take the team from the young person's latest care-leaver row on or before the
   * day, where that row records one (results/dimensions/dimensions.ts). Unset: every child's allocation.
   */
  breakdownCohort?: 'care-leavers';
}

/** What a measure is computed from: every child's timeline, the council's configuration (if given) and which tables were supplied. */
export interface MeasureInput {
  timelines: readonly ChildTimeline[];
  config: LaConfig | null;
  /** Tables with at least one row: a measure whose tables are missing is unavailable, never zero. */
  supplied: ReadonlySet<SuppliedTable>;
  /**
   * The day the earliest SSDA903 return supplied begins (1 April of its year; results/data-coverage.ts
   * returnsBegin): a figure needing episodes from before it is unavailable. Unset or null: not known, no limit.
   */
  returnsBegin?: Day | null;
  /**
   * The day the newest SSDA903 return supplied ends (31 March of its year; results/data-coverage.ts
   * returnsEnd): a figure for a later month end is unavailable, as the data know nothing of who came into care,
   * left or moved since. Unset or null: not known, no limit (worked examples, tests).
   */
  returnsEnd?: Day | null;
  /**
   * The SSD ssd_department table, always whole (it has no child id, so every share of a sharded read has all of
   * it): the names of the teams involvements record, and of their parents (districts), for the breakdowns by
   * team and district where la-config.json does not list a team. Absent: no rows.
   */
  departments?: readonly SsdDepartment[];
  /**
   * Facts about the whole data that a measure must not take from its own children when they are a share of the
   * council's (pipeline/sharded-measures.ts); absent, they are worked out from `timelines` (shared/whole-data.ts).
   */
  whole?: WholeData;
  /**
   * The SSD tables whose rows join no child of the SSDA903 returns, or the wrong ones (checks/ssd-children.ts
   * unlinkedSsdTables): a measure that needs one is unavailable, saying why, rather than 0. Absent: none.
   */
  unlinkedSsd?: readonly UnlinkedSsd[];
  /**
   * True when only the figures are wanted (results/compute-series.ts seriesRows: a series printed or added up
   * as figures, never read child by child): each outcome then keeps REASON_NOT_KEPT as its reason (keptReason).
   * A reason holds on to what it was worked out from (a child's placements in the year, say) until the result
   * is dropped; nationally, not keeping it took `carestats measures` in shares from 127 s to 85–93 s.
   */
  figuresOnly?: boolean;
}

/** An SSD table the measures cannot use, with how many children it has and why (see MeasureInput.unlinkedSsd). */
export interface UnlinkedSsd {
  table: SuppliedTable;
  children: number;
  /**
   * None of its children is a 903 child; or the SSD's ids are not the 903's (most dates of birth differ); or (SSD
   * reviews) none of its rows links to an ssd_cla_episodes row.
   */
  why: 'not-in-903' | 'dates-of-birth-differ' | 'reviews-not-linked';
}

/**
 * The tables of dated records (reviews, visits, checks, episodes, contacts) whose history can begin after a month
 * a measure looks back over, and the SSD spell tables (SPELL_TABLES: placements, allocations), which an extract
 * taken from a date holds only from then.
 */
export const DATED_TABLES = [
  'ssd.reviews', 'ssda903.reviews', 'ssd.visits', 'ssd.health', 'ssd.immunisations', 'ssd.sdq', 'ssd.missing', 'ssda903.missing', 'ssd.careLeavers',
  'ssd.placements', 'ssd.involvements',
] as const satisfies readonly SuppliedTable[];

/**
 * The dated tables of spells (a placement, a worker's allocation), each with a start and an end. An SSD extract
 * taken from a date holds the spells in force on or after it, each with its own start, which may be years
 * earlier: so a spell table's history begins not at its earliest start but by its earliest end (no spell that
 * ended before the extract began is in it). Before then a child in care shows no placement or allocation in
 * force, which a figure would count as "distance not known" or "Not allocated" rather than unknown.
 */
export const SPELL_TABLES = ['ssd.placements', 'ssd.involvements'] as const satisfies readonly (typeof DATED_TABLES)[number][];

/** One of DATED_TABLES. */
export type DatedTable = (typeof DATED_TABLES)[number];

/** What the whole data say that no one child's timeline does. */
export interface WholeData {
  /**
   * The earliest date in each dated table (for reviews, the first that took place; for a spell table, the first
   * day a spell ended: SPELL_TABLES), absent when it holds no dated record of a child: where the table's history
   * begins, before which its measures cannot be worked out.
   */
  firstRecord: Partial<Record<DatedTable, Day>>;
  /**
   * The latest day on which anything happened in the SSD tables of a child (a visit, a review held, a check, a
   * missing episode, a contact, a spell begun or ended), null with none: where the SSD extract ends
   * (shared/unavailable.ts unavailableBefore). Absent: no limit (worked examples).
   */
  ssdLatest?: Day | null;
  /** Collection years (ending 31 March of the year) with at least one OC2 row, and with one OC3 row. */
  oc2Years: number[];
  oc3Years: number[];
  /**
   * Whether any ssd_cla_health row of a child is a health assessment that took place, and any a dental check, as
   * carestats reads their type and status (ingest/ssd-values.ts): with none, the figure would be 0 (shared/unavailable.ts
   * unavailableNoChecks). Absent: not known, no limit (worked examples).
   */
  ssdHealthKinds?: { assessment: boolean; dental: boolean };
}

/**
 * A child's reason, as text or as a function giving the text. Measures give most reasons as functions: a
 * series computes several million outcomes, and only the few an analyst opens (explain, child lists) need
 * the sentence; building every sentence up front was most of the time and memory of computing a series.
 */
export type Reason = string | (() => string);

/** The reason of every outcome computed for figures only (MeasureInput.figuresOnly). */
export const REASON_NOT_KEPT = 'The reason was not kept: these figures were computed without child lists ("carestats explain" gives a child’s reason).';

/** What an outcome keeps as its reason: `reason`, or REASON_NOT_KEPT when the input asks for figures only. */
export function keptReason(input: MeasureInput, reason: Reason): Reason {
  return input.figuresOnly === true ? REASON_NOT_KEPT : reason;
}

/** Gives a reason's text. */
export function reasonText(reason: Reason): string {
  return typeof reason === 'string' ? reason : reason();
}

/** One child's place in a measure for one month: the audit trail behind the figure. */
export interface ChildOutcome {
  child: string;
  inCohort: boolean;
  /** Whether the child counts in the numerator; null when not in the cohort. */
  met: boolean | null;
  /** Why, in words an analyst can check against the case record (read it with `reasonText`). */
  reason: Reason;
  /** The child's own figure, for measures that average over children (days waited, SDQ score). */
  value?: number;
  /**
   * For a percentage of events rather than of children (missing episodes with a return interview offered):
   * this child's events in the numerator and in the denominator, so a breakdown adds up to the whole.
   */
  events?: { met: number; of: number };
  /**
   * The day the child's groups in a breakdown are taken on, where the month end would not describe them: for a
   * child counted for an event, the day of it (coming into care; the start of the latest counted missing
   * episode, or the day before when the child left care that day) or the last day in care before it (leaving
   * care, adoption, special guardianship); for an annual
   * cohort, its 31 March. Unset: the month end.
   */
  groupDay?: Day;
}

/** A measure's value for one month end. `value` is null when the measure is unavailable. */
export interface MeasureResult {
  id: string;
  /** "YYYY-MM". */
  month: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  /** Present when the measure cannot be computed, saying what data it needs. */
  unavailable?: string;
  children: ChildOutcome[];
}

/** A measure: its definition, its computation for one month end, and the worked examples that prove it. */
export interface Measure {
  definition: MeasureDefinition;
  compute(input: MeasureInput, monthEnd: Day): MeasureResult;
  examples: readonly WorkedExample[];
}

/** Rounds to a number of decimal places, half away from zero (as published statistics round). */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * f + Number.EPSILON)) / f;
}

/**
 * A value from its numerator and denominator, in a unit: a count is its numerator; a percentage, rate or
 * average has no value over a denominator of 0 or none (a rate broken down by group has no population).
 * Every measure works its value out with this, so a value always follows from its numerator and denominator,
 * and results computed in shares of the children can be added up (pipeline/sharded-measures.ts).
 */
export function valueFromParts(unit: Unit, decimals: number, numerator: number | null, denominator: number | null): number | null {
  if (unit === 'count') return numerator;
  if (numerator === null || denominator === null || denominator === 0) return null;
  // Scaled before dividing: 23 of 40 is 2300 / 40 = 57.5 exactly, where (23 / 40) * 100 is 57.49999999999999
  // and would round down.
  const scale = unit === 'percent' ? 100 : unit === 'rate-per-10000' ? 10_000 : 1;
  return roundTo((numerator * scale) / denominator, decimals);
}
