// Rules on RNE (reason for new episode) against what the episodes show (DfE rules 357, 431, 432, 434, 435
// and 436): a period of care starts with S, an episode continuing one does not, and L, P/T and B/U say what
// changed from the previous episode. Each V3 short break is its own period of care, so each starts with S.
import { formatUk } from '../../core/civil-date.ts';
import type { EpisodeRecord } from '../../ingest/records.ts';
import { issueAt, type Rule } from '../check-context.ts';
import { coveredYears, episodesByChild, rowRef, yearContaining } from '../history-index.ts';
import type { Issue } from '../issue.ts';
import type { IssueId } from '../messages.ts';

/** Finds RNE codes that contradict the episode before them, or a first episode that is not S. */
export const episodeReasons: Rule = (ctx) => {
  const issues: Issue[] = [];
  const covered = coveredYears(ctx.data.returns);
  // An episode continuing a period starts the day its predecessor ends, so the predecessor overlaps the
  // collection year holding this DECOM. When a return for that year was read, the predecessor would be here;
  // otherwise (an episode carried from a year whose return was not supplied) it may just be missing. The DfE
  // validator makes the same allowance for episodes starting before the collection year (rule 357).
  const wouldSeePredecessor = (e: EpisodeRecord) => covered.has(yearContaining(e.decom));
  const flag = (id: IssueId, cur: EpisodeRecord, params: Record<string, string>) => {
    issues.push(issueAt(ctx, id, cur, 'RNE', cur.rne, { child: cur.child, start: formatUk(cur.decom), rne: cur.rne, ...params }));
  };
  for (const [child, list] of episodesByChild(ctx.data.episodes)) {
    // A child with a row left out while reading has a gap in their history: do not guess round it.
    if (ctx.rejectedChildren?.has(child)) continue;
    for (let i = 0; i < list.length; i += 1) {
      const cur = list[i];
      if (!cur) continue;
      const prev = list[i - 1];
      if (!prev) {
        // Rule 357: the first episode ever must be S.
        if (cur.rne !== 'S' && wouldSeePredecessor(cur)) flag('first-episode-rne-not-s', cur, {});
        continue;
      }
      // Open, overlapping and gapped predecessors are reported by episode-continuity (rules 142, 501, 388).
      if (prev.dec === null || cur.decom < prev.dec) continue;
      if (prev.rec === 'X1') {
        if (cur.decom !== prev.dec) continue;
        if (cur.rne === 'S') {
          // Rule 431: the previous episode ended X1 the day this one began, so the child did not start care.
          flag('rne-s-continuing-period', cur, { previous: rowRef(prev, cur) });
        } else {
          checkWhatChanged(prev, cur, flag);
        }
      } else if (prev.rec !== '' && cur.rne !== 'S' && cur.decom !== prev.dec && wouldSeePredecessor(cur)) {
        // Rule 432: the previous episode ended the period of care, so this one starts a new period (S).
        // A same-day restart is already reported by episode-continuity (rule 388), whose advice covers both.
        flag('rne-not-s-after-leaving', cur, { previous: rowRef(prev, cur), end: formatUk(prev.dec), rec: prev.rec });
      }
    }
  }
  return issues;
};

type Flag = (id: IssueId, cur: EpisodeRecord, params: Record<string, string>) => void;

/**
 * Rules 434–436: L is legal status only; P and T are placement only; B and U are both. A blank field equals a
 * blank field (as the validator's rules 434 and 436 compare). For P and T (rule 435) the placement is compared
 * as the validator's rule 435 compares it, though: its fields as written, a field blank in both never the same.
 * That may be an accident of comparing blanks, but an error blocks the import, and carestats must not block
 * what DfE accepts (two carers of one agency, PL_POST blank in both; a postcode written with other spacing).
 */
