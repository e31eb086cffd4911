// Generates a synthetic council: the files a council produces (SSDA903 returns for each collection year,
// SSD tables, la-config.json) from a seeded simulation. The same options give byte-identical files.
// Synthetic only: no real child's data is used or imitated.
import { addMonths, type Day } from '../core/civil-date.ts';
import type { LaConfig } from '../config/la-config.ts';
import { LA_CONFIG_FILE } from '../config/la-config.ts';
import type { TextFile } from '../ingest/ingest.ts';
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

/** What a simulation wrote into a book: the config, how many children, and where --messy faults go. */
export interface Simulated {
  config: LaConfig;
  children: number;
  /** The latest complete collection year's folder (the return a council would submit). */
  faultFolder: string;
}

/** Simulates the council and writes its 903 and SSD rows into `book` (in memory or streaming). */
export function simulateInto(options: GenerateOptions, book: CsvBook): Simulated {
  const rng = seededRandom(options.seed);
  const stock = SIZES[options.size];
  const config = councilConfig(stock, options.end);
  // The years to the end date run from the day after the same date that many years before (1 April 2016 for
  // 10 years to 31 March 2026): from that day itself, a year more of returns began, holding only the children
  // still in care on its last day.
  const windowStart = addMonths(options.end, -12 * options.years) + 1;
  const ssdFrom = addMonths(options.end, -12 * Math.min(options.years, SSD_YEARS));
  const years = collectionYears(windowStart, options.end);
  declare903(book, years, options.end);
  declareSsd(book, config);
  const children = simulateCouncil(
    rng,
    { stock, simStart: simulationStart(options.end, options.years), windowStart, end: options.end, visitsFrom: ssdFrom, config },
    (child) => {
      write903(book, child, years, options.end);
      // The SSD extract covers the SSD_YEARS to the end date, from the day after the same date that many years
      // before (1 April 2023 for 31 March 2026), as a council's extract for whole years does. (Visits are
      // simulated from the day before, as they always were, so the seeded data stay as they were.)
      writeSsd(book, child, ssdFrom + 1);
    },
  );
  book.finish();
  const target = [...years].reverse().find((y) => y.end <= options.end) ?? years.at(-1);
  return { config, children, faultFolder: target?.folder ?? '' };
}

/** A generator for --messy faults, seeded apart from the simulation so clean and messy data match elsewhere. */
export function faultRandom(seed: number): ReturnType<typeof seededRandom> {
  return seededRandom(seed ^ 0x5eed);
}

/** Generates the council in memory (tests, small councils). For large ones use generateCouncilTo (write-council.ts). */
export function generateCouncil(options: GenerateOptions): GeneratedCouncil {
  const book = new CsvBook();
  const sim = simulateInto(options, book);
  let files: TextFile[] = book.paths().map((name) => ({ name, text: book.text(name) }));
  let faults: Fault[] | null = null;
  if (options.messy) {
    const inFolder = (f: TextFile) => f.name.startsWith(`${sim.faultFolder}/`);
    const messy = injectFaults(faultRandom(options.seed), files.filter(inFolder), sim.faultFolder);
    files = [...files.filter((f) => !inFolder(f)), ...messy.files].sort((a, b) => a.name.localeCompare(b.name));
    faults = messy.faults;
  }
  files.push({ name: LA_CONFIG_FILE, text: `${JSON.stringify(sim.config, null, 2)}\n` });
  return { files, config: sim.config, faults, children: sim.children };
}
