// Breaks any measure's result down by a dimension: groups its child list by each child's group at the month end
// (or, for a child counted for an event or an annual cohort, on the day the measure gives: ChildOutcome.groupDay).
import type { Day } from '../core/civil-date.ts';
import { monthEndFromKey } from '../core/month.ts';
import { valueFromParts, type ChildOutcome, type MeasureDefinition, type MeasureInput, type MeasureResult, type Unit } from '../measures/measure.ts';
import type { ChildTimeline } from '../timeline/child-timeline.ts';
import type { Dimension, PreparedDimension } from './dimensions/dimensions.ts';

/** One group's figures: numerator, denominator and value in the measure's unit, and its cohort size. */
export interface BreakdownGroup {
  group: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  /** Children in the measure's cohort in this group. */
  cohort: number;
}

/** A measure's result for one month, by the groups of one dimension. */
export interface Breakdown {
  dimension: string;
  groups: BreakdownGroup[];
  /** Present when there is no breakdown: the measure or the dimension lacks data, saying which. */
  unavailable?: string;
  /** Present when the groups carry counts but no value (rates need a population per group). */
  note?: string;
}

/** A dimension made ready for one input, remembering each child's group at each month end it was asked about. */
export interface BreakdownContext {
  dimension: Dimension;
  prepared: PreparedDimension | { unavailable: string };
  children: ChildIndex;
  /** Every group met so far, listed groups first: children's groups are kept as indexes into it. */
  names: string[];
  indexOf: Map<string, number>;
  /** Per month end (the latest KEPT_DAYS asked about), each child's group index by the child's position in the input (-1 until worked out). */
  cache: Map<Day, Int16Array>;
  /**
   * The context measures of care leavers (MeasureDefinition.breakdownCohort) are broken down in, where the
   * dimension groups care leavers otherwise (PreparedDimension.careLeaverGroupOf): its own groups and cache,
   * since a child's group differs from the other measures'. Null: this one.
   */
  careLeavers: BreakdownContext | null;
}

/** The input's children by id, numbered in input order. */
interface ChildIndex {
  position: ReadonlyMap<string, number>;
  timelines: readonly ChildTimeline[];
  /** The child ids at each place of the last child list read, and their positions (see `positionOf`). */
  recent: { ids: string[]; positions: number[] };
}

/** Prepares a dimension for breaking down many results computed from the same input. */
export function breakdownContext(dimension: Dimension, input: MeasureInput): BreakdownContext {
  const prepared = dimension.prepare(input);
  const children = childIndex(input);
  const made = (p: PreparedDimension | { unavailable: string }, careLeavers: BreakdownContext | null): BreakdownContext => {
    const names = 'groups' in p ? [...p.groups] : [];
    return { dimension, prepared: p, children, names, indexOf: new Map(names.map((g, i) => [g, i])), cache: new Map(), careLeavers };
  };
  const forCareLeavers = 'careLeaverGroupOf' in prepared && prepared.careLeaverGroupOf ? { groups: prepared.groups, groupOf: prepared.careLeaverGroupOf } : null;
  return made(prepared, forCareLeavers ? made(forCareLeavers, null) : null);
}

// One index per input, shared by every dimension's context.
const INDEXES = new WeakMap<readonly ChildTimeline[], ChildIndex>();

function childIndex(input: MeasureInput): ChildIndex {
  let index = INDEXES.get(input.timelines);
  if (!index) {
    index = { position: new Map(input.timelines.map((t, i) => [t.child, i])), timelines: input.timelines, recent: { ids: [], positions: [] } };
    INDEXES.set(input.timelines, index);
  }
  return index;
}

/** Groups a result's child list by the dimension at the result's month end and works out each group's figures. */
export function breakdownOf(result: MeasureResult, definition: MeasureDefinition, ctx: BreakdownContext): Breakdown {
  const [only] = breakdownsOf(result, definition, [ctx]);
  if (!only) throw new Error('Programmer error: no breakdown');
  return only;
}

/**
 * Breaks a result down by each of several dimensions (contexts made from the same input), as breakdownOf would
 * one by one. The children are read once for all of them: what a child adds (contributionsOf) is read from
 * memory once, not once per dimension.
 */
