// The one way a measure says it cannot be computed: which tables it needs that the council did not supply.
import { firstDayOfMonthsTo, formatLong, formatMonthLong, type Day } from '../../core/civil-date.ts';
import { monthKeyOf, monthStartOf } from '../../core/month.ts';
import { listInWords } from '../../core/words.ts';
import type { SuppliedTable } from '../../timeline/build-timelines.ts';
import { SPELL_TABLES, type DatedTable, type MeasureDefinition, type MeasureInput, type MeasureResult, type UnlinkedSsd } from '../measure.ts';
import { wholeData } from './whole-data.ts';

/** Plain-English names of the tables, as an analyst knows them. */
export const TABLE_NAMES: Readonly<Record<SuppliedTable, string>> = {
  'ssda903.headers': 'the SSDA903 Header table',
  'ssda903.episodes': 'the SSDA903 Episodes table',
  'ssda903.reviews': 'the SSDA903 Reviews table',
  'ssda903.uasc': 'the SSDA903 UASC table',
  'ssda903.oc2': 'the SSDA903 OC2 table (children looked after for 12 months)',
  'ssda903.oc3': 'the SSDA903 OC3 table (care leavers)',
  'ssda903.ad1': 'the SSDA903 AD1 table (adoption)',
  'ssda903.placedAdoption': 'the SSDA903 PlacedAdoption table',
  'ssda903.prevPerm': 'the SSDA903 PrevPerm table',
  'ssda903.missing': 'the SSDA903 Missing table',
  'ssda903.swEpisodes': 'the SSDA903 SWEpisodes table',
  'ssda903.dolo': 'the SSDA903 deprivation of liberty table',
  'ssd.person': 'the SSD ssd_person table',
  'ssd.claEpisodes': 'the SSD ssd_cla_episodes table',
  'ssd.reviews': 'the SSD ssd_cla_reviews table',
  'ssd.visits': 'the SSD ssd_cla_visits table',
  'ssd.health': 'the SSD ssd_cla_health table',
  'ssd.immunisations': 'the SSD ssd_cla_immunisations table',
  'ssd.sdq': 'the SSD ssd_sdq_scores table',
  'ssd.missing': 'the SSD ssd_missing table',
  'ssd.careLeavers': 'the SSD ssd_care_leavers table',
  'ssd.placements': 'the SSD ssd_cla_placement table',
  'ssd.involvements': 'the SSD ssd_involvements table',
  'ssd.departments': 'the SSD ssd_department table',
  'ssd.disabilities': 'the SSD ssd_disability table',
};

/** The result of a measure that cannot be computed for this month end, saying why: no figure, no child. */
export function unavailableResult(id: string, monthEnd: Day, reason: string): MeasureResult {
  return { id, month: monthKeyOf(monthEnd), numerator: null, denominator: null, value: null, unavailable: reason, children: [] };
}

/**
 * Returns an "unavailable" result when any of `needs` was not supplied, naming what is missing, or null when
 * the measure can be computed. A measure without its data says so rather than showing zero.
 */
export function unavailableUnless(input: MeasureInput, id: string, monthEnd: Day, needs: readonly SuppliedTable[]): MeasureResult | null {
  const missing = neededMissing(input, needs);
  return missing === null ? unavailableUnlinked(input, id, monthEnd, needs) : unavailableResult(id, monthEnd, missing);
}

/** What of `needs` was not supplied, as a sentence ("Needs …, which the data does not include."), or null when all was. */
export function neededMissing(input: MeasureInput, needs: readonly SuppliedTable[]): string | null {
  const missing = needs.filter((t) => !input.supplied.has(t));
  return missing.length === 0 ? null : `Needs ${listInWords(missing.map((t) => TABLE_NAMES[t]))}, which the data does not include.`;
}

/** The needed SSD table whose rows join no child of the SSDA903 returns, or the wrong ones (MeasureInput.unlinkedSsd), or undefined. */
export function unlinkedOf(input: MeasureInput, needs: readonly SuppliedTable[]): UnlinkedSsd | undefined {
  return input.unlinkedSsd?.find((u) => needs.includes(u.table));
}

/**
 * Returns an "unavailable" result when one of `needs` is an SSD table whose children are not the SSDA903
 * returns' (checks/ssd-children.ts), or null: its figure would be 0, or another child's, and look real.
 */
