// Rules on care leavers' status: OC3's three items go together (DfE rules 153, 344 and 345), no OC3 row for a
// young person whose care another council took over (rule 1011), and an SSD
// care-leaver contact where the council is in touch says what the young person is doing and where they live.
import { issueAt, type Rule } from '../check-context.ts';
import { episodesByChild, yearEnd } from '../history-index.ts';
import type { Issue } from '../issue.ts';
import { REC_CARE_TRANSFERRED } from '../../ingest/code-lists.ts';
import type { EpisodeRecord } from '../../ingest/records.ts';

/** Finds OC3 rows whose IN_TOUCH, ACTIV and ACCOM contradict each other, and incomplete in-touch SSD contacts. */
export const careLeavers: Rule = (ctx) => {
  const issues: Issue[] = [];
  for (const r of ctx.data.oc3) {
    // Most rows agree: settle them without building the lists that describe a disagreement.
    if (oc3Agrees(r.inTouch, r.activ, r.accom)) continue;
    const items = [['IN_TOUCH', r.inTouch], ['ACTIV', r.activ], ['ACCOM', r.accom]] as const;
    const params = { child: r.child, inTouch: r.inTouch };
    if (r.inTouch === 'DIED' || r.inTouch === 'RHOM') {
      // Rule 344: a young person who died or went home for 6 months or more has ACTIV and ACCOM of 0.
      const wrong = items.slice(1).find(([, v]) => v !== '0');
      if (wrong) issues.push(issueAt(ctx, 'oc3-status-not-zero', r, wrong[0], wrong[1], params));
      continue;
    }
    const blank = items.find(([, v]) => v === '');
    if (blank && items.some(([, v]) => v !== '')) {
      // Rule 153: all three items are given or all three are blank.
      issues.push(issueAt(ctx, 'oc3-items-partly-blank', r, blank[0], '', { ...params, given: items.filter(([, v]) => v !== '').map(([c]) => c).join(' and ') }));
      continue;
    }
    if (r.inTouch === 'YES') {
      // Rule 345: when the council is in touch, ACTIV and ACCOM say what is known (not 0).
      const zero = items.slice(1).find(([, v]) => v === '0');
      if (zero) issues.push(issueAt(ctx, 'oc3-in-touch-status-zero', r, zero[0], zero[1], params));
    }
  }
  // Rule 1011: a young person whose care another council took over (REC E3) is that council's care leaver.
  const episodes = ctx.data.oc3.length > 0 ? episodesByChild(ctx.data.episodes) : null;
  for (const r of ctx.data.oc3) {
    // A row with IN_TOUCH, ACTIV and ACCOM all blank gives no care-leaver information, which is what rule 1011
    // asks for (the DfE validator passes it too).
    if (r.inTouch === '' && r.activ === '' && r.accom === '') continue;
    const transfer = endedByTransfer(episodes?.get(r.child) ?? [], yearEnd(r.year));
    if (transfer) issues.push(issueAt(ctx, 'oc3-care-transferred', r, 'IN_TOUCH', r.inTouch, { child: r.child, ended: transfer.file, row: String(transfer.row) }));
  }
  for (const l of ctx.ssd?.careLeavers ?? []) {
    if (l.inTouch !== 'YES' || (given(l.activity) && given(l.accommodation))) continue;
    const items = [['clea_care_leaver_activity', l.activity], ['clea_care_leaver_accommodation', l.accommodation]] as const;
    const missing = items.find(([, v]) => v === '' || v === '0');
    if (missing) issues.push(issueAt(ctx, 'ssd-care-leaver-in-touch-incomplete', l, missing[0], missing[1], { child: l.personId }));
  }
  return issues;
};

/** Tells whether an OC3 row passes rules 344, 153 and 345 (the checks below, without their messages). */
function oc3Agrees(inTouch: string, activ: string, accom: string): boolean {
  if (inTouch === 'DIED' || inTouch === 'RHOM') return activ === '0' && accom === '0';
  const blank = inTouch === '' || activ === '' || accom === '';
  if (blank && (inTouch !== '' || activ !== '' || accom !== '')) return false;
  return inTouch !== 'YES' || (activ !== '0' && accom !== '0');
}

/** The child's last episode begun by `day`, when it had ended by then with REC E3 (care taken over by another council); null otherwise. `episodes` in DECOM order. */
function endedByTransfer(episodes: readonly EpisodeRecord[], day: number): EpisodeRecord | null {
  const last = episodes.findLast((e) => e.decom <= day);
  return last && last.rec === REC_CARE_TRANSFERRED && last.dec !== null && last.dec <= day ? last : null;
}

function given(value: string): boolean {
  return value !== '' && value !== '0';
}
