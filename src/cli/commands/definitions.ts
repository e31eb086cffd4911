// `carestats definitions`: every measure's definition and worked examples, as Markdown or JSON.
import { MEASURES } from '../../measures/registry.ts';
import { definitionsJson, definitionsMarkdown } from '../../results/definitions-doc.ts';
import { EXIT, type Effects } from '../effects.ts';
import { visibleJson } from '../../core/visible-text.ts';
import { choiceArg, readArgs } from '../args.ts';

export const DEFINITIONS_USAGE = `carestats definitions [--format md|json]

  Prints every measure's definition: title, description, numerator, denominator, cohort,
  exclusions, polarity, unit, sources, minimum cohort and its worked examples. md (the
  default) is a readable document with a section per measure; json is the definition records,
  each with its worked examples.`;

/** Runs the command; returns the exit code. */
export function definitionsCommand(args: string[], fx: Effects): number {
  const { values } = readArgs('definitions', { args, options: { format: { type: 'string', default: 'md' } } });
  if (choiceArg('format', values.format, ['md', 'json']) === 'md') fx.out(definitionsMarkdown(MEASURES).replace(/\n$/, ''));
  else fx.out(visibleJson(definitionsJson(MEASURES)));
  return EXIT.ok;
}
