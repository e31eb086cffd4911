// Missing and away-from-placement episodes of children looked after, from the SSD (ssd_missing) or the 903 Missing table.
import { ageOn, formatUk, type Day } from '../../core/civil-date.ts';
import { monthKeyOf, monthStartOf } from '../../core/month.ts';
import type { SourceRow } from '../../ingest/records.ts';
import { missingKind } from '../../ingest/ssd-values.ts';
import type { ChildTimeline } from '../../timeline/child-timeline.ts';
import { lookedAfterOn } from '../../timeline/looked-after-on.ts';
import { keptReason, type ChildOutcome, type DatedTable, type MeasureInput, type MeasureResult } from '../measure.ts';
import { memoFor } from './input-memo.ts';
import { unavailableBefore, unavailableResult, unavailableUnlinked, unlinkedOf } from './unavailable.ts';
import { wholeData } from './whole-data.ts';

/** Missing (whereabouts unknown) or away from placement without authorisation (whereabouts known). */
export type MissingKind = 'missing' | 'away';

/** One episode, whichever table it came from. `rhiOffered` is null where the source does not record it (903). */
export interface MissingEpisode {
  kind: MissingKind | null;
  /** The type as written, for reasons. */
  type: string;
  start: Day;
  end: Day | null;
  rhiOffered: string | null;
  source: SourceRow;
  /** Other rows recording the same episode (same kind, same start), left out of the figures (see `missingEpisodes`). */
  repeatedAt?: SourceRow[];
}

/** Which table episodes come from: the SSD when supplied (it also records return interviews), else the 903. */
export type MissingSource = 'ssd' | 'ssda903';

const TABLE_OF: Readonly<Record<MissingSource, DatedTable>> = { ssd: 'ssd.missing', ssda903: 'ssda903.missing' };

/**
 * Chooses the table a month's episodes come from: ssd_missing when the council supplied it and its records
 * cover the month, otherwise the SSDA903 Missing table when that does. A table supplied with no episode of a
 * child in it (a file of headings only: no child went missing) covers every month, but an SSD table like that
 * gives way to a 903 table that has episodes. Returns the unavailable result when neither table covers the
 * month, or neither was supplied.
 */
export function missingSourceAt(input: MeasureInput, monthEnd: Day, id: string): MissingSource | MeasureResult {
  const supplied = (['ssd', 'ssda903'] as const).filter((s) => input.supplied.has(TABLE_OF[s]));
  // An ssd_missing whose children are not the 903's (checks/ssd-children.ts) gives way to the 903's table, or says why.
  const unlinked = unlinkedOf(input, ['ssd.missing']);
  const usable = unlinked ? supplied.filter((s) => s !== 'ssd') : supplied;
  const first = usable[0];
  if (first === undefined) {
    return (unlinked ? unavailableUnlinked(input, id, monthEnd, ['ssd.missing']) : null)
      ?? unavailableResult(id, monthEnd, 'Needs the SSD ssd_missing table or the SSDA903 Missing table, which the data does not include.');
  }
  const records = wholeData(input).firstRecord;
  const withEpisodes = usable.filter((s) => records[TABLE_OF[s]] !== undefined);
  const candidates = withEpisodes.length > 0 ? withEpisodes : usable;
  const from = monthStartOf(monthEnd);
  // Neither covering the month: say so of the table preferred.
  let refusal: MeasureResult | null = null;
  for (const s of candidates) {
    const refused = unavailableBefore(input, id, monthEnd, TABLE_OF[s], from);
    if (refused === null) return s;
    refusal ??= refused;
  }
  return refusal ?? first;
}

/**
 * Returns a child's episodes from the chosen table, in start order, each once: a second row of the same kind
 * starting on the same day records the same episode (a child's missing periods cannot overlap, DfE rule 574; an
 * SSD extract that joins a table twice repeats rows), so it is kept only as `repeatedAt` of the first row, whose
 * end and return-interview flag are read. Counted twice, it made one incident two.
 */
export function missingEpisodes(t: ChildTimeline, source: MissingSource): MissingEpisode[] {
  const all = source === 'ssd'
    ? t.ssd.missing.map((r): MissingEpisode => ({ kind: missingKind(r.type), type: r.type, start: r.start, end: r.end, rhiOffered: r.rhiOffered, source: r }))
    : t.ssda903.missing.map((r): MissingEpisode => ({ kind: missingKind(r.missing), type: r.missing, start: r.misStart, end: r.misEnd, rhiOffered: null, source: r }));
  if (all.length < 2) return all;
  const out: MissingEpisode[] = [];
  for (const e of all) {
    // In start order, so an earlier row of the same start is among the last kept.
    let first: MissingEpisode | undefined;
    for (let i = out.length - 1; i >= 0; i -= 1) {
      const o = out[i] as MissingEpisode;
      if (o.start !== e.start) break;
      if (e.kind !== null && o.kind === e.kind) first = o;
    }
    if (first) (first.repeatedAt ??= []).push(e.source);
    else out.push(e);
  }
  return out;
}

/** Lists the children with any missing or away episode in `source`, with their episodes; found once per input. */
export function childrenWithMissing(input: MeasureInput, source: MissingSource): readonly { t: ChildTimeline; episodes: readonly MissingEpisode[] }[] {
  return memoFor(input, `missing|${source}`, () =>
    input.timelines.flatMap((t) => {
      const episodes = missingEpisodes(t, source);
      return episodes.length > 0 ? [{ t, episodes }] : [];
    }),
  );
}

