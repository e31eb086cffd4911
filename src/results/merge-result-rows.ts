// Puts together measure results computed in shares of a council's children (pipeline/sharded-measures.ts), as
// one computation over every child would have given them: pure, so it is tested on its own.
//
// Each child is in one share, and every measure is about one child at a time, so the shares' numerators,
// denominators and cohorts add up, group by group in a breakdown too. A value is then worked out again from
// the added parts (valueFromParts: every measure's value follows from its parts). A rate's denominator is the
// population, which each share has whole, so it is taken once rather than added.
import { valueFromParts, type MeasureDefinition, type MeasureInput } from '../measures/measure.ts';
import { compareGroupNames, type Breakdown, type BreakdownGroup } from './breakdown.ts';
import type { Dimension } from './dimensions/dimensions.ts';
import type { ResultJson } from './result-json.ts';

/**
 * Each dimension's groups shown even when empty, by its id, as mergeResultRows takes them. They come from the
 * council's configuration and the tables, never from the children, so `input` need hold none: preparing the
 * dimensions without any gives every share's listed groups.
 */
export function listedGroupsOf(dimensions: readonly Dimension[], input: MeasureInput): Map<string, readonly string[]> {
  return new Map(dimensions.map((d) => {
    const prepared = d.prepare(input);
    return [d.id, 'groups' in prepared ? prepared.groups : []] as const;
  }));
}

/**
 * Merges the shares' rows, which list the same measures, months and breakdowns in the same order.
 * `listedGroups` are each breakdown dimension's groups shown even when empty, in order, by dimension id
 * (PreparedDimension.groups); other groups follow in the order of their names, as breakdownOf orders them.
 */
export function mergeResultRows(shares: readonly (readonly ResultJson[])[], definitions: ReadonlyMap<string, MeasureDefinition>, listedGroups: ReadonlyMap<string, readonly string[]>): ResultJson[] {
  const first = shares[0];
  if (!first) throw new Error('Programmer error: no shares to merge');
  for (const s of shares) if (s.length !== first.length) throw new Error('Programmer error: the shares computed different numbers of results');
  return first.map((row, i) => {
    const rows = shares.map((s) => s[i] ?? row);
    for (const r of rows) {
      if (r.id !== row.id || r.month !== row.month || r.unavailable !== row.unavailable || r.breakdown?.dimension !== row.breakdown?.dimension) {
        throw new Error(`Programmer error: the shares' results ${row.id} ${row.month} do not match`);
      }
    }
    const definition = definitions.get(row.id);
    if (!definition) throw new Error(`Programmer error: no definition for ${row.id}`);
    return mergeRow(rows, definition, listedGroups);
  });
}

function mergeRow(rows: readonly ResultJson[], definition: MeasureDefinition, listedGroups: ReadonlyMap<string, readonly string[]>): ResultJson {
  const [row] = rows;
  if (!row) throw new Error('Programmer error: no rows to merge');
  // Unavailable for want of a table, the council's configuration or a year's rows: every share is given the
  // whole folder's tables and whole-data facts (measures/shared/whole-data.ts), so all say it alike.
  if (row.unavailable !== undefined) return row;
  const numerator = added(rows.map((r) => r.numerator));
  const denominator = definition.unit === 'rate-per-10000' ? same(rows.map((r) => r.denominator), row.id) : added(rows.map((r) => r.denominator));
  const breakdowns = rows.flatMap((r) => (r.breakdown ? [r.breakdown] : []));
  return {
    id: row.id, month: row.month, numerator, denominator, value: valueFromParts(definition.unit, definition.decimals, numerator, denominator),
    cohort: added(rows.map((r) => r.cohort)),
    ...(breakdowns.length > 0 ? { breakdown: mergeBreakdowns(breakdowns, definition, listedOf(breakdowns, listedGroups)) } : {}),
  };
}

/** The listed groups of the breakdowns' dimension: a dimension the merge was not given them for would lose its empty groups. */
function listedOf(breakdowns: readonly Breakdown[], listedGroups: ReadonlyMap<string, readonly string[]>): readonly string[] {
  const dimension = breakdowns[0]?.dimension ?? '';
  const listed = listedGroups.get(dimension);
  if (!listed) throw new Error(`Programmer error: no listed groups for dimension ${dimension}`);
  return listed;
}

function mergeBreakdowns(breakdowns: readonly Breakdown[], definition: MeasureDefinition, listedGroups: readonly string[]): Breakdown {
  const [first] = breakdowns;
  if (!first) throw new Error('Programmer error: no breakdowns to merge');
  if (first.unavailable !== undefined) return first;
  const byName = new Map<string, BreakdownGroup[]>();
  for (const b of breakdowns) {
    for (const g of b.groups) {
      const parts = byName.get(g.group);
      if (parts) parts.push(g);
      else byName.set(g.group, [g]);
    }
  }
  const listed = new Set(listedGroups);
  const others = [...byName.keys()].filter((name) => !listed.has(name)).sort(compareGroupNames);
  const groups = [...listedGroups, ...others].map((name) => {
    const parts = byName.get(name) ?? [];
    const numerator = added(parts.map((g) => g.numerator));
    const denominator = added(parts.map((g) => g.denominator));
    return { group: name, numerator, denominator, value: valueFromParts(definition.unit, definition.decimals, numerator, denominator), cohort: parts.reduce((n, g) => n + g.cohort, 0) };
  });
  return { dimension: first.dimension, groups, ...(first.note === undefined ? {} : { note: first.note }) };
}

/** The numbers added up; null when every one is null (a count has no denominator). Mixed means the shares disagree. */
function added(values: readonly (number | null)[]): number | null {
  if (values.every((v) => v === null)) return null;
  let total = 0;
  for (const v of values) {
    if (v === null) throw new Error('Programmer error: one share has a figure another lacks');
    total += v;
  }
  return total;
}

/** The one number every share has (a rate's population). */
function same(values: readonly (number | null)[], id: string): number | null {
  const [v] = values;
  if (values.some((x) => x !== v)) throw new Error(`Programmer error: the shares' ${id} denominators differ`);
  return v ?? null;
}

