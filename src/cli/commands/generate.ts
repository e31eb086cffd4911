// `carestats generate`: writes a synthetic council's files for demos, tests and benchmarks.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatLong } from '../../core/civil-date.ts';
import { monthArg } from '../date-args.ts';
import { LA_CONFIG_FILE } from '../../config/la-config.ts';
import { SIZES, type SizeName } from '../../synthetic/generate.ts';
import { generateCouncilTo } from '../../synthetic/write-council.ts';
import { EXIT, UsageError, type Effects } from '../effects.ts';
import { choiceArg, readArgs } from '../args.ts';

export const GENERATE_USAGE = `carestats generate --out DIR [--seed N] [--size small|medium|large|national] [--years N] [--end YYYY-MM] [--messy]

  Writes a synthetic council's files: an SSDA903 return for each collection year (DIR/903/2024-25/…,
  with each year's codes), Standard Safeguarding Dataset tables (DIR/ssd/…) and la-config.json.
  The same options always give byte-identical files. No real child data is used. DIR must be
  new, empty, or a synthetic council written before (it clears DIR/903 and DIR/ssd).

  --size   about 150 / 600 / 2,500 / 80,000 children looked after at any one time (default small)
  --seed   whole number (default 1)
  --years  years of history (default 6)
  --end    last month of data (default: today's date is the extract date)
  --messy  inject the faults real extracts have, listed in DIR/messy-manifest.json`;

/** Runs the command; returns the exit code. */
export function generateCommand(args: string[], fx: Effects): number {
  const { values } = readArgs('generate', {
    args,
    options: {
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      size: { type: 'string', default: 'small' },
      years: { type: 'string', default: '6' },
      end: { type: 'string' },
      messy: { type: 'boolean', default: false },
    },
  });
  if (!values.out) throw new UsageError('Give --out DIR, the folder to write to.');
  const size = choiceArg('size', values.size, Object.keys(SIZES) as SizeName[]);
  const seed = Number(values.seed);
  const years = Number(values.years);
  if (!Number.isInteger(seed)) throw new UsageError('--seed must be a whole number.');
  if (!Number.isInteger(years) || years < 1 || years > 30) throw new UsageError('--years must be a whole number from 1 to 30.');
  const end = monthArg(values.end, '--end') ?? fx.today;
  refuseOtherFiles(values.out);
  const council = generateCouncilTo(values.out, { seed, size, end, years, messy: values.messy });
  fx.out(`Wrote a synthetic council to ${values.out}: ${String(council.children)} children and young people, ${String(years)} ${years === 1 ? 'year' : 'years'} to ${formatLong(end)}, ${String(council.paths.length)} files.`);
  if (council.faults) fx.out(`Injected ${String(council.faults.length)} faults, listed in ${values.out}/messy-manifest.json.`);
  return EXIT.ok;
}

/**
 * Throws a usage error when `dir` holds files and is not a synthetic council written before (its la-config.json
 * says synthetic): generating clears the folder's 903 and ssd folders and writes over its la-config.json, so
 * --out given a council's own data folder deleted its returns without a word.
 */
export function refuseOtherFiles(dir: string): void {
  if (!existsSync(dir)) return;
  if (!statSync(dir).isDirectory()) throw new UsageError(`--out ${dir} is a file: give a folder to write the council's files in.`);
  if (readdirSync(dir).length === 0 || wasGenerated(dir)) return;
  throw new UsageError(`${dir} already has files in it that are not a synthetic council: generate clears a folder's 903 and ssd folders and writes over its ${LA_CONFIG_FILE}, so give it a new or empty folder.`);
}

function wasGenerated(dir: string): boolean {
  try {
    return (JSON.parse(readFileSync(join(dir, LA_CONFIG_FILE), 'utf8')) as { synthetic?: unknown }).synthetic === true;
  } catch {
    return false;
  }
}