export function unavailableUnlinked(input: MeasureInput, id: string, monthEnd: Day, needs: readonly SuppliedTable[]): MeasureResult | null {
  const why = unlinkedReason(input, needs);
  return why === null ? null : unavailableResult(id, monthEnd, `This figure cannot be worked out: ${why}`);
}

/** Why a needed SSD table cannot be used (see unavailableUnlinked), as a sentence, or null when each can. */
export function unlinkedReason(input: MeasureInput, needs: readonly SuppliedTable[]): string | null {
  const u = unlinkedOf(input, needs);
  if (!u) return null;
  if (u.why === 'reviews-not-linked') {
    return `no review in ${TABLE_NAMES[u.table]} links to a child: none of its clar_cla_id values is a clae_cla_id in the SSD ssd_cla_episodes table. Extract the two tables with the same CLA episode ids to report it.`;
  }
  const why = u.why === 'not-in-903'
    ? `none of the ${u.children.toLocaleString('en-GB')} ${u.children === 1 ? 'child' : 'children'} in ${TABLE_NAMES[u.table]} is a child in the SSDA903 returns (its person ids are not the returns' CHILD ids)`
    : `the SSD's person ids are not the SSDA903 returns' CHILD ids (most children's dates of birth differ between ssd_person and the Header), so ${TABLE_NAMES[u.table]} would join other children`;
  return `${why}. Extract the SSD with the same ids as the returns to report it.`;
}

/**
 * Returns an "unavailable" result when the records of `table` begin after `from`, the first day the measure
 * looks back to at this month end, or null when they cover it. Before its first record a table knows nothing,
 * so a figure that looked back past it would count too few: checks held before it, a missing episode in a
 * month before it. A table's history is taken to begin on the 1st of the month of its first record (an extract
 * starts on a month's first day more often than on a child's first record). A table with no dated record of
 * a child sets no limit: its measures show what it holds.
 */
export function unavailableBefore(input: MeasureInput, id: string, monthEnd: Day, table: DatedTable, from: Day): MeasureResult | null {
  const first = recordsBegin(input, table);
  if (first !== null && first > from) return unavailableResult(id, monthEnd, `${recordsBeginInWords(table, first)}, and this figure looks back to ${formatLong(from)}, before they begin.`);
  return table.startsWith('ssd.') ? unavailableAfterSsd(input, id, monthEnd) : null;
}

/**
 * How long the SSD tables may hold nothing before a month end for the extract to be taken to reach it: a week,
 * as a council's tables record visits most days, but a small council's may go a few days without one.
 */
const SSD_QUIET_DAYS = 7;

/**
 * Returns an "unavailable" result when the SSD extract ends before `monthEnd`: nothing in any SSD table (no
 * visit, review, check, missing episode or contact) in the week to it (`WholeData.ssdLatest`). Before, an SSD
 * extract taken in January beside returns to March gave March visits in time of 0 of 115; and one taken on 15
 * January gave January 79% where the whole month's visits give 95% (the visits of the rest of the month missing).
 */
export function unavailableAfterSsd(input: MeasureInput, id: string, monthEnd: Day): MeasureResult | null {
  const latest = ssdEndedBefore(input, monthEnd);
  if (latest === null) return null;
  return unavailableResult(id, monthEnd, `The SSD tables end on ${formatLong(latest)}, the last day anything in them happened (a visit, review, check, missing episode, contact, or a placement or allocation begun or ended), more than a week before ${formatLong(monthEnd)}: what happened after it is not in the data. Supply an SSD extract taken after the month end to report it.`);
}

/**
 * Returns the 1st of the month a dated table's records begin in (see unavailableBefore), or null when it sets
 * no limit (no dated record of a child).
 */
export function recordsBegin(input: MeasureInput, table: DatedTable): Day | null {
  const first = wholeData(input).firstRecord[table];
  return first === undefined ? null : monthStartOf(first);
}

/** Says where a dated table's records begin, in words: for a spell table, by the first spell to end (SPELL_TABLES). */
export function recordsBeginInWords(table: DatedTable, first: Day): string {
  // A spell table's rows may start years before this (an extract keeps the spells in force with their own
  // starts), so "begin" alone would contradict what an analyst sees in the file.
  if ((SPELL_TABLES as readonly DatedTable[]).includes(table)) {
    return `The records in ${TABLE_NAMES[table]} begin in ${formatMonthLong(first)} (none ended before then: an extract of those in force from then, which keeps their own, earlier, starts)`;
  }
  return `The records in ${TABLE_NAMES[table]} begin in ${formatMonthLong(first)}`;
}