function checkWhatChanged(prev: EpisodeRecord, cur: EpisodeRecord, flag: Flag): void {
  // Every continuation passes through here: the wording is built only for an episode that is flagged.
  const lsChanged = cur.ls !== prev.ls;
  const noMove = 'nothing about the placement changed: PLACE, PL_POST, URN and PLACE_PROVIDER are as in the previous episode';
  switch (cur.rne) {
    case 'L':
      if (!lsChanged) flag('rne-l-inconsistent', cur, { what: lsSame(cur) });
      else {
        const described: string[] = [];
        if (placementChanged(prev, cur, described)) flag('rne-l-inconsistent', cur, { what: `the placement changed too, ${described.join(', ')}` });
      }
      break;
    case 'P':
    case 'T':
      if (lsChanged) flag('rne-p-t-inconsistent', cur, { what: `the legal status changed too, LS ${prev.ls} to ${cur.ls}` });
      else if (!placementDiffersAsWritten(prev, cur)) flag('rne-p-t-inconsistent', cur, { what: noMove });
      break;
    case 'B':
    case 'U':
      if (!lsChanged) flag('rne-b-u-inconsistent', cur, { what: lsSame(cur) });
      else if (!placementChanged(prev, cur)) flag('rne-b-u-inconsistent', cur, { what: 'the placement did not change: PLACE, PL_POST, URN and PLACE_PROVIDER are as in the previous episode' });
      break;
  }
}

/**
 * Tells whether anything about the placement differs, adding to `described` (when given) what differs, e.g.
 * "PLACE U6 to U4". Without `described` it stops at the first difference and builds no text.
 */
function placementChanged(prev: EpisodeRecord, cur: EpisodeRecord, described: string[] | null = null): boolean {
  const acrossYears = prev.year !== cur.year;
  const changes: [string, string, string][] = [];
  if (placeCode(prev.place, acrossYears) !== placeCode(cur.place, acrossYears)) {
    if (!described) return true;
    changes.push(['PLACE', prev.place, cur.place]);
  }
  // Postcodes are compared without spaces or case: "AB1 2CD" and "ab12cd" are one place. (The DfE validator
  // compares them as written; a difference only in spacing is not a change of placement.)
  if (prev.plPost !== cur.plPost && postcode(prev.plPost) !== postcode(cur.plPost)) {
    if (!described) return true;
    changes.push(['PL_POST', prev.plPost, cur.plPost]);
  }
  if (prev.urn !== cur.urn && prev.urn.toUpperCase() !== cur.urn.toUpperCase()) {
    if (!described) return true;
    changes.push(['URN', prev.urn, cur.urn]);
  }
  if (prev.placeProvider !== cur.placeProvider) {
    if (!described) return true;
    changes.push(['PLACE_PROVIDER', prev.placeProvider, cur.placeProvider]);
  }
  for (const [column, before, after] of changes) described?.push(`${column} ${shown(before)} to ${shown(after)}`);
  return changes.length > 0;
}

/** Rule 435's test that the placement changed: PLACE, PL_POST, URN or PLACE_PROVIDER differs as written, or is blank in both. */
function placementDiffersAsWritten(prev: EpisodeRecord, cur: EpisodeRecord): boolean {
  const differs = (a: string, b: string) => a !== b || a === '';
  return differs(prev.place, cur.place) || differs(prev.plPost, cur.plPost) || differs(prev.urn, cur.urn) || differs(prev.placeProvider, cur.placeProvider);
}

/**
 * A placement code as compared between two episodes. Between returns of different years, a placement that
 * carried on under a renamed code is the same placement: H5 became K3 in 2024/25 and Z1 became Z11–Z14 in
 * 2025/26 (validator rule 503D accepts exactly these between an open episode and its next-year copy).
 */
function placeCode(place: string, acrossYears: boolean): string {
  if (!acrossYears) return place;
  if (place === 'H5') return 'K3';
  if (/^Z1[1-4]$/.test(place)) return 'Z1';
  return place;
}

function postcode(text: string): string {
  return text.replaceAll(' ', '').toUpperCase();
}

function lsSame(cur: EpisodeRecord): string {
  return `the legal status did not change: LS is ${cur.ls} in both`;
}

function shown(value: string): string {
  return value === '' ? '(blank)' : value;
}
