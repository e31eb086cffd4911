// `npm run bench`: times the pipeline on synthetic councils and prints wall time, rows per second, MB per
// second and peak memory. Benchmarks are not tests: they report figures and never fail CI.
// Each size runs in its own process, so its peak memory is its own.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { SIZES, type SizeName } from '../src/synthetic/generate.ts';
import { benchOne, REPEAT, type BenchFigures } from './bench-one.ts';

const sizes: SizeName[] = (process.env.BENCH_SIZES?.split(',') as SizeName[] | undefined) ?? ['small', 'large'];

if (process.argv[2] === '--one') {
  const size = process.argv[3] as SizeName;
  process.stdout.write(JSON.stringify(await benchOne(size)));
} else {
  const rows: BenchFigures[] = [];
  for (const size of sizes) {
    if (!(size in SIZES)) throw new Error(`Unknown size ${size}`);
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--one', size], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (child.status !== 0) throw new Error(`bench ${size} failed:\n${child.stderr}`);
    rows.push(JSON.parse(child.stdout) as BenchFigures);
  }
  console.log(`carestats benchmark (Node ${process.version}, ${String(rows.length)} sizes; 10 years of history; 13 month ends)`);
  console.log(`903 MB/s, timelines, measures and breakdowns: the median of ${String(REPEAT)} runs (BENCH_REPEAT); the rest one run each\n`);
  const table: Record<string, Record<string, string>> = {};
  for (const r of rows) {
    table[r.size] = {
      children: r.children.toLocaleString('en-GB'),
      episodes: r.episodes.toLocaleString('en-GB'),
      'CSV MB': r.csvMb.toFixed(1),
      'generate s': r.generateS.toFixed(2),
      'gen peak MB': r.generatePeakMb.toFixed(0),
      'read+check s': r.readCheckS.toFixed(2),
      'read MB/s': (r.csvMb / r.readCheckS).toFixed(1),
      'in 2 shares s': r.checkSharesS.toFixed(2),
      '903 MB/s': (r.csv903Mb / r.read903S).toFixed(1),
      '903 MB/s range': `${(r.csv903Mb / r.read903Range[1]).toFixed(1)}–${(r.csv903Mb / r.read903Range[0]).toFixed(1)}`,
      'rows/s': Math.round((r.episodes + r.children) / r.readCheckS).toLocaleString('en-GB'),
      'import s': r.importS.toFixed(2),
      'of it store s': r.storeS.toFixed(2),
      'reload s': r.reloadS.toFixed(2),
      'timelines s': r.timelineS.toFixed(3),
      'measures×13 s': r.measuresS.toFixed(2),
      'breakdowns×9 s': r.breakdownsS.toFixed(2),
      'read→measures×13×9 in 2 shares s': r.measureSharesS.toFixed(2),
      'peak MB': r.peakMb.toFixed(0),
    };
  }
  console.table(table);
}
