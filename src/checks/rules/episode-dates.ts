// Rules on a single episode's dates and end reason (DfE 903 validation rules 148, 355 and 356).
import { formatUk } from '../../core/civil-date.ts';
import { issueAt, type Rule } from '../check-context.ts';
import { endsBeforeItStarts } from '../history-index.ts';
import type { Issue } from '../issue.ts';

/** Finds episodes that end before they start, end on their start day, or have only one of DEC and REC. */
export const episodeDates: Rule = (ctx) => {
  const issues: Issue[] = [];
  for (const e of ctx.data.episodes) {
    if (endsBeforeItStarts(e)) {
      // Rule 356: DEC must not be before DECOM.
      issues.push(issueAt(ctx, 'episode-ends-before-it-starts', e, 'DEC', formatUk(e.dec), { start: formatUk(e.decom) }));
    } else if (e.dec !== null && e.dec === e.decom) {
      // Rule 355: an episode cannot start and end on the same day.
      issues.push(issueAt(ctx, 'episode-lasts-under-a-day', e, 'DEC', formatUk(e.dec)));
    }
    // Rule 148: DEC and REC are both present or both blank.
    if (e.dec !== null && e.rec === '') issues.push(issueAt(ctx, 'end-date-without-reason', e, 'REC', ''));
    if (e.dec === null && e.rec !== '') issues.push(issueAt(ctx, 'reason-without-end-date', e, 'DEC', e.rec));
  }
  return issues;
};