/**
 * Returns the day whose end finds the child looked after (short breaks and 18+ excluded) for an episode that
 * began on `day`: `day` itself, or the day before when the child was looked after until `day` and left care (or
 * went on to short breaks only) that day, still under 18; null when the child was not looked after on `day`.
 * A child is looked after during the day their care ends: DfE rule 578 allows a missing episode to begin on the
 * day care ceases (MIS_START after DEC is the error), and carestats' own check (checks/rules/events-in-care.ts)
 * treats that day as in care. `lookedAfterOn` alone, which asks about the end of the day as the 31 March count
 * does, would drop such an episode.
 */
export function dayLookedAfterFor(t: ChildTimeline, day: Day): Day | null {
  if (lookedAfterOn(t, day).kind === 'looked-after') return day;
  // An 18th birthday ends looked-after status at the start of the day, so an episode that began then is an adult's.
  if (ageOn(t.dob, day) < 18 && lookedAfterOn(t, day - 1).kind === 'looked-after') return day - 1;
  return null;
}

/** Tells why an episode does not count because the child was not looked after when it began, or null if they were (`dayLookedAfterFor`). */
export function notLookedAfterAt(t: ChildTimeline, day: Day): string | null {
  if (dayLookedAfterFor(t, day) !== null) return null;
  const status = lookedAfterOn(t, day);
  switch (status.kind) {
    // Not reached: dayLookedAfterFor finds the day.
    case 'looked-after': return null;
    case 'not-looked-after': return 'not looked after that day';
    case 'short-break': return `on a short break that day (legal status ${status.episode.ls})`;
    case 'aged-18-or-over': return `aged ${String(status.age)} that day`;
  }
}

/** Describes an episode for a child's reason. */
export function describeMissing(e: MissingEpisode): string {
  const end = e.end === null ? 'not yet ended' : `ended ${formatUk(e.end)}`;
  const repeats = e.repeatedAt ? `; also recorded at ${e.repeatedAt.map((r) => `${r.file} row ${String(r.row)}`).join(' and ')}, counted once` : '';
  return `${e.type || 'untyped'} episode from ${formatUk(e.start)} (${end}) at ${e.source.file} row ${String(e.source.row)}${repeats}`;
}

/**
 * Counts, for the month ending `monthEnd`, episodes of one kind that began in the month while the child was
 * looked after (short breaks and 18+ excluded, as "Children looked after"), and gives each child with such an
 * episode an outcome; `unit` says whether the figure counts children or episodes. Episodes that began when
 * the child was not looked after are listed as not counted.
 */
export function countStartingInMonth(input: MeasureInput, monthEnd: Day, id: string, kind: MissingKind, unit: 'children' | 'episodes'): MeasureResult {
  const source = missingSourceAt(input, monthEnd, id);
  if (typeof source !== 'string') return source;
  const from = monthStartOf(monthEnd);
  const children: ChildOutcome[] = [];
  let total = 0;
  for (const { t, episodes } of childrenWithMissing(input, source)) {
    const inMonth = episodes.filter((e) => e.kind === kind && e.start >= from && e.start <= monthEnd);
    if (inMonth.length === 0) continue;
    const counted = inMonth.filter((e) => notLookedAfterAt(t, e.start) === null);
    const left = inMonth.filter((e) => notLookedAfterAt(t, e.start) !== null);
    const leftText = left.map((e) => `${describeMissing(e)}: ${notLookedAfterAt(t, e.start) ?? ''}`).join('; ');
    if (counted.length === 0) {
      children.push({ child: t.child, inCohort: false, met: null, reason: keptReason(input, () => `Not counted: ${leftText}`) });
      continue;
    }
    total += unit === 'children' ? 1 : counted.length;
    const also = left.length > 0 ? `. Not counted: ${leftText}` : '';
    const reason = keptReason(input, () => `${String(counted.length)} counted: ${counted.map(describeMissing).join('; ')}${also}`);
    // For a count of episodes the child's own number of episodes is their figure; a count of children has none.
    // Grouped as they were when their latest counted episode began (the day the cohort is looked after on), not
    // at the month end, when a child who went missing may have left care or moved.
    const groupDay = groupDayFor(t, counted);
    children.push(unit === 'episodes' ? { child: t.child, inCohort: true, met: true, value: counted.length, groupDay, reason } : { child: t.child, inCohort: true, met: true, groupDay, reason });
  }
  return { id, month: monthKeyOf(monthEnd), numerator: total, denominator: null, value: total, children };
}

/**
 * The day a breakdown groups a child counted for some episodes on: the day the latest began, or, when the child
 * left care that day, the day before, their last day in care (`dayLookedAfterFor`), as for leaving care.
 */
export function groupDayFor(t: ChildTimeline, episodes: readonly { start: Day }[]): Day {
  const latest = latestStart(episodes);
  return dayLookedAfterFor(t, latest) ?? latest;
}

/** The day the latest of some episodes began. */
function latestStart(episodes: readonly { start: Day }[]): Day {
  let latest = -Infinity;
  for (const e of episodes) if (e.start > latest) latest = e.start;
  return latest;
}
