// Whether the SSD tables' children are the SSDA903 returns' children: their person ids the 903's CHILD ids.
//
// carestats joins an SSD row to a child by its person id. SSD tables extracted with another id (a case system's
// other number for the person, an NHS number) join to no child, and every SSD figure (visits, health checks,
// missing episodes, care leavers) came out as 0 with nothing said; ids of another scheme that happen to be
// numbers the 903 also uses join to the wrong children, and each gave its own warning (a date of birth that
// differs, a visit outside care: 1,958 on the synthetic council) with no word of the cause. So the rows are
// counted here, table by table: how many of each table's children are 903 children, and of those in ssd_person
// how many have the Header's date of birth. A table none of whose children is a 903 child, or every table when
// most dates of birth differ, is left out of the measures (shared/unavailable.ts: "unavailable", not 0).
//
// Each count is of one child's rows (a share of a sharded read has every row of its own children, in the 903
// and the SSD alike: ingest/shard.ts), so the shares' counts add up to one read's (`addSsdChildCounts`), and the
// findings are made from the sum (pipeline/merge-shards.ts), alike for every share.
import { dayFromYmd, formatUk, type Day } from '../core/civil-date.ts';
import { listInWords } from '../core/words.ts';
import type { SsdData, Ssda903Data, SuppliedTable } from '../ingest/records.ts';
import { makeIssue, type Issue } from './issue.ts';
import type { IssueId } from './messages.ts';

/** The SSD tables whose rows carry a person id, by their key in SsdData, with their SSD names. */
const PERSON_TABLES = {
  person: 'ssd_person', claEpisodes: 'ssd_cla_episodes', placements: 'ssd_cla_placement', visits: 'ssd_cla_visits', health: 'ssd_cla_health',
  immunisations: 'ssd_cla_immunisations', sdq: 'ssd_sdq_scores', missing: 'ssd_missing', careLeavers: 'ssd_care_leavers',
  involvements: 'ssd_involvements', disabilities: 'ssd_disability',
} as const satisfies Partial<Record<keyof SsdData, string>>;

type PersonTable = keyof typeof PERSON_TABLES;

/**
 * The tables of children looked after, each row dated: a child with a row dated while the returns read cover is
 * one the returns should have. The others hold children not looked after too (ssd_person, ssd_missing and
 * ssd_involvements every child the SSD covers, ssd_care_leavers young people who left care before the first
 * return read), so only a table none of whose children is in the 903 is told of.
 */
const CLA_TABLES: readonly PersonTable[] = ['claEpisodes', 'placements', 'visits', 'health', 'immunisations', 'sdq'];

/** How many example ids a count keeps: the smallest, so every share's put together are one read's. */
const EXAMPLES = 3;

/** One SSD table's children, counted. */
export interface SsdTableChildren {
  key: PersonTable;
  /** The table's file (the first row's), for the issue. */
  file: string;
  /** Children (distinct person ids) with a row, and how many of them are children in the 903 Header. */
  children: number;
  in903: number;
  /** Children with a row dated while the returns cover (CLA_TABLES only), and how many of those are not in the 903. */
  dated: number;
  datedNotIn903: number;
  /** The smallest few person ids not in the 903, and of those among `dated`. */
  notIn903Examples: string[];
  datedExamples: string[];
}

/** Every SSD table's children, and how far ssd_person's dates of birth agree with the 903 Header's. */
export interface SsdChildCounts {
  tables: SsdTableChildren[];
  /** ssd_person rows whose person is a Header child, both with a date of birth; and of them, those whose dates differ. */
  dobCompared: number;
  dobDiffer: number;
  /** The smallest few Header ids, to show the 903's ids beside the SSD's. */
  headerExamples: string[];
  /** The days the returns read cover (1 April of the first to 31 March of the last), or null with none. */
  covers: { from: Day; to: Day } | null;
  /** How many of ssd_cla_reviews' rows link to a child through ssd_cla_episodes, or null without reviews. */
  reviews: SsdReviewLinks | null;
}

/**
 * ssd_cla_reviews has no person id: a review reaches a child through its clar_cla_id, the clae_cla_id of one of
 * the child's ssd_cla_episodes rows. Ids written otherwise in the two tables (a prefix, another system's
 * number) linked no review, and reviews_in_time_pct went on with the 903's reviews without a word, or with a
 * linked part of the SSD's (the children of the rest judged to have had no review). Every share of a sharded read
 * reads every review (ingest/shard.ts shares only tables with a person id) and links those of its own
 * children's episodes, so `rows` is the same in every share and `linked` adds up.
 */
