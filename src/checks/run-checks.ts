// Runs every data-quality rule over the records and returns their issues in file order.
import type { CheckContext, Rule } from './check-context.ts';
import { sortIssues, type Issue } from './issue.ts';
import { episodeContinuity } from './rules/episode-continuity.ts';
import { episodeDates } from './rules/episode-dates.ts';
import { headerChildren } from './rules/header-children.ts';

/** Every rule, in the order a reader would fix things: the child, then each episode, then the sequence. */
export const RULES: readonly Rule[] = [headerChildren, episodeDates, episodeContinuity];

/** Runs all rules. */
export function runChecks(ctx: CheckContext): Issue[] {
  return sortIssues(RULES.flatMap((rule) => rule(ctx)));
}
