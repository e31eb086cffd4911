// One benchmark run for one size: generate, write, read and check, store, build timelines, compute measures,
// break every result down by every dimension.
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { dayFromYmd } from '../src/core/civil-date.ts';
import { trailingMonthEnds } from '../src/core/month.ts';
import { MEASURES } from '../src/measures/registry.ts';
import { loadFolder } from '../src/pipeline/load-folder.ts';
import { checkFolder, checkFolderForImport } from '../src/pipeline/sharded-check.ts';
import { measureInShares } from '../src/pipeline/sharded-measures.ts';
import { breakdownContext, breakdownsOf } from '../src/results/breakdown.ts';
import { mapSeries } from '../src/results/compute-series.ts';
import { DIMENSIONS } from '../src/results/dimensions/dimensions.ts';
import { readSnapshot } from '../src/pipeline/load-snapshot.ts';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import type { SizeName } from '../src/synthetic/generate.ts';
import { generateCouncilTo } from '../src/synthetic/write-council.ts';
import { buildTimelines, suppliedTables } from '../src/timeline/build-timelines.ts';
import type { ChildTimeline } from '../src/timeline/child-timeline.ts';

/** The figures of one size's run (some, as said, the median of REPEAT runs). */
export interface BenchFigures {
  size: SizeName;
  children: number;
  episodes: number;
  csvMb: number;
  generateS: number;
  /** Peak memory after generating (the process's peak so far, so the generator's own peak). */
  generatePeakMb: number;
  readCheckS: number;
  /** Reading and checking in two shares on two threads, as validate and import do a folder of 64 MB or more. */
  checkSharesS: number;
  /** An import as `carestats import` does it: read, check, hash and compress the files, store them. */
  importS: number;
  /** The part of the import that writes to SQLite (waiting for the compression thread ends the reading). */
  storeS: number;
  /** Reading the stored snapshot back into records (through the ingest, as `measures --snapshot` does). */
  reloadS: number;
  timelineS: number;
  measuresS: number;
  /** Every result (all measures × 13 months) broken down by every dimension. */
  breakdownsS: number;
  /**
   * `carestats measures --months 13 --by all` on two threads, as it runs on a folder of 64 MB or more: read and
   * check in two shares, each share's timelines and every measure × 13 months broken down by every dimension,
   * merged (against read+check, timelines, measures and breakdowns on one thread). The measures issue's target
   * for the national set is this figure.
   */
  measureSharesS: number;
  /** SSDA903 CSV alone, and the time to read and check it (the median of REPEAT runs, and the fastest and slowest). */
  csv903Mb: number;
  read903S: number;
  read903Range: [number, number];
  /** Peak memory of everything but the measures in shares (which run while this process holds its own records). */
  peakMb: number;
}

const END = dayFromYmd(2026, 3, 31);

/** Runs of each one-thread figure the issues set a target for (BENCH_REPEAT, a whole number from 1; default 3); the median is reported. */
export const REPEAT = repeatCount(process.env.BENCH_REPEAT);

function repeatCount(text: string | undefined): number {
  if (text === undefined || text === '') return 3;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`BENCH_REPEAT must be a whole number of runs, 1 or more (it is "${text}")`);
  return n;
}

/** The median of some figures (of an even number, the mean of the middle two). */
function middle(figures: readonly number[]): number {
  const sorted = [...figures].sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[half] ?? NaN) : ((sorted[half - 1] ?? NaN) + (sorted[half] ?? NaN)) / 2;
}

function time<T>(work: () => T): [T, number] {
  const start = process.hrtime.bigint();
  const result = work();
  return [result, Number(process.hrtime.bigint() - start) / 1e9];
}

async function timeAsync<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = process.hrtime.bigint();
  const result = await work();
  return [result, Number(process.hrtime.bigint() - start) / 1e9];
}