export interface SsdReviewLinks {
  file: string;
  rows: number;
  linked: number;
  /** The smallest few clar_cla_id and clae_cla_id, to show the two side by side. */
  reviewExamples: string[];
  episodeExamples: string[];
}

/** The fewest children in ssd_person also in the Header for their dates of birth to be weighed. */
const FEWEST_DOBS = 10;

/** Most dates of birth differing: the ids of the two extracts number different children. */
const DOBS_DIFFER_FROM = 0.5;

/** A table of children looked after with this share of its children dated while the returns cover not in them is told of. */
const PARTLY_FROM = 0.05;

/** Counts each SSD table's children against the 903 Header's (the whole data's, or one share's). */
export function countSsdChildren(data: Ssda903Data, ssd: SsdData): SsdChildCounts {
  // Each Header child numbered, so a table's children are marked in arrays rather than collected in sets.
  const slot = new Map<string, number>();
  const dobs: Day[] = [];
  for (const h of data.headers) {
    if (slot.has(h.child)) continue;
    slot.set(h.child, dobs.length);
    dobs.push(h.dob);
  }
  // The table (its number, from 1) that last marked each child: seen in it, and with a row dated in the years covered.
  const seenIn = new Int32Array(dobs.length);
  const datedIn = new Int32Array(dobs.length);
  let tableNo = 0;
  const years = data.returns.map((r) => r.year).filter((y) => y > 0);
  const covers = years.length === 0 ? null : { from: dayFromYmd(Math.min(...years) - 1, 4, 1), to: dayFromYmd(Math.max(...years), 3, 31) };
  const tables: SsdTableChildren[] = [];
  for (const key of Object.keys(PERSON_TABLES) as PersonTable[]) {
    const rows = ssd[key] as unknown as readonly ({ personId: string; file: string } & Record<string, unknown>)[];
    const first = rows[0];
    if (!first) continue;
    const datedOf = CLA_TABLES.includes(key) && covers ? datedWithin(key, covers) : null;
    tableNo += 1;
    // Children not in the Header (few, when the ids line up) are kept by id.
    const seen = new Set<string>();
    const dated = new Set<string>();
    let children = 0;
    let datedChildren = 0;
    const notIn = new Smallest();
    const datedNotIn = new Smallest();
    let in903 = 0;
    let datedNotIn903 = 0;
    // A child's rows usually come together: the row before's child is answered without a look-up.
    let lastId: string | null = null;
    let at = -1;
    let lastDated = false;
    for (const r of rows) {
      const id = r.personId;
      if (id !== lastId) {
        lastId = id;
        at = slot.get(id) ?? -1;
        lastDated = false;
        if (at >= 0 ? seenIn[at] !== tableNo : !seen.has(id)) {
          children += 1;
          if (at >= 0) {
            seenIn[at] = tableNo;
            in903 += 1;
          } else {
            seen.add(id);
            notIn.offer(id);
          }
        }
      }
      if (!lastDated && datedOf?.(r) === true) {
        lastDated = true;
        if (at >= 0 ? datedIn[at] !== tableNo : !dated.has(id)) {
          datedChildren += 1;
          if (at >= 0) datedIn[at] = tableNo;
          else {
            dated.add(id);
            datedNotIn903 += 1;
            datedNotIn.offer(id);
          }
        }
      }
    }
    tables.push({ key, file: first.file, children, in903, dated: datedChildren, datedNotIn903, notIn903Examples: notIn.ids, datedExamples: datedNotIn.ids });
  }
  let dobCompared = 0;
  let dobDiffer = 0;
  for (const p of ssd.person) {
    const at = slot.get(p.personId);
    const h = at === undefined ? undefined : dobs[at];
    if (h === undefined || p.dob === null) continue;
    dobCompared += 1;
    if (p.dob !== h) dobDiffer += 1;
  }
  const headerExamples = new Smallest();
  for (const id of slot.keys()) headerExamples.offer(id);
  return { tables, dobCompared, dobDiffer, headerExamples: headerExamples.ids, covers, reviews: reviewLinks(ssd) };
}

function reviewLinks(ssd: SsdData): SsdReviewLinks | null {
  const first = ssd.reviews[0];
  if (!first) return null;
  const episodeIds = new Set<string>();
  const episodeExamples = new Smallest();
  for (const e of ssd.claEpisodes) {
    episodeIds.add(e.claId);
    episodeExamples.offer(e.claId);
  }
  let linked = 0;
  const reviewExamples = new Smallest();
  for (const r of ssd.reviews) {
    if (episodeIds.has(r.claId)) linked += 1;
    reviewExamples.offer(r.claId);
  }
  return { file: first.file, rows: ssd.reviews.length, linked, reviewExamples: reviewExamples.ids, episodeExamples: episodeExamples.ids };
}

