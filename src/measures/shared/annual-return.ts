// The annual DfE measures read one collection year's SSDA903 return: the year ending on the latest 31 March on or before the month end.
import { wholeData } from './whole-data.ts';
import { ageOn, dayFromYmd, formatUk, ymdFromDay, type Day } from '../../core/civil-date.ts';
import { monthKeyOf } from '../../core/month.ts';
import type { Oc2, Oc3 } from '../../timeline/record-views.ts';
import { lookedAfterContinuously } from '../../timeline/continuous-care.ts';
import { keptReason, reasonText, type ChildOutcome, type MeasureInput, type MeasureResult, type Reason, valueFromParts } from '../measure.ts';
import { contactEndedReason, EET_ACTIVITIES, endedByTransfer } from './care-leaver-status.ts';
import { NEVER_SUITABLE_ACCOMMODATION, yearName } from '../../ingest/code-lists.ts';
import { bandWords, type Oc3Band } from './annual-definition.ts';
import { memoFor } from './input-memo.ts';
import { unavailableResult, unavailableUnless } from './unavailable.ts';

/** A collection year: its 31 March and end year (2025 for 2024/25, as records carry it). */
export interface CollectionYearEnd {
  march31: Day;
  year: number;
}

/** Returns the collection year ending on the latest 31 March on or before `monthEnd` (31/03/2025 for any month end from March 2025 to February 2026). */
export function latestCollectionYear(monthEnd: Day): CollectionYearEnd {
  const { year } = ymdFromDay(monthEnd);
  const thisYear = dayFromYmd(year, 3, 31);
  return thisYear <= monthEnd ? { march31: thisYear, year } : { march31: dayFromYmd(year - 1, 3, 31), year: year - 1 };
}

/** Labels the year for the child list, saying when it is not the month asked for. */
function yearLabel(y: CollectionYearEnd, monthEnd: Day): string {
  const name = yearName(y.year);
  return y.march31 === monthEnd ? `Year ${name} (to ${formatUk(y.march31)})` : `Year ${name} (to ${formatUk(y.march31)}, the latest 31 March on or before ${formatUk(monthEnd)})`;
}

/** Says the year's return has no rows of a table, so the figure would be a false 0%. */
function notLoaded(id: string, monthEnd: Day, y: CollectionYearEnd, table: string): MeasureResult {
  return unavailableResult(id, monthEnd, `Needs the ${table} rows of the SSDA903 return for the year ending ${formatUk(y.march31)}, which the data does not include.`);
}

/**
 * Computes an OC2 percentage for the collection year ending on the latest 31 March on or before `monthEnd`:
 * children looked after on that 31 March and continuously for the previous 12 months (short breaks excluded),
 * whose OC2 row for that year has `field` = 1. A child in the cohort with no OC2 row counts as not met.
 */
export function oc2Percent(input: MeasureInput, monthEnd: Day, id: string, decimals: number, field: (r: Oc2) => string, item: string): MeasureResult {
  const unavailable = unavailableUnless(input, id, monthEnd, ['ssda903.episodes', 'ssda903.oc2']);
  if (unavailable) return unavailable;
  const y = latestCollectionYear(monthEnd);
  // Who has an OC2 row for the year, and who was in care for its 12 months: the same for every month end that
  // reports this year and for each OC2 measure, so worked out once.
  const candidates = memoFor(input, `oc2|${String(y.year)}`, () =>
    input.timelines.flatMap((t) => {
      const row = t.ssda903.oc2.find((r) => r.year === y.year);
      const continuous = lookedAfterContinuously(t, y.march31, 12);
      return row || continuous ? [{ t, row, continuous }] : [];
    }),
  );
  // Whether the year's return has OC2 rows is about the whole data, not the children in this input.
  if (!wholeData(input).oc2Years.includes(y.year)) return notLoaded(id, monthEnd, y, 'OC2');
  const label = yearLabel(y, monthEnd);
  const children: ChildOutcome[] = [];
  let numerator = 0;
  let denominator = 0;
  for (const { t, row, continuous } of candidates) {
    if (!continuous) {
      // 903 validation rule 190: OC2 data for a child not looked after continuously for 12 months.
      if (row) children.push({ child: t.child, inCohort: false, met: null, reason: keptReason(input, () => `${label}: not counted: has an OC2 row (${row.file} row ${String(row.row)}) but the episodes do not show 12 months’ continuous care to ${formatUk(y.march31)}`) });
      continue;
    }
    denominator += 1;
    if (!row) {
      children.push({ child: t.child, inCohort: true, met: false, groupDay: y.march31, reason: keptReason(input, () => `${label}: looked after continuously for 12 months, but no OC2 row for the year, so ${item} is not recorded (903 validation rule 191)`) });
      continue;
    }
    const met = field(row) === '1';
    if (met) numerator += 1;
    // Grouped in breakdowns as at the cohort's 31 March, not the month end reported.
    children.push({ child: t.child, inCohort: true, met, groupDay: y.march31, reason: keptReason(input, () => `${label}: looked after continuously for 12 months; OC2 ${item} = ${field(row) || 'blank'} (${row.file} row ${String(row.row)})`) });
  }
  const value = valueFromParts('percent', decimals, numerator, denominator);
  return { id, month: monthKeyOf(monthEnd), numerator, denominator, value, children };
}

