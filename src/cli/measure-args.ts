// Reads the measure and dimension names given on the command line, with a usage error naming the valid ones.
import type { Measure } from '../measures/measure.ts';
import { MEASURES } from '../measures/registry.ts';
import { DIMENSIONS, dimensionById, type Dimension } from '../results/dimensions/dimensions.ts';
import { UsageError } from './effects.ts';
import { didYouMean } from './near-miss.ts';

/** Tells whether a word is a registered measure's id (an argument given in the wrong place says so). */
export function isMeasureId(word: string): boolean {
  return MEASURES.some((m) => m.definition.id === word);
}

/** Returns the registered measure with an id, or throws a usage error listing the ids. */
export function measureArg(id: string): Measure {
  const found = MEASURES.find((m) => m.definition.id === id);
  if (found) return found;
  const ids = MEASURES.map((m) => m.definition.id);
  throw new UsageError(`There is no measure "${id}".${nearOrEach(id, ids, '--measure')} Measures: ${ids.join(', ')}.`);
}

/** Returns the measures named (in report order, each once), or every measure when none is named. */
export function measuresArg(ids: readonly string[] | undefined): readonly Measure[] {
  if (!ids?.length) return MEASURES;
  const wanted = new Set(ids.map((id) => measureArg(id).definition.id));
  return MEASURES.filter((m) => wanted.has(m.definition.id));
}

/** The word for `--by` that asks for every dimension. */
export const EVERY_DIMENSION = 'all';

/** Returns the dimension named by `--by`, or throws a usage error listing the dimensions. */
export function dimensionArg(id: string): Dimension {
  const found = dimensionById(id);
  if (found) return found;
  const ids = DIMENSIONS.map((d) => d.id);
  throw new UsageError(`There is no dimension "${id}".${nearOrEach(id, ids, '--by')} Dimensions: ${ids.join(', ')}, or ${EVERY_DIMENSION} for every one.`);
}

/**
 * What was probably meant by a name that is none of `ids`: the near one (cla-count: cla_count), or for a list
 * with commas (cla_count,cla_rate), each name with its own option, as they are given.
 */
function nearOrEach(given: string, ids: readonly string[], option: string): string {
  const parts = given.split(',').map((p) => p.trim()).filter(Boolean);
  if (parts.length > 1) return ` Give each with its own ${option}: ${parts.map((p) => `${option} ${p}`).join(' ')}.`;
  return didYouMean(given, ids);
}

/**
 * Returns the dimensions named by `--by` (given once or more), each once in the order first named; `--by all`
 * names every dimension, in their usual order. None when `--by` is not given.
 */
export function dimensionsArg(ids: readonly string[] | undefined): Dimension[] {
  const out: Dimension[] = [];
  for (const id of ids ?? []) {
    for (const d of id === EVERY_DIMENSION ? DIMENSIONS : [dimensionArg(id)]) if (!out.includes(d)) out.push(d);
  }
  return out;
}
