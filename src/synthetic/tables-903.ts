// Writes a simulated child into each collection year's SSDA903 return, in that year's codes
// (../shared/reference/ssda903.md): SEX 1/2 to 2023/24 and M/F from 2024/25; H5 reported as K3 from 2024/25;
// E43/E44 before 2018/19 (E45–E48 after); F3/P3 to 2020/21 (F4/P4/F5/P5 after); SWEpisodes from 2023/24.
import { birthday, dayFromYmd, formatUk, ymdFromDay, type Day } from '../core/civil-date.ts';
import { tableColumns, type Ssda903TableName } from '../ingest/ssda903-tables.ts';
import type { CsvBook } from './csv-book.ts';
import type { SimChild, SimEpisode } from './model.ts';

/** A collection year: 1 April (end − 1) to 31 March (end), named "2024-25". */
export interface CollectionYear {
  endYear: number;
  start: Day;
  end: Day;
  folder: string;
}

/** Every collection year that overlaps [from, to], oldest first. */
export function collectionYears(from: Day, to: Day): CollectionYear[] {
  const years: CollectionYear[] = [];
  for (let y = yearEndOf(from); dayFromYmd(y - 1, 4, 1) <= to; y += 1) {
    years.push({ endYear: y, start: dayFromYmd(y - 1, 4, 1), end: dayFromYmd(y, 3, 31), folder: `903/${String(y - 1)}-${String(y % 100).padStart(2, '0')}` });
  }
  return years;
}

/** The end year of the collection year containing `day` (1 April 2024 → 2025). */
export function yearEndOf(day: Day): number {
  const { year } = ymdFromDay(day);
  return day >= dayFromYmd(year, 4, 1) ? year + 1 : year;
}

const FILE: Record<Ssda903TableName, string> = {
  Header: 'header.csv', Episodes: 'episodes.csv', Reviews: 'reviews.csv', UASC: 'uasc.csv', OC2: 'oc2.csv', OC3: 'oc3.csv',
  AD1: 'ad1.csv', PlacedAdoption: 'placed_adoption.csv', PrevPerm: 'prev_perm.csv', Missing: 'missing.csv', SWEpisodes: 'sw_episodes.csv', DoLo: 'dolo.csv',
};

/**
 * The tables each year's return has. A year still in progress at the extract date has no OC2 or OC3: they
 * describe children at 31 March and around their birthdays in the year, which a council collects after it ends.
 */
export function tablesFor(year: CollectionYear, extract: Day): Ssda903TableName[] {
  const tables: Ssda903TableName[] = ['Header', 'Episodes', 'Reviews', 'UASC', 'AD1', 'PlacedAdoption', 'PrevPerm', 'Missing'];
  if (year.end <= extract) tables.push('OC2', 'OC3');
  return year.endYear >= 2024 ? [...tables, 'SWEpisodes'] : tables;
}

/** Declares every file of every year, so a year with no adoptions still has its header-only AD1 file. */
export function declare903(book: CsvBook, years: readonly CollectionYear[], extract: Day): void {
  for (const y of years) for (const t of tablesFor(y, extract)) book.declare(`${y.folder}/${FILE[t]}`, tableColumns(t));
}

const COLUMNS = new Map(Object.keys(FILE).map((t) => [t as Ssda903TableName, tableColumns(t as Ssda903TableName)]));
const PATHS = new Map<string, string>();

/** The path of a table's file in a year's folder (memoised: built once, not per row). */
function pathOf(y: CollectionYear, t: Ssda903TableName): string {
  const key = `${y.folder}|${t}`;
  let path = PATHS.get(key);
  if (path === undefined) PATHS.set(key, (path = `${y.folder}/${FILE[t]}`));
  return path;
}

/** Adds a child's rows to every collection year they appear in. `extract` is the extract date. */
export function write903(book: CsvBook, child: SimChild, years: readonly CollectionYear[], extract: Day): void {
  const episodes = child.periods.flatMap((p) => p.episodes.map((e) => ({ e, cin: p.cin })));
  // The child can only appear in years from their first episode to their last care or care-leaver contact.
  const first = episodes[0]?.e.decom ?? extract;
  const last = Math.max(...episodes.map(({ e }) => e.dec ?? extract), child.careLeaver?.contacts.at(-1)?.date ?? 0, birthday(child.dob, 21) + 1);
  for (const y of years) if (y.end >= first && y.start <= last) writeYear(book, child, episodes, y, Math.min(y.end, extract), extract);
}