/** The shares' review links as one read's: every share read every review, and links its own children's. */
function addReviewLinks(parts: readonly (SsdReviewLinks | null)[]): SsdReviewLinks | null {
  const present = parts.filter((p) => p !== null);
  const first = present[0];
  if (!first) return null;
  // An episode id two shares' children have links its reviews in both (sharded-measures.ts then uses one thread).
  const linked = Math.min(first.rows, sum(present, (p) => p.linked));
  return { ...first, linked, episodeExamples: smallestOf(present.flatMap((p) => p.episodeExamples)) };
}

/** Several shares' counts as one read's: each child is in one share, so the counts add up. */
export function addSsdChildCounts(parts: readonly SsdChildCounts[]): SsdChildCounts {
  const tables = new Map<PersonTable, SsdTableChildren>();
  for (const p of parts) {
    for (const t of p.tables) {
      const seen = tables.get(t.key);
      if (!seen) {
        tables.set(t.key, { ...t, notIn903Examples: [...t.notIn903Examples], datedExamples: [...t.datedExamples] });
        continue;
      }
      seen.children += t.children;
      seen.in903 += t.in903;
      seen.dated += t.dated;
      seen.datedNotIn903 += t.datedNotIn903;
      seen.notIn903Examples = smallestOf([...seen.notIn903Examples, ...t.notIn903Examples]);
      seen.datedExamples = smallestOf([...seen.datedExamples, ...t.datedExamples]);
    }
  }
  const order = Object.keys(PERSON_TABLES);
  return {
    tables: [...tables.values()].sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key)),
    dobCompared: sum(parts, (p) => p.dobCompared),
    dobDiffer: sum(parts, (p) => p.dobDiffer),
    headerExamples: smallestOf(parts.flatMap((p) => p.headerExamples)),
    covers: parts.find((p) => p.covers !== null)?.covers ?? null,
    reviews: addReviewLinks(parts.map((p) => p.reviews)),
  };
}

/** Whether most ssd_person dates of birth differ from the Header's: the ids of the two extracts are not the same children's. */
function datesOfBirthDiffer(counts: SsdChildCounts): boolean {
  return counts.dobCompared >= FEWEST_DOBS && counts.dobDiffer >= DOBS_DIFFER_FROM * counts.dobCompared;
}

/** The findings the counts make: at most one about the ids as a whole, and one per table of children looked after partly not in the 903. */
export function ssdChildIssues(counts: SsdChildCounts): Issue[] {
  const issues: Issue[] = [];
  const example903 = counts.headerExamples.length === 0 ? '' : ` (the 903's are such as ${listInWords(counts.headerExamples)})`;
  if (datesOfBirthDiffer(counts)) {
    issues.push(makeIssue('ssd-ids-not-903-children', {}, {
      compared: counts.dobCompared.toLocaleString('en-GB'), differ: counts.dobDiffer.toLocaleString('en-GB'), example903,
    }));
    return issues;
  }
  const none = counts.tables.filter((t) => t.in903 === 0);
  if (none.length > 0) {
    const examples = smallestOf(none.flatMap((t) => t.notIn903Examples));
    issues.push(makeIssue('ssd-children-not-in-903', {}, {
      tables: listInWords(none.map((t) => `${PERSON_TABLES[t.key]} (${plural(t.children, 'child', 'children')})`)),
      one: none.length === 1 ? 'it' : 'them', examples: listInWords(examples), example903,
    }));
  }
  const unlinkedReviews = reviewsNotLinked(counts);
  if (unlinkedReviews) issues.push(unlinkedReviews);
  for (const t of counts.tables) {
    if (t.in903 === 0 || t.dated === 0 || !counts.covers) continue;
    if (t.datedNotIn903 < 3 || t.datedNotIn903 < PARTLY_FROM * t.dated) continue;
    issues.push(makeIssue('ssd-children-partly-not-in-903', { file: t.file }, {
      table: PERSON_TABLES[t.key], notIn: t.datedNotIn903.toLocaleString('en-GB'), dated: t.dated.toLocaleString('en-GB'),
      percent: String(Math.round((100 * t.datedNotIn903) / t.dated)), from: formatUk(counts.covers.from), to: formatUk(counts.covers.to),
      examples: listInWords(t.datedExamples),
    }));
  }
  return issues;
}