/** Runs the pipeline once on a synthetic council of `size` with 10 years of history. */
export async function benchOne(size: SizeName): Promise<BenchFigures> {
  const dir = join(import.meta.dirname, '.data', size);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const [council, generateS] = time(() => generateCouncilTo(dir, { seed: 1, size, end: END, years: 10 }));
  const generatePeakMb = process.resourceUsage().maxRSS / 1024;
  const files = council.paths;
  const csvMb = files.filter((f) => f.endsWith('.csv')).reduce((s, f) => s + statSync(f).size, 0) / 1e6;
  const [loaded, readCheckS] = await timeAsync(() => loadFolder(dir));
  if (!loaded.ok) throw new Error(`benchmark data has errors: ${loaded.issues[0]?.message ?? ''}`);
  const [, checkSharesS] = await timeAsync(() => checkFolder(dir, { shares: 2 }));
  const store = openSqliteStore(join(dir, 'bench.sqlite'));
  let storeS = 0;
  const [id, importS] = await timeAsync(async () => {
    const { checked: again, toStore } = await checkFolderForImport(dir);
    if (!toStore) throw new Error('benchmark data has errors');
    const [outcome, s] = time(() => store.importSnapshot(toStore, again.config, { extractDate: '2026-03-31', source: dir, importedAt: '2026-03-31T00:00:00Z' }));
    storeS = s;
    return outcome.snapshot.id;
  });
  const [, reloadS] = await timeAsync(() => readSnapshot(store.loadSnapshot(id)));
  store.close();
  // The one-thread figures the issues set targets for are each the median of REPEAT runs (with the fastest and
  // slowest kept for 903 validation): on a shared machine one run of the same work has varied by a third. The
  // first run of each comes before the peak memory is read and the rest after, so the peak is one run's.
  const timelineRun = () => time(() => buildTimelines(loaded.data, loaded.ssd));
  const [firstTimelines, firstTimelineS] = timelineRun();
  // One pass, as a report makes it: each result is computed, broken down by every dimension, then dropped. Each
  // run on timelines built for it and a new input, so nothing one run remembered for an input or its timelines
  // (measures/shared/input-memo.ts; timeline/remembered.ts, which keeps answers on the timelines themselves;
  // the breakdowns' index of children) shortens the next: a command computes its series once.
  const seriesRun = (timelines: ChildTimeline[]) => {
    const input = { timelines, config: loaded.config, supplied: suppliedTables(loaded.data, loaded.ssd, loaded.supplied) };
    let breakdowns = 0;
    const [, total] = time(() => {
      const contexts = DIMENSIONS.map((d) => breakdownContext(d, input));
      mapSeries(MEASURES, input, trailingMonthEnds(END, 13), (r, m) => {
        // All ten at once, as `carestats measures --by all` breaks each result down (results/compute-series.ts).
        const [, s] = time(() => breakdownsOf(r, m.definition, contexts));
        breakdowns += s;
        return r.value;
      });
    });
    return { measures: total - breakdowns, breakdowns };
  };
  const series = [seriesRun(firstTimelines)];
  // Validation of the SSDA903 returns alone, the figure the ingest issue sets a target for.
  const csv903Mb = files.filter((f) => f.endsWith('.csv') && f.includes(`${sep}903${sep}`)).reduce((s, f) => s + statSync(f).size, 0) / 1e6;
  const read903 = async () => (await timeAsync(() => loadFolder(join(dir, '903'))))[1];
  const reads903 = [await read903()];
  // The peak so far, as the figures before this change measured it: the measures in shares hold their own
  // timelines on two threads while this process still holds the records read above, which no command does.
  const peakMb = process.resourceUsage().maxRSS / 1024;
  const timelineTimes = [firstTimelineS];
  for (let i = 1; i < REPEAT; i += 1) {
    const [timelines, timelineS] = timelineRun();
    timelineTimes.push(timelineS);
    series.push(seriesRun(timelines));
    reads903.push(await read903());
  }
  const timelineS = middle(timelineTimes);
  // Measures and breakdowns from one run, the run whose total is the median (the lower middle of an even number).
  const medianRun = [...series].sort((a, b) => a.measures + a.breakdowns - (b.measures + b.breakdowns))[Math.floor((series.length - 1) / 2)];
  if (!medianRun) throw new Error('Programmer error: no series run');
  const measuresS = medianRun.measures;
  const breakdownsS = medianRun.breakdowns;
  const read903S = middle(reads903);
  const read903Range: [number, number] = [Math.min(...reads903), Math.max(...reads903)];
  const [, measureSharesS] = await timeAsync(() => measureInShares({ dir: dir }, 2, () => ({ measures: MEASURES, monthEnds: trailingMonthEnds(END, 13), dimensions: DIMENSIONS })));
  rmSync(dir, { recursive: true, force: true });
  return {
    size,
    children: loaded.data.headers.length,
    episodes: loaded.data.episodes.length,
    csvMb,
    generateS,
    generatePeakMb,
    readCheckS,
    checkSharesS,
    importS,
    storeS,
    reloadS,
    timelineS,
    measuresS,
    breakdownsS,
    measureSharesS,
    csv903Mb,
    read903S,
    read903Range,
    peakMb,
  };
}