export function breakdownsOf(result: MeasureResult, definition: MeasureDefinition, given: readonly BreakdownContext[]): Breakdown[] {
  const contexts = definition.breakdownCohort === 'care-leavers' ? given.map((ctx) => ctx.careLeavers ?? ctx) : given;
  if (result.unavailable !== undefined) return contexts.map((ctx) => ({ dimension: ctx.dimension.id, groups: [], unavailable: `The measure is unavailable. ${result.unavailable ?? ''}` }));
  const day = monthEndFromKey(result.month);
  if (day === null) throw new Error(`Programmer error: result month "${result.month}" is not YYYY-MM`);
  const ready = contexts.filter((ctx) => !('unavailable' in ctx.prepared));
  const children = ready[0]?.children;
  const totals = new Map<BreakdownContext, Float64Array>();
  if (children) {
    if (ready.some((ctx) => ctx.children !== children)) throw new Error('Programmer error: breakdown contexts of different inputs');
    const c = contributionsOf(result, definition.unit, children);
    // An annual cohort's children share one day (its 31 March): grouped on it through the cache, as a month end.
    const sums = tallied(ready, c.sharedDay ?? day, c);
    for (const [d, ctx] of ready.entries()) totals.set(ctx, sums[d] ?? new Float64Array(0));
  }
  return contexts.map((ctx) => {
    if ('unavailable' in ctx.prepared) return { dimension: ctx.dimension.id, groups: [], unavailable: ctx.prepared.unavailable };
    return breakdownFrom(ctx, totals.get(ctx) ?? new Float64Array(0), definition);
  });
}

/**
 * Each context's running totals of its groups, every child's contribution added to its group's. Each group's
 * totals sit side by side in one array (TALLY_FIELDS numbers a group: cohort, numerator, denominator), rather
 * than an object per group: this loop runs for every child of every result in ten dimensions, and objects
 * made here for groups met part way through sent the optimised loop back to the interpreter.
 */
function tallied(contexts: readonly BreakdownContext[], day: Day, c: Contributions): Float64Array[] {
  const { timelines } = c.children;
  const groupsOf = contexts.map((ctx) => groupsOnDay(ctx, day));
  const sums: Float64Array[] = contexts.map((ctx) => new Float64Array((ctx.names.length + 8) * TALLY_FIELDS));
  const { size, positions, numerator, denominator, days } = c;
  for (let k = 0; k < size; k += 1) {
    const at = positions[k] ?? -1;
    const num = numerator[k] ?? 0;
    const den = denominator[k] ?? 0;
    // A child grouped on a day of their own (an event, an annual cohort): worked out for them alone, as the
    // cache holds each child's group at the month end. Such results have a few children per month.
    const own = days ? (days[k] ?? NaN) : NaN;
    for (let d = 0; d < contexts.length; d += 1) {
      const groupOfChild = groupsOf[d];
      const ctx = contexts[d];
      if (!groupOfChild || !ctx) continue;
      let index: number;
      if (!Number.isNaN(own)) {
        const timeline = at === -1 ? undefined : timelines[at];
        index = groupIndex(ctx, timeline && 'groupOf' in ctx.prepared ? ctx.prepared.groupOf(timeline, own) : 'Unknown child');
      } else index = at === -1 ? groupIndex(ctx, 'Unknown child') : (groupOfChild[at] ?? -1);
      if (index === -1) {
        const timeline = timelines[at];
        index = groupIndex(ctx, timeline && 'groupOf' in ctx.prepared ? ctx.prepared.groupOf(timeline, day) : 'Unknown child');
        groupOfChild[at] = index;
      }
      const b = index * TALLY_FIELDS;
      let s = sums[d] ?? new Float64Array(0);
      if (b + TALLY_FIELDS > s.length) sums[d] = s = grown(s, b + TALLY_FIELDS);
      s[b] = (s[b] ?? 0) + 1;
      s[b + 1] = (s[b + 1] ?? 0) + num;
      s[b + 2] = (s[b + 2] ?? 0) + den;
    }
  }
  return sums;
}

/** Each child's group index in the context on `day` (-1 until worked out), by the child's position in the input. */
function groupsOnDay(ctx: BreakdownContext, day: Day): Int16Array {
  let groupOfChild = ctx.cache.get(day);
  if (!groupOfChild) {
    // Typed arrays rather than maps: a large council has thousands of children × 13 months × 10 dimensions, and
    // 16 bits rather than 32 because nationally (half a million children) the 32-bit arrays took 260 MB.
    groupOfChild = new Int16Array(ctx.children.timelines.length).fill(-1);
    ctx.cache.set(day, groupOfChild);
    // Only the latest few month ends are kept: a series breaks results down month by month, and nationally each
    // month end's array is 1 MB per dimension. A month end asked about again is worked out again.
    for (const old of ctx.cache.keys()) if (ctx.cache.size > KEPT_DAYS) ctx.cache.delete(old);
  }
  return groupOfChild;
}

