// Rules on dates that cannot be right: a DOB after its return's collection year (DfE rule 301) or before 1990,
// an episode before 14 October 1991 (rule 353) or after its return's year (rules 354 and 385), care starting
// before birth (rule 302) or at 18 or over (rule 352).
import { birthday, dayFromYmd, formatUk } from '../../core/civil-date.ts';
import { yearName } from '../../ingest/code-lists.ts';
import type { EpisodeRecord } from '../../ingest/records.ts';
import { REC_ENDED_UNRECORDED } from '../../ingest/stack-years.ts';
import { issueAt, type Rule } from '../check-context.ts';
import { episodesByChild, headerByChild, startsAfterItsYear, yearEnd } from '../history-index.ts';
import type { Issue } from '../issue.ts';

/** The Children Act 1989 came into force on 14 October 1991: no 903 episode starts before (rule 353). */
const ACT_IN_FORCE = dayFromYmd(1991, 10, 14);

/**
 * No one born before 1990 can be in a return carestats reads: the oldest people in one are care leavers of 25,
 * and the first year read is 2016/17. A DOB before then is a typing error (a year of 1909 for 2009, say).
 */
const EARLIEST_BIRTH = dayFromYmd(1990, 1, 1);

/** Finds births and episodes dated outside what the return and the child's age allow. */
export const datesPlausible: Rule = (ctx) => {
  const issues: Issue[] = [];
  for (const h of ctx.data.headers) {
    if (h.year !== 0 && h.dob > yearEnd(h.year)) {
      // Rule 301: nobody in a return is born after its collection year ended.
      issues.push(issueAt(ctx, 'birth-date-after-year-end', h, 'DOB', formatUk(h.dob), { child: h.child, year: yearName(h.year), end: formatUk(yearEnd(h.year)) }));
    } else if (h.dob < EARLIEST_BIRTH) {
      issues.push(issueAt(ctx, 'birth-date-before-1990', h, 'DOB', formatUk(h.dob), { child: h.child }));
    }
  }

  const headers = headerByChild(ctx.data.headers);
  const newest = Math.max(0, ...ctx.data.returns.map((r) => r.year));
  for (const [child, list] of episodesByChild(ctx.data.episodes)) {
    const h = headers.get(child);
    const first = list[0];
    // Rule 302: the first episode cannot start before the child was born (later ones are then reported too).
    if (h && first && first.decom < h.dob) {
      issues.push(issueAt(ctx, 'episode-starts-before-birth', first, 'DECOM', formatUk(first.decom), { child, dob: formatUk(h.dob) }));
    }
    // Worked out once per child, and only for a child with an S episode to compare.
    let eighteenth: number | null = null;
    for (let i = 0; i < list.length; i += 1) {
      const e = list[i] as EpisodeRecord;
      if (e.decom < ACT_IN_FORCE) issues.push(issueAt(ctx, 'episode-starts-before-1991', e, 'DECOM', formatUk(e.decom), { child }));
      if (startsAfterItsYear(e)) {
        // Rule 354: an episode in a return starts by the end of its collection year.
        issues.push(issueAt(ctx, 'episode-starts-after-year-end', e, 'DECOM', formatUk(e.decom), { child, year: yearName(e.year), end: formatUk(yearEnd(e.year)) }));
      }
      if (e.year !== 0 && e.dec !== null && e.dec > yearEnd(e.year) && !closedByStacking(e, list[i + 1], newest)) {
        // Rule 385: an episode in a return ends by the end of its collection year.
        issues.push(issueAt(ctx, 'episode-ends-after-year-end', e, 'DEC', formatUk(e.dec), { child, year: yearName(e.year), end: formatUk(yearEnd(e.year)) }));
      }
      // Rule 352: nobody starts to be looked after at 18 or over.
      if (h && e.rne === 'S') {
        eighteenth ??= birthday(h.dob, 18);
        if (e.decom >= eighteenth) issues.push(issueAt(ctx, 'care-started-aged-18-or-over', e, 'DECOM', formatUk(e.decom), { child, eighteenth: formatUk(eighteenth) }));
      }
    }
  }
  return issues;
};

/**
 * Tells whether carestats, not the file, gave this episode its end: stacking closes an episode left open in
 * an older return with E99, or with X1 on the day its successor from a newer return starts (stack-years.ts,
 * rule 5). Such an end falls after the older return's year by design. (A file whose episode ends after its
 * year with X1, where no newer return carries the episode, is not told apart; the newer return would
 * normally carry it, as it overlaps that year.)
 */
function closedByStacking(e: EpisodeRecord, next: EpisodeRecord | undefined, newest: number): boolean {
  if (e.rec === REC_ENDED_UNRECORDED) return true;
  return e.rec === 'X1' && e.year < newest && next !== undefined && next.decom === e.dec && next.year > e.year;
}
