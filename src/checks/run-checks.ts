// Runs every data-quality rule over the records and returns their issues in file order.
import type { CheckContext, Rule } from './check-context.ts';
import { releaseIndexes } from './history-index.ts';
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

/** Runs all rules. The rules share lookups over the records (history-index.ts), built once and dropped after. */
export function runChecks(ctx: CheckContext): Issue[] {
  try {
    return sortIssues(RULES.flatMap((rule) => rule(ctx)));
  } finally {
    releaseIndexes(ctx.data);
  }
}
