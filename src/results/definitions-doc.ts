// Every measure's definition as a document: Markdown for analysts and report writers, JSON for other tools.
import type { WorkedExample } from '../measures/example-kit.ts';
import type { Measure, MeasureDefinition, Polarity, Unit } from '../measures/measure.ts';
import { DIMENSIONS, type Dimension } from './dimensions/dimensions.ts';

const POLARITY: Readonly<Record<Polarity, string>> = {
  'higher-is-better': 'Higher is better',
  'lower-is-better': 'Lower is better',
  contextual: 'Contextual: neither higher nor lower is better in itself',
};

const UNIT: Readonly<Record<Unit, string>> = {
  count: 'A count',
  percent: 'A percentage',
  'rate-per-10000': 'A rate per 10,000 children',
  days: 'An average number of days',
  score: 'An average score',
};

/** A definition with its worked examples, as `carestats definitions --format json` prints it. */
export interface DefinitionJson extends MeasureDefinition {
  examples: readonly WorkedExample[];
}

/** Returns every measure's definition record with its worked examples, in the order given. */
export function definitionsJson(measures: readonly Measure[]): DefinitionJson[] {
  return measures.map((m) => ({ ...m.definition, examples: m.examples }));
}

/**
 * Writes a Markdown document with a section per measure, in the order given, then one on the breakdowns: how each
 * dimension groups children, with its sources and what is not verified.
 */
export function definitionsMarkdown(measures: readonly Measure[], dimensions: readonly Dimension[] = DIMENSIONS): string {
  const lines = [
    '# carestats measure definitions',
    '',
    `${String(measures.length)} measures, each computed at the end of a month from the SSDA903 return and the Standard Safeguarding Dataset. Each worked example is a small synthetic history (no real child data) whose result is checked by the tests.`,
  ];
  for (const m of measures) lines.push('', ...section(m));
  lines.push('', '## Breakdowns', '', 'Any measure can be broken down by these dimensions (`--by`), each child in one group.', '');
  for (const d of dimensions) lines.push(`- **${d.title}** (\`${d.id}\`): ${d.description}`);
  return `${lines.join('\n')}\n`;
}

function section(m: Measure): string[] {
  const d = m.definition;
  const decimals = d.decimals === 1 ? '1 decimal place' : `${String(d.decimals)} decimal places`;
  const out = [
    `## ${d.title} (\`${d.id}\`)`,
    '',
    d.description,
    '',
    `- **Numerator:** ${d.numerator}`,
    `- **Denominator:** ${d.denominator ?? 'None: the figure is a count.'}`,
    `- **Cohort:** ${d.cohort}`,
    `- **Polarity:** ${POLARITY[d.polarity]}`,
    `- **Unit:** ${UNIT[d.unit]}, published to ${decimals}`,
    `- **Minimum cohort:** ${d.minCohort === null ? 'None' : `${String(d.minCohort)} ${d.denominatorCounts ?? 'children'}: below this, reports show the numbers instead of the figure`}`,
    '',
    '### Exclusions',
    '',
    ...(d.exclusions.length ? d.exclusions.map((e) => `- ${e}`) : ['None.']),
    '',
    '### Sources',
    '',
    ...d.sources.map((s) => `- ${s}`),
    '',
    '### Worked examples',
    '',
  ];
  m.examples.forEach((e, i) => out.push(`${String(i + 1)}. **${e.name}** (${e.month}): ${e.explanation} ${expectation(e)}`));
  return out;
}

function expectation(e: WorkedExample): string {
  const x = e.expected;
  if (x.unavailable) return 'Result: unavailable.';
  const show = (n: number | null) => (n === null ? 'none' : n.toLocaleString('en-GB'));
  return `Result: numerator ${show(x.numerator)}, denominator ${show(x.denominator)}, value ${show(x.value)}.`;
}