/** The context's breakdown from its groups' totals: the listed groups in order, then the others met, by name. */
function breakdownFrom(ctx: BreakdownContext, sums: Float64Array, definition: MeasureDefinition): Breakdown {
  const listed = 'groups' in ctx.prepared ? ctx.prepared.groups.length : 0;
  const extra: number[] = [];
  for (let i = listed; i < ctx.names.length; i += 1) if ((sums[i * TALLY_FIELDS] ?? 0) > 0) extra.push(i);
  extra.sort((a, b) => compareGroupNames(ctx.names[a] ?? '', ctx.names[b] ?? ''));
  const order = [...Array.from({ length: listed }, (_, i) => i), ...extra];
  const groups = order.map((i) => figuresOf(ctx.names[i] ?? '', tallyAt(sums, i), definition));
  const out: Breakdown = { dimension: ctx.dimension.id, groups };
  if (definition.unit === 'rate-per-10000') out.note = 'A rate per 10,000 needs the population of each group, which carestats does not have: each group shows its count of children only.';
  return out;
}

/**
 * What each child in a result's cohort adds to its group's numerator and denominator (in the measure's unit, see
 * `partsOf`), worked out once per result and reused for every dimension (a result is broken down by ten):
 * looking up children by id and reading outcomes of many shapes was most of a breakdown's time, where adding
 * up typed arrays is cheap. Entry k is the k-th child in the cohort.
 */
interface Contributions {
  /** The input's children the positions refer to. */
  children: ChildIndex;
  unit: Unit;
  size: number;
  /** The child's position in the input, or -1 for a child the input does not have. */
  positions: Int32Array;
  numerator: Float64Array;
  /** Zero throughout for a unit without a denominator (a count, a rate). */
  denominator: Float64Array;
  /** The day each child's groups are taken on (ChildOutcome.groupDay), NaN for the month end; null when they all share one (see sharedDay). */
  days: Float64Array | null;
  /** The groupDay every child in the cohort gives, when they all give the same one; null otherwise (or none given). */
  sharedDay: Day | null;
}
const CONTRIBUTIONS = new WeakMap<MeasureResult, Contributions>();

function contributionsOf(result: MeasureResult, unit: Unit, children: ChildIndex): Contributions {
  const cached = CONTRIBUTIONS.get(result);
  if (cached?.children === children && cached.unit === unit) return cached;
  const outcomes = result.children;
  let n = 0;
  for (const o of outcomes) if (o.inCohort) n += 1;
  // Only for a cohort big enough to be worth a day of the cache (an annual cohort): a month's few starters or
  // leavers are grouped one by one, not given a day's array that would push a month end out of the cache.
  const sharedDay = n >= SHARED_DAY_COHORT ? sharedGroupDay(outcomes) : null;
  const ownDays = sharedDay === null && outcomes.some((o) => o.inCohort && o.groupDay !== undefined);
  const c: Contributions = {
    children, unit, size: n, positions: new Int32Array(n), numerator: new Float64Array(n), denominator: new Float64Array(n), days: ownDays ? new Float64Array(n) : null, sharedDay,
  };
  // Each child through partsOf, the one statement of what a child adds, into one pair reused for every child.
  const parts: Parts = { numerator: 0, denominator: 0 };
  let k = 0;
  for (let i = 0; i < outcomes.length; i += 1) {
    const o = outcomes[i];
    if (!o?.inCohort) continue;
    partsOf(o, unit, parts);
    c.positions[k] = positionOf(o.child, i, children);
    c.numerator[k] = parts.numerator;
    c.denominator[k] = parts.denominator;
    if (c.days) c.days[k] = o.groupDay ?? NaN;
    k += 1;
  }
  CONTRIBUTIONS.set(result, c);
  return c;
}

/** The groupDay every child in the cohort gives, if they all give one and the same; else null. */
function sharedGroupDay(outcomes: readonly ChildOutcome[]): Day | null {
  let day: Day | null = null;
  for (const o of outcomes) {
    if (!o.inCohort) continue;
    if (o.groupDay === undefined || (day !== null && o.groupDay !== day)) return null;
    day = o.groupDay;
  }
  return day;
}