/**
 * The warning that ssd_cla_reviews rows (PARTLY_FROM of them, and at least 3) link to no ssd_cla_episodes row,
 * or null. Not when the episodes' children are not the 903's: that finding says it.
 */
function reviewsNotLinked(counts: SsdChildCounts): Issue | null {
  const r = counts.reviews;
  if (!r || counts.tables.some((t) => t.key === 'claEpisodes' && t.in903 === 0)) return null;
  const notLinked = r.rows - r.linked;
  if (notLinked < 3 || notLinked < PARTLY_FROM * r.rows) return null;
  return makeIssue('ssd-reviews-not-linked', { file: r.file }, {
    notLinked: notLinked.toLocaleString('en-GB'), rows: r.rows.toLocaleString('en-GB'), percent: String(Math.round((100 * notLinked) / r.rows)),
    reviewExamples: listInWords(r.reviewExamples), episodeExamples: r.episodeExamples.length === 0 ? '' : ` (the episodes' are such as ${listInWords(r.episodeExamples)})`,
    consequence: r.linked === 0
      ? 'None links, so carestats judges reviews on time from the SSDA903 Reviews table, or shows that figure as unavailable without one.'
      : 'Their children are judged as if those reviews were not held, so reviews on time will be too low.',
  });
}

/** The SSD findings about one child that only echo the ids not being the 903's (ssd-ids-not-903-children). */
const ECHOES: ReadonlySet<IssueId> = new Set<IssueId>(['ssd-dob-differs-from-header', 'ssd-visit-outside-care', 'ssd-missing-outside-care', 'ssd-care-leaver-in-touch-incomplete']);

/** Which child findings are echoes of what the counts show, to be left out: none unless the ids are not the 903's. */
export function ssdEchoes(counts: SsdChildCounts): (i: Issue) => boolean {
  if (!datesOfBirthDiffer(counts)) return () => false;
  return (i) => ECHOES.has(i.id);
}

/** An SSD table the measures cannot use: none of its children is a 903 child, or the ids are not the 903's at all. */
export interface UnlinkedSsdTable {
  table: SuppliedTable;
  children: number;
  why: 'not-in-903' | 'dates-of-birth-differ' | 'reviews-not-linked';
}

/** The SSD tables the measures leave out (shared/unavailable.ts says why of each figure that needs one). */
export function unlinkedSsdTables(counts: SsdChildCounts): UnlinkedSsdTable[] {
  const differ = datesOfBirthDiffer(counts);
  const out: UnlinkedSsdTable[] = [];
  for (const t of counts.tables) {
    if (differ || t.in903 === 0) out.push({ table: `ssd.${t.key}`, children: t.children, why: differ ? 'dates-of-birth-differ' : 'not-in-903' });
  }
  // ssd_cla_reviews reach a child through ssd_cla_episodes alone.
  if (out.some((u) => u.table === 'ssd.claEpisodes')) out.push({ table: 'ssd.reviews', children: 0, why: differ ? 'dates-of-birth-differ' : 'not-in-903' });
  else if (counts.reviews && counts.reviews.linked === 0) out.push({ table: 'ssd.reviews', children: 0, why: 'reviews-not-linked' });
  return out;
}

/** Whether a row of a table of children looked after is dated within `covers`. */
function datedWithin(key: PersonTable, covers: { from: Day; to: Day }): (r: Record<string, unknown>) => boolean {
  const inside = (d: unknown) => typeof d === 'number' && d >= covers.from && d <= covers.to;
  if (key === 'claEpisodes' || key === 'placements') {
    return (r) => typeof r.start === 'number' && r.start <= covers.to && (r.end === null || (typeof r.end === 'number' && r.end >= covers.from));
  }
  return (r) => inside(r.date);
}

/** The smallest few strings offered, kept in order (see EXAMPLES). */
class Smallest {
  ids: string[] = [];

  offer(id: string): void {
    const last = this.ids.at(-1);
    if (this.ids.length >= EXAMPLES && last !== undefined && compareIds(id, last) >= 0) return;
    if (this.ids.includes(id)) return;
    this.ids = smallestOf([...this.ids, id]);
  }
}

function smallestOf(ids: readonly string[]): string[] {
  return [...new Set(ids)].sort(compareIds).slice(0, EXAMPLES);
}

/** Ids in order: shorter first (so 99 before 100), then by their characters. */
function compareIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

function sum<T>(parts: readonly T[], of: (p: T) => number): number {
  return parts.reduce((total, p) => total + of(p), 0);
}

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}