/**
 * Computes an OC3 percentage for the collection year ending on the latest 31 March on or before `monthEnd`:
 * young people with an OC3 row for that year whose birthday of an age in `ages` fell in the year (aged 17–18
 * or 19–21 on 31 March), less those who died or returned home or whose care another council took over (REC
 * E3), who meet `judge`.
 */
export function oc3Percent(input: MeasureInput, monthEnd: Day, id: string, decimals: number, ages: Oc3Band, judge: (r: Oc3) => { met: boolean; reason: Reason }): MeasureResult {
  const unavailable = unavailableUnless(input, id, monthEnd, ['ssda903.oc3']);
  if (unavailable) return unavailable;
  const y = latestCollectionYear(monthEnd);
  const rows = memoFor(input, `oc3|${String(y.year)}`, () =>
    input.timelines.flatMap((t) => {
      const row = t.ssda903.oc3.find((r) => r.year === y.year);
      return row ? [{ t, row }] : [];
    }),
  );
  if (!wholeData(input).oc3Years.includes(y.year)) return notLoaded(id, monthEnd, y, 'OC3');
  const label = yearLabel(y, monthEnd);
  const children: ChildOutcome[] = [];
  let numerator = 0;
  let denominator = 0;
  for (const { t, row } of rows) {
    const where = `${row.file} row ${String(row.row)}`;
    // Age on 31 March is in the band exactly when a birthday of that age fell in the year (1 April to 31 March).
    const age = ageOn(t.dob, y.march31);
    if (age < ages[0] || age > ages[1]) {
      // A young person of the other band belongs to its measure, not listed here; one aged 22 to 25 is listed as not counted.
      if (age >= 17 && age <= 21) continue;
      children.push({ child: t.child, inCohort: false, met: null, reason: keptReason(input, () => `${label}: not counted: aged ${String(age)} on ${formatUk(y.march31)}, outside ages ${bandWords(ages)} (${where})`) });
      continue;
    }
    const transfer = endedByTransfer(t, y.march31);
    if (transfer) {
      children.push({ child: t.child, inCohort: false, met: null, reason: keptReason(input, () => `${label}: not counted: care was taken over by another council (REC E3, ${transfer.file} row ${String(transfer.row)}), as DfE care-leaver figures exclude (903 rule 1011: no OC3 row is expected) (${where})`) });
      continue;
    }
    const excluded = contactEndedReason(row.inTouch);
    if (excluded !== undefined) {
      children.push({ child: t.child, inCohort: false, met: null, reason: keptReason(input, () => `${label}: not counted: ${excluded} (IN_TOUCH ${row.inTouch}, ${where}), as DfE care-leaver figures exclude`) });
      continue;
    }
    const { met, reason } = judge(row);
    denominator += 1;
    if (met) numerator += 1;
    children.push({ child: t.child, inCohort: true, met, groupDay: y.march31, reason: keptReason(input, () => `${label}: aged ${String(age)} on ${formatUk(y.march31)}: ${reasonText(reason)} (${where})`) });
  }
  const value = valueFromParts('percent', decimals, numerator, denominator);
  return { id, month: monthKeyOf(monthEnd), numerator, denominator, value, children };
}

/** OC3 in touch: IN_TOUCH YES. */
export function oc3InTouch(r: Oc3): { met: boolean; reason: Reason } {
  return { met: r.inTouch === 'YES', reason: r.inTouch === 'YES' ? 'in touch (IN_TOUCH YES)' : `not in touch (IN_TOUCH ${r.inTouch || 'blank'})` };
}

/** OC3 education, employment or training: ACTIV F1–F5 or P1–P5. */
export function oc3Eet(r: Oc3): { met: boolean; reason: Reason } {
  return EET_ACTIVITIES.has(r.activ)
    ? { met: true, reason: () => `in education, employment or training (ACTIV ${r.activ})` }
    : { met: false, reason: () => `not in education, employment or training, or not known (ACTIV ${r.activ || 'blank'}, IN_TOUCH ${r.inTouch || 'blank'})` };
}

/** OC3 suitable accommodation: ACCOM a letter then 1, other than the letters never suitable (no fixed abode, custody). */
export function oc3Suitable(r: Oc3): { met: boolean; reason: Reason } {
  return /^[A-Z]1$/.test(r.accom) && !NEVER_SUITABLE_ACCOMMODATION.has(r.accom.charAt(0))
    ? { met: true, reason: () => `in suitable accommodation (ACCOM ${r.accom})` }
    : { met: false, reason: () => `not in suitable accommodation, or not known (ACCOM ${r.accom || 'blank'}, IN_TOUCH ${r.inTouch || 'blank'})` };
}
