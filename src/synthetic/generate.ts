// Generates a synthetic council: the files a council produces (SSDA903 returns for each collection year,
// SSD tables, la-config.json) from a seeded simulation. The same options give byte-identical files.
// Synthetic only: no real child's data is used or imitated.
import { addMonths, type Day } from '../core/civil-date.ts';
import type { LaConfig } from '../config/la-config.ts';
import { LA_CONFIG_FILE } from '../config/la-config.ts';
import type { TextFile } from '../ingest/ingest-903.ts';
import { councilConfig } from './council.ts';
import { CsvBook } from './csv-book.ts';
import { injectFaults, type Fault } from './messy.ts';
import { seededRandom } from './random.ts';
import { simulateCouncil, simulationStart } from './simulate-council.ts';
import { collectionYears, declare903, write903 } from './tables-903.ts';
import { declareSsd, writeSsd } from './tables-ssd.ts';

/** Named sizes: roughly how many children are looked after at any one time. */
export const SIZES = { small: 150, medium: 600, large: 2_500, national: 80_000 } as const;
export type SizeName = keyof typeof SIZES;

/** Options for a synthetic council. */
export interface GenerateOptions {
  seed: number;
  size: SizeName;
  /** The extract date: nothing after it is generated, and what is in force on it stays open. */
  end: Day;
  /** Years of history before `end` (default 6). */
  years: number;
  /** Inject the faults real extracts have, and return a manifest of them. */
  messy?: boolean;
}

/** A generated council: its files (paths relative to the output folder), config and any fault manifest. */
export interface GeneratedCouncil {
  files: TextFile[];
  config: LaConfig;
  faults: Fault[] | null;
  children: number;
}

/** The SSD extract window: visits and other monthly detail for the last 3 years (enough for 13 months + 12). */
const SSD_YEARS = 3;

/** Generates the council. */
export function generateCouncil(options: GenerateOptions): GeneratedCouncil {
  const rng = seededRandom(options.seed);
  const stock = SIZES[options.size];
  const config = councilConfig(stock, options.end);
  const windowStart = addMonths(options.end, -12 * options.years);
  const ssdFrom = addMonths(options.end, -12 * Math.min(options.years, SSD_YEARS));
  const years = collectionYears(windowStart, options.end);
  const book = new CsvBook();
  declare903(book, years);
  declareSsd(book, config);
  const children = simulateCouncil(
    rng,
    { stock, simStart: simulationStart(options.end, options.years), windowStart, end: options.end, visitsFrom: ssdFrom, config },
    (child) => {
      write903(book, child, years, options.end);
      writeSsd(book, child, ssdFrom);
    },
  );
  // Faults go into the latest complete collection year (the one a council would submit).
  const target = [...years].reverse().find((y) => y.end <= options.end) ?? years.at(-1);
  const faults = options.messy && target ? injectFaults(rng, book, target.folder) : null;
  const files: TextFile[] = book.paths().map((name) => ({ name, text: book.finalText(name) }));
  files.push({ name: LA_CONFIG_FILE, text: `${JSON.stringify(config, null, 2)}\n` });
  return { files, config, faults, children };
}