function writeYear(book: CsvBook, c: SimChild, episodes: readonly { e: SimEpisode; cin: string }[], y: CollectionYear, yearEnd: Day, extract: Day): void {
  const add = (t: Ssda903TableName, values: string[]) => { book.add(pathOf(y, t), COLUMNS.get(t) ?? [], values); };
  const dob = formatUk(c.dob);
  const complete = y.end <= extract;
  let present = false;

  for (const { e, cin } of episodes) {
    if (e.decom > yearEnd || (e.dec !== null && e.dec < y.start)) continue;
    present = true;
    const endsInYear = e.dec !== null && e.dec <= yearEnd;
    add('Episodes', [
      c.id, formatUk(e.decom), e.rne, e.ls, cin, placeCode(e.place, y), e.provider, endsInYear && e.dec !== null ? formatUk(e.dec) : '',
      endsInYear ? recCode(e.rec, y) : '', endsInYear ? e.reasonChange : '', c.homePost, e.plPost, e.urn,
    ]);
  }
  for (const r of c.reviews) if (r.date >= y.start && r.date <= yearEnd) add('Reviews', [c.id, dob, formatUk(r.date), r.participation]);
  for (const m of c.missing) {
    if (m.start < y.start || m.start > yearEnd) continue;
    add('Missing', [c.id, dob, m.type, formatUk(m.start), m.end !== null && m.end <= yearEnd ? formatUk(m.end) : '']);
  }
  // PrevPerm has one row per child a year: for a child starting care twice in one year, the latest start.
  let prevPerm: string[] | null = null;
  for (const p of c.periods) {
    const first = p.episodes[0];
    if (first && first.ls !== 'V3' && first.decom >= y.start && first.decom <= yearEnd) prevPerm = [c.id, dob, p.prevPerm.code, '', p.prevPerm.date];
    const a = p.adoption;
    if (!a || a.decision > yearEnd) continue;
    const finished = a.adopted ?? a.reversed ?? p.episodes.at(-1)?.dec ?? null;
    if (finished !== null && finished < y.start) continue;
    const reversed = a.reversed !== null && a.reversed <= yearEnd;
    add('PlacedAdoption', [c.id, dob, formatUk(a.decision), reversed && a.reversed !== null ? formatUk(a.reversed) : '', reversed ? a.reversedReason : '']);
    if (a.adopted !== null && a.adopted >= y.start && a.adopted <= yearEnd && a.match !== null) {
      add('AD1', [c.id, dob, formatUk(a.decision), formatUk(a.match), a.byFosterCarer ? '1' : '0', a.adopters.number, a.adopters.sex, a.adopters.legalStatus]);
    }
  }
  if (prevPerm) add('PrevPerm', prevPerm);
  if (c.uasc && c.uasc.start <= yearEnd && c.uasc.end >= y.start && present) add('UASC', [c.id, sexCode(c.sex, y), dob, c.uasc.end <= yearEnd ? formatUk(c.uasc.end) : '']);
  if (complete && present) oc2(c, y, add);
  if (complete) present = oc3(c, y, add) || present;
  if (y.endYear >= 2024) {
    const sw = c.allocations.filter((a) => a.role === 'Allocated Social Worker' && a.start <= yearEnd && (a.end === null || a.end >= y.start));
    sw.forEach((a, i) => {
      const ends = a.end !== null && a.end <= yearEnd;
      add('SWEpisodes', [c.id, dob, a.worker, formatUk(a.start), ends && a.end !== null ? formatUk(a.end) : '', ends ? (sw[i + 1]?.reason ?? 'OTHERS') : '']);
    });
  }
  if (present) {
    const lookedAfterAtEnd = episodes.some(({ e }) => e.ls !== 'V3' && e.decom <= yearEnd && (e.dec === null || e.dec > yearEnd));
    const mother = c.sex === 'F' && lookedAfterAtEnd && yearEnd - c.dob >= 12 * 365.25 ? '0' : '';
    add('Header', [c.id, sexCode(c.sex, y), dob, c.ethnicity, c.upn, mother, '']);
  }
}