/**
 * Returns an "unavailable" result when no ssd_cla_health row of a child is a check of the `kind` the measure counts
 * that took place, as carestats reads their type and status (ingest/ssd-values.ts), or null. The SSD leaves the wording to the
 * council, and one that wrote its health assessments "LAC Medical" had 0% with one; typing warns of the wording
 * (ssd-value-not-recognised), and the figure says why there is none.
 */
export function unavailableNoChecks(input: MeasureInput, id: string, monthEnd: Day, kind: 'assessment' | 'dental'): MeasureResult | null {
  const kinds = wholeData(input).ssdHealthKinds;
  if (kinds === undefined || kinds[kind] || !input.supplied.has('ssd.health')) return null;
  const what = kind === 'assessment' ? 'a health assessment (clah_health_check_type worded with "health assessment", or IHA or RHA)' : 'a dental check (clah_health_check_type worded with "dental", "teeth" or "dentist")';
  return unavailableResult(id, monthEnd, `No row of ${TABLE_NAMES['ssd.health']} is ${what} that took place (clah_health_check_status Completed, or blank), as carestats reads them, so the figure would be 0. Word the checks so in the extract to report it.`);
}

/**
 * Returns an "unavailable" result when the figure at `monthEnd` needs episodes from before the earliest SSDA903
 * return supplied (`input.returnsBegin`), or null. A return holds every episode open at any time in its year,
 * so the data know who was in care at the end of the day before it begins (31 March) and everything after, but
 * nothing of a child who left care earlier, or of an earlier move or adoption: a figure at an earlier month
 * end, or looking back past it (`definition.looksBackMonths`), would count too few.
 */
export function unavailableBeforeReturns(input: MeasureInput, definition: MeasureDefinition, monthEnd: Day): MeasureResult | null {
  const begins = input.returnsBegin;
  if (begins === undefined || begins === null) return null;
  const months = definition.looksBackMonths ?? 0;
  const from = months === 0 ? monthEnd : firstDayOfMonthsTo(monthEnd, months);
  if (from >= begins - 1) return null;
  const needs = months === 0 ? `who was in care on ${formatLong(monthEnd)}` : `the episodes from ${formatLong(from)} (${definition.looksBackWhy ?? (months === 1 ? 'the month' : `the ${String(months)} months to the month end`)})`;
  return unavailableResult(definition.id, monthEnd, `The earliest SSDA903 return supplied begins on ${formatLong(begins)}, and this figure needs ${needs}, before it: children who left care, moved or were adopted before then are not in the data. Supply the earlier returns to report it.`);
}

/**
 * Returns an "unavailable" result when `monthEnd` is after the newest SSDA903 return supplied ends
 * (`input.returnsEnd`), or null. Before, such a month's figure treated every episode still open as going on and
 * knew nothing of what happened since (no starts, no visits: 0 of 115 visits in time), with a note on standard
 * error that a redirect to a file drops.
 */
export function unavailableAfterReturns(input: MeasureInput, definition: MeasureDefinition, monthEnd: Day): MeasureResult | null {
  const ends = input.returnsEnd;
  if (ends === undefined || ends === null || monthEnd <= ends) return null;
  return unavailableResult(definition.id, monthEnd, `The newest SSDA903 return supplied ends on ${formatLong(ends)}, and the data know nothing of who came into care, left or moved after it. Supply the next year's return, or an extract of it, to report ${formatMonthLong(monthEnd)}.`);
}

/**
 * The last day anything happened in the SSD tables, when that is more than a week before `day` (the extract does
 * not reach it: see unavailableAfterSsd); otherwise null.
 */
export function ssdEndedBefore(input: MeasureInput, day: Day): Day | null {
  return ssdEnded(wholeData(input).ssdLatest ?? null, day);
}

/** As ssdEndedBefore, given the last day anything happened in the SSD tables (WholeData.ssdLatest). */
export function ssdEnded(latest: Day | null, day: Day): Day | null {
  return latest === null || latest > day - SSD_QUIET_DAYS ? null : latest;
}
