// Runs every data-quality rule over the records and returns their issues in file order.
import type { CheckContext, Rule } from './check-context.ts';
import { misdatedChildren, releaseIndexes } from './history-index.ts';
import { sortIssues, type Issue } from './issue.ts';
import { careLeavers } from './rules/care-leavers.ts';
import { childDetails } from './rules/child-details.ts';
import { datesPlausible } from './rules/dates-plausible.ts';
import { episodeContinuity } from './rules/episode-continuity.ts';
import { episodeDates } from './rules/episode-dates.ts';
import { episodeReasons } from './rules/episode-reasons.ts';
import { eventsInCare } from './rules/events-in-care.ts';
import { headerChildren } from './rules/header-children.ts';
import { temporaryPlacements } from './rules/temporary-placements.ts';

/**
 * Every rule, in the order a reader would fix things: the child and their details, each episode and its dates,
 * the sequence of episodes and what each says changed, the returns from temporary placements, then what happened while looked after and after.
 */
export const RULES: readonly Rule[] = [headerChildren, childDetails, episodeDates, datesPlausible, episodeContinuity, episodeReasons, temporaryPlacements, eventsInCare, careLeavers];

/**
 * The rules that read a child's episodes as a sequence of care. A child with an episode row left out while
 * reading, or one whose dates cannot be put in order (history-index.ts misdatedChildren), is not checked by
 * them: one mistyped DECOM had given five more errors (an X1 not followed, an episode open before another, a
 * review outside care), each only its echo. The fault itself is reported; once it is corrected, checking the
 * folder again runs these rules for the child.
 */
const SEQUENCE_RULES: ReadonlySet<Rule> = new Set([episodeContinuity, episodeReasons, temporaryPlacements, eventsInCare]);

/** Runs all rules. The rules share lookups over the records (history-index.ts), built once and dropped after. */
export function runChecks(ctx: CheckContext): Issue[] {
  try {
    const sequenceCtx: CheckContext = { ...ctx, rejectedChildren: new Set([...(ctx.rejectedChildren ?? []), ...misdatedChildren(ctx.data.episodes)]) };
    return sortIssues(RULES.flatMap((rule) => rule(SEQUENCE_RULES.has(rule) ? sequenceCtx : ctx)));
  } finally {
    releaseIndexes(ctx.data);
  }
}