/** OC2: children looked after on 31 March who had been looked after continuously for the previous 12 months. */
function oc2(c: SimChild, y: CollectionYear, add: (t: Ssda903TableName, v: string[]) => void): void {
  const period = c.periods.find((p) => {
    const first = p.episodes[0];
    const last = p.episodes.at(-1);
    return first && last && first.ls !== 'V3' && first.decom <= y.start && (last.dec === null || last.dec > y.end);
  });
  if (!period) return;
  const inYear = (d: Day) => d >= y.start && d <= y.end;
  const assessed = c.health.some((h) => h.type === 'Health Assessment' && h.status === 'Completed' && inYear(h.date));
  const dental = c.health.some((h) => h.type === 'Dental Check' && inYear(h.date));
  const immunised = [...c.immunisationsUpToDate].reverse().find((i) => i.date <= y.end)?.upToDate ?? false;
  const ageStart = (y.start - c.dob) / 365.25;
  const ageEnd = (y.end - c.dob) / 365.25;
  // SDQ for those aged 4 or over at the start of the year and under 17 at its end (903 rules 186/188/189).
  const sdq = [...c.sdq].reverse().find((s) => inYear(s.date));
  const sdqDue = birthday(c.dob, 4) <= y.start && birthday(c.dob, 17) > y.end;
  const misuse = c.substanceMisuse && ageEnd >= 11;
  add('OC2', [
    c.id, formatUk(c.dob),
    sdqDue && sdq ? String(sdq.score) : '',
    sdqDue && !sdq ? (ageStart >= 13 ? 'SDQ5' : 'SDQ4') : '',
    ageEnd >= 10 ? (c.convicted ? '1' : '0') : '',
    ageEnd < 5 ? (assessed ? '1' : '0') : '',
    immunised ? '1' : '0', dental ? '1' : '0', assessed ? '1' : '0', misuse ? '1' : '0',
    misuse ? '1' : '', misuse ? '1' : '',
  ]);
}

/** OC3: care leavers whose 17th to 21st birthday falls in the year, with their status around the birthday. */
function oc3(c: SimChild, y: CollectionYear, add: (t: Ssda903TableName, v: string[]) => void): boolean {
  if (!c.careLeaver) return false;
  let wrote = false;
  for (let age = 17; age <= 21; age += 1) {
    const b = birthday(c.dob, age);
    if (b < y.start || b > y.end) continue;
    // Not for someone still looked after on the birthday (903 rules 1007, 1016).
    if (lookedAfterOn(c, b)) continue;
    // Status "on or around" the birthday: the contact nearest to it, from 3 months before to 1 month after.
    const near = c.careLeaver.contacts.filter((k) => k.date >= b - 92 && k.date <= b + 31).sort((p, q) => Math.abs(p.date - b) - Math.abs(q.date - b))[0];
    if (!near && c.careLeaver.contacts.every((k) => k.date > b + 31)) continue;
    const inTouch = near?.inTouch ?? 'NO';
    let accom = inTouch === 'YES' ? (near?.accommodation ?? '0') : '0';
    // With former foster carers (Z) is not a valid answer for a 17-year-old (903 rule 3001).
    if (age === 17 && accom.startsWith('Z')) accom = `E${accom.slice(1)}`;
    add('OC3', [c.id, formatUk(c.dob), inTouch, inTouch === 'YES' ? activityCode(near?.activity ?? '0', y) : '0', accom]);
    wrote = true;
  }
  return wrote;
}

function lookedAfterOn(c: SimChild, day: Day): boolean {
  return c.periods.some((p) => p.episodes.some((e: SimEpisode) => e.ls !== 'V3' && e.decom <= day && (e.dec === null || e.dec > day)));
}

function sexCode(sex: 'M' | 'F', y: CollectionYear): string {
  return y.endYear <= 2024 ? (sex === 'M' ? '1' : '2') : sex;
}

function placeCode(place: string, y: CollectionYear): string {
  // Open H5 placements are reported as K3 from 2024/25 (903 rule 503D allows H5 → K3).
  return place === 'H5' && y.endYear >= 2025 ? 'K3' : place;
}

function recCode(rec: string, y: CollectionYear): string {
  if (y.endYear > 2018) return rec;
  if (rec === 'E45' || rec === 'E46') return 'E43';
  if (rec === 'E47' || rec === 'E48') return 'E44';
  return rec;
}

function activityCode(activity: string, y: CollectionYear): string {
  if (y.endYear > 2021) return activity;
  if (activity === 'F4' || activity === 'F5') return 'F3';
  if (activity === 'P4' || activity === 'P5') return 'P3';
  return activity;
}