/** The position in the input of the child with id `child`, the `place`-th outcome of a result; -1 if not in the input. */
function positionOf(child: string, place: number, index: ChildIndex): number {
  // The results of one month mostly list the same children in the same order (every measure of the children in
  // care at the month end walks one list), so comparing with the id last seen at that place finds most
  // positions without the map, whose look-ups (a cache miss or two each, hundreds of thousands per series)
  // were most of the time spent here.
  const { ids, positions } = index.recent;
  if (ids[place] === child) return positions[place] ?? -1;
  const at = index.position.get(child) ?? -1;
  ids[place] = child;
  positions[place] = at;
  return at;
}

/** The smallest cohort whose shared groupDay is grouped through the cache, as a month end is (see contributionsOf). */
const SHARED_DAY_COHORT = 64;

/** Month ends whose children's groups a breakdown context keeps. */
const KEPT_DAYS = 3;

/** Numbers per group in a breakdown's running totals: its cohort, numerator and denominator (see Tally). */
const TALLY_FIELDS = 3;

/** A copy of `sums` with room for at least `length` numbers. */
function grown(sums: Float64Array, length: number): Float64Array {
  const bigger = new Float64Array(Math.max(length, sums.length * 2));
  bigger.set(sums);
  return bigger;
}

/** Group `i`'s running totals (zero for a group no child fell in). */
function tallyAt(sums: Float64Array, i: number): Tally {
  const b = i * TALLY_FIELDS;
  return { cohort: sums[b] ?? 0, numerator: sums[b + 1] ?? 0, denominator: sums[b + 2] ?? 0 };
}

/** Groups of one dimension, as many as a 16-bit index holds (a council has tens of teams, not thousands). */
const MAX_GROUPS = 32_767;

function groupIndex(ctx: BreakdownContext, group: string): number {
  let i = ctx.indexOf.get(group);
  if (i === undefined) {
    if (ctx.names.length >= MAX_GROUPS) throw new Error(`A breakdown by ${ctx.dimension.id} found more than ${String(MAX_GROUPS)} different groups, more than carestats can show`);
    i = ctx.names.length;
    ctx.names.push(group);
    ctx.indexOf.set(group, i);
  }
  return i;
}

/** The order of the groups after those always listed: by code unit, not locale, so it is the same everywhere. */
export function compareGroupNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Running totals for one group: children in the cohort, and what they add to the numerator and denominator. */
interface Tally {
  cohort: number;
  numerator: number;
  denominator: number;
}

/** What one child adds to a group's numerator and denominator. */
interface Parts {
  numerator: number;
  denominator: number;
}

/**
 * What a child in the cohort adds to its group, by the measure's unit, written into `out`. A count adds up the
 * children counted (or their own `value`, where a count measure counts something per child such as
 * incidents); a percentage is those counted over those in the cohort, or where a measure counts events
 * (outcome `events`) its events, so the groups add up to the measure's own numerator and denominator; an
 * average (days, score) is the sum of the children's own values over the number of children with one, as the
 * measures publish it; a rate keeps only the count (no population per group, so no denominator).
 */
function partsOf(o: ChildOutcome, unit: Unit, out: Parts): void {
  switch (unit) {
    case 'count':
      out.numerator = o.met === true ? (o.value ?? 1) : 0;
      out.denominator = 0;
      return;
    case 'percent':
      out.numerator = o.events ? o.events.met : o.met === true ? 1 : 0;
      out.denominator = o.events ? o.events.of : 1;
      return;
    case 'rate-per-10000':
      out.numerator = o.met === true ? 1 : 0;
      out.denominator = 0;
      return;
    case 'days':
    case 'score':
      out.numerator = o.value ?? 0;
      out.denominator = o.value !== undefined ? 1 : 0;
      return;
  }
}

/** Works out one group's figures from its children's outcomes, by the measure's unit (see `partsOf`). */
export function groupFigures(group: string, outcomes: readonly ChildOutcome[], definition: MeasureDefinition): BreakdownGroup {
  const tally: Tally = { cohort: 0, numerator: 0, denominator: 0 };
  const parts: Parts = { numerator: 0, denominator: 0 };
  for (const o of outcomes) {
    if (!o.inCohort) continue;
    partsOf(o, definition.unit, parts);
    tally.cohort += 1;
    tally.numerator += parts.numerator;
    tally.denominator += parts.denominator;
  }
  return figuresOf(group, tally, definition);
}

function figuresOf(group: string, t: Tally, definition: MeasureDefinition): BreakdownGroup {
  const unit = definition.unit;
  const numerator = t.numerator;
  const denominator = unit === 'count' || unit === 'rate-per-10000' ? null : t.denominator;
  return { group, numerator, denominator, value: valueFromParts(unit, definition.decimals, numerator, denominator), cohort: t.cohort };
}
