// Writes a simulated child into Standard Safeguarding Dataset tables (../shared/reference/ssd-tables.md):
// the monthly operational detail. Dates are ISO yyyy-mm-dd, as SQL extracts write them; rows before
// `from` are left out (the SSD extract window).
import { formatIso, type Day } from '../core/civil-date.ts';
import type { LaConfig } from '../config/la-config.ts';
import { ssdColumns, type SsdTableName } from '../ingest/ssd-tables.ts';
import type { CsvBook } from './csv-book.ts';
import type { SimChild } from './model.ts';

const path = (t: SsdTableName) => `ssd/${t}.csv`;
const TABLES: SsdTableName[] = [
  'ssd_person', 'ssd_cla_episodes', 'ssd_cla_placement', 'ssd_cla_reviews', 'ssd_cla_visits', 'ssd_cla_health', 'ssd_cla_immunisations',
  'ssd_sdq_scores', 'ssd_missing', 'ssd_care_leavers', 'ssd_involvements', 'ssd_department', 'ssd_disability',
];
const COUNTRIES = ['Afghanistan', 'Eritrea', 'Sudan', 'Iran', 'Vietnam', 'Iraq', 'Syria', 'Albania'];

/** Declares the SSD files (ssd_disability among them) and writes ssd_department from the council's districts and teams. */
export function declareSsd(book: CsvBook, config: LaConfig): void {
  for (const t of TABLES) book.declare(path(t), ssdColumns(t));
  const cols = ssdColumns('ssd_department');
  for (const d of config.districts) {
    book.add(path('ssd_department'), cols, [d.id, `${d.name} District`, '', '']);
    for (const t of d.teams) book.add(path('ssd_department'), cols, [t.id, t.name, d.id, `${d.name} District`]);
  }
}

/** Adds a child's SSD rows dated on or after `from`. */
export function writeSsd(book: CsvBook, c: SimChild, from: Day): void {
  const add = (t: SsdTableName, values: string[]) => { book.add(path(t), ssdColumns(t), values); };
  const iso = (d: Day | null) => (d === null ? '' : formatIso(d));
  const upnUnknown = c.upn.startsWith('UN') ? c.upn : '';
  // The SEND flag says whether the child has an EHC plan: the synthetic council gives one to exactly its
  // disabled children (a simplification; in life many disabled children have none, and some others do).
  add('ssd_person', [c.id, '', '', c.sex, '', c.ethnicity, iso(c.dob), '', '', upnUnknown, c.disabled ? 'Y' : 'N', '', '', '', c.uasc ? (COUNTRIES[Number(c.id) % COUNTRIES.length] ?? '') : '']);
  let seq = 0;
  const rowId = (prefix: string) => `${prefix}${c.id}-${String((seq += 1))}`;
  for (const p of c.periods) {
    const entered = p.episodes[0]?.decom ?? null;
    for (const e of p.episodes) {
      if (e.dec !== null && e.dec < from) continue;
      const placementId = rowId('PL');
      add('ssd_cla_episodes', [rowId('EP'), c.id, iso(e.decom), e.rne, p.cin, iso(e.dec), e.rec, p.id, '', placementId, iso(entered), '']);
      add('ssd_cla_placement', [placementId, iso(e.decom), e.place, e.urn, e.distance === null ? '' : e.distance.toFixed(1), p.id, e.provider, e.plPost, iso(e.dec), e.reasonChange, c.id]);
    }
  }
  for (const r of c.reviews) if (r.date >= from) add('ssd_cla_reviews', [rowId('RV'), r.periodId, iso(r.due), iso(r.date), 'N', r.participation]);
  for (const v of c.visits) if (v.date >= from) add('ssd_cla_visits', [rowId('VI'), v.periodId, c.id, iso(v.date), v.seen ? 'Y' : 'N', v.seenAlone ? 'Y' : 'N']);
  for (const h of c.health) if (h.date >= from) add('ssd_cla_health', [rowId('HC'), c.id, h.type, iso(h.date), h.status]);
  for (const i of c.immunisationsUpToDate) if (i.date >= from) add('ssd_cla_immunisations', [c.id, i.upToDate ? 'Y' : 'N', iso(i.date)]);
  for (const s of c.sdq) if (s.date >= from) add('ssd_sdq_scores', [rowId('SQ'), c.id, iso(s.date), '', String(s.score)]);
  for (const m of c.missing) {
    if (m.start >= from) add('ssd_missing', [rowId('MS'), c.id, iso(m.start), m.type === 'M' ? 'Missing' : 'Absent', iso(m.end), m.rhiOffered, m.rhiAccepted]);
  }
  const pa = c.allocations.find((a) => a.role === 'Personal Adviser');
  for (const k of c.careLeaver?.contacts ?? []) {
    if (k.date < from) continue;
    const inTouch = k.inTouch === 'YES';
    const suitable = k.accommodation === '0' ? '' : k.accommodation.endsWith('1') ? 'Suitable' : 'Unsuitable';
    add('ssd_care_leavers', [
      rowId('CL'), c.id, c.careLeaver?.eligibility ?? '', k.inTouch, inTouch ? iso(k.date) : '', k.accommodation === '0' ? '' : k.accommodation.slice(0, 1),
      suitable, inTouch ? k.activity : '', iso(k.pathwayPlanReview), pa?.worker ?? '', pa?.team ?? '', pa?.worker ?? '',
    ]);
  }
  for (const a of c.allocations) {
    if (a.end !== null && a.end < from) continue;
    add('ssd_involvements', [rowId('IN'), a.worker, a.role, a.team, iso(a.start), iso(a.end), a.reason, c.id, '']);
  }
  // One ssd_disability row per disabled child (the table has no dates, so no extract window applies). carestats
  // reads no meaning into the code; DDA stands for the Disability Discrimination Act definition the SSD column
  // cites, as no code list is given for it. Its own row id, so the other tables' ids are as they were.
  if (c.disabled) add('ssd_disability', [c.id, `DI${c.id}`, 'DDA']);
}
