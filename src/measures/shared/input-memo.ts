// Work shared between the measures of one series: remembered per measure input, so each is done once.
import type { MeasureInput } from '../measure.ts';

// Keyed by the input object: a series computes some forty measures for each of many month ends over one
// input, and many of them start from the same list (the children in care at the month end, the care
// leavers in an age band). Each entry is only ever computed from the input itself, so a measure gives the
// same result as computing afresh; the WeakMap lets an input and its entries be collected together.
const MEMO = new WeakMap<MeasureInput, Map<string, unknown>>();

/** Returns the value remembered for `key` on this input, computing it the first time. `key` must name everything `compute` depends on besides the input. */
export function memoFor<T>(input: MeasureInput, key: string, compute: () => T): T {
  return remember(entryOf(MEMO, input, () => new Map<string, unknown>()), key, compute);
}

/** The value `map` holds for `key`, made and stored first if it has none. */
function entryOf<K, V>(map: { get(key: K): V | undefined; set(key: K, value: V): unknown }, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

function remember<T>(entries: Map<string, unknown>, key: string, compute: () => T): T {
  if (entries.has(key)) return entries.get(key) as T;
  const value = compute();
  entries.set(key, value);
  return value;
}

// Work for one month end (the children in care at it, the care leavers in an age band at it) is needed only
// while that month's measures are computed: kept apart by day so a series can let it go once the month is done
// (compute-series.ts), rather than holding every month's lists at once (hundreds of megabytes nationally).
const BY_DAY = new WeakMap<MeasureInput, Map<number, Map<string, unknown>>>();

/** As memoFor, for work about one month end `day`; `releaseDay` forgets it. */
export function memoForDay<T>(input: MeasureInput, day: number, key: string, compute: () => T): T {
  const days = entryOf(BY_DAY, input, () => new Map<number, Map<string, unknown>>());
  return remember(entryOf(days, day, () => new Map<string, unknown>()), key, compute);
}

/** Forgets the work remembered for month end `day` (it is worked out again if asked for). */
export function releaseDay(input: MeasureInput, day: number): void {
  BY_DAY.get(input)?.delete(day);
}
