// `carestats start`: the main job on the embedded default. Generates the demo council, checks and stores its
// files in SQLite, computes the measures for the last 13 months, writes the report and serves it.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatIso, formatLong, formatMonthLong, parseIso } from '../../core/civil-date.ts';
import { latestMonthEndOnOrBefore, trailingMonthEnds } from '../../core/month.ts';
import { populationFor } from '../../measures/cla-rate/compute.ts';
import { MEASURES } from '../../measures/registry.ts';
import { checkFolderForImport } from '../../pipeline/sharded-check.ts';
import { OVERVIEW_MEASURES, renderOverview } from '../../report/render-overview.ts';
import { writeSite } from '../../report/write-site.ts';
import { computeSeries } from '../../results/compute-series.ts';
import { readSnapshot } from '../../pipeline/load-snapshot.ts';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.ts';
import { generateCouncilTo } from '../../synthetic/write-council.ts';
import { startServer } from '../../web/server.ts';
import { EXIT, UsageError, type Effects } from '../effects.ts';
import { readArgs } from '../args.ts';
import { formatIssuesText } from '../format-issues.ts';
import { measureInputOf } from '../load-source.ts';
import { readDataFolder } from '../../ingest/read-folder.ts';
import { refuseOtherFiles } from './generate.ts';

/**
 * Throws a usage error when `dir` (--data) holds data files of its own: start writes its synthetic council into
 * DIR/demo, and carestats reads a data folder's sub-folders, so a council's files put in ./data (where the
 * repository keeps no files of its own) would be read with hundreds of synthetic children among them.
 */
function refuseDataFolder(dir: string): void {
  const own = readDataFolder(dir).names.filter((n) => !n.startsWith('demo/'));
  if (own.length === 0) return;
  throw new UsageError(`${dir} holds data files (${own.slice(0, 2).join(', ')}${own.length > 2 ? ', …' : ''}): start writes its synthetic demo council into ${join(dir, 'demo')}, where it would be read with them. Give start another folder with --data, or keep your own files in a folder of their own.`);
}

/** Runs the command; returns the exit code once the server stops (or at once with --no-serve). */
export async function startCommand(args: string[], fx: Effects): Promise<number> {
  const { values } = readArgs('start', {
    args,
    options: {
      port: { type: 'string', default: fx.env.PORT ?? '3000' },
      data: { type: 'string', default: 'data' },
      out: { type: 'string', default: 'out' },
      'no-serve': { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be a whole number from 0 to 65535.');
  const dataDir = resolve(values.data);
  const outDir = resolve(values.out);
  const demoDir = join(dataDir, 'demo');
  refuseDataFolder(values.data);
  refuseOtherFiles(demoDir);

  // 1. The demo council: the same seed and extract date give byte-identical files, so reruns change nothing.
  const council = generateCouncilTo(demoDir, { seed: 1, size: 'small', end: fx.today, years: 6 });
  fx.out(`1. Wrote ${String(council.paths.length)} synthetic files (an SSDA903 return for each year, SSD tables, la-config.json) to ${demoDir}`);

  // 2. Read and check the files exactly as a council's own would be.
  const { checked, toStore } = await checkFolderForImport(demoDir, { extractDate: fx.today });
  for (const line of formatIssuesText(checked.issues.filter((i) => i.severity !== 'note'), demoDir, !checked.ok)) fx.err(line);
  if (!toStore) return EXIT.dataProblem;
  fx.out(`2. Checked ${checked.summary.children.toLocaleString('en-GB')} children and ${checked.summary.episodes.toLocaleString('en-GB')} episodes: no errors`);

  // 3. Store a dated snapshot; the report is computed from what was stored.
  mkdirSync(dataDir, { recursive: true });
  const dbPath = join(dataDir, 'carestats.sqlite');
  const store = openSqliteStore(dbPath);
  let snapshot;
  let stored;
  try {
    const outcome = store.importSnapshot(toStore, checked.config, { extractDate: formatIso(fx.today), source: demoDir, importedAt: fx.now() });
    fx.out(
      outcome.created
        ? `3. Stored snapshot ${String(outcome.snapshot.id)} in ${dbPath}`
        : `3. These files are already stored as snapshot ${String(outcome.snapshot.id)} in ${dbPath}; nothing changed`,
    );
    stored = store.loadSnapshot(outcome.snapshot.id);
    snapshot = await readSnapshot(stored);
  } finally {
    store.close();
  }

  // 4. Every measure for the last 13 month ends the snapshot covers: up to the last month end on or before
  // the extract date (a quiet last week with no new episodes still counts as covered).
  const latest = latestMonthEndOnOrBefore(parseIso(stored.summary.extractDate) ?? fx.today);
  const monthEnds = trailingMonthEnds(latest, 13);
  const input = measureInputOf(snapshot, { consume: false });
  const results = computeSeries(MEASURES, input, monthEnds);
  fx.out(`4. Computed ${String(MEASURES.length)} measures for 13 month ends, ${formatMonthLong(monthEnds[0] ?? latest)} to ${formatMonthLong(latest)}`);

  // 5. The report.
  const config = snapshot.config;
  const html = renderOverview({
    councilName: config?.name ?? 'Your council',
    synthetic: config?.synthetic ?? false,
    monthEnds,
    results,
    // The definitions of the measures the page shows, not all of them: the page is for members.
    definitions: MEASURES.filter((m) => OVERVIEW_MEASURES.includes(m.definition.id)).map((m) => m.definition),
    generatedOn: fx.today,
    snapshot: { id: stored.summary.id, extractDate: formatLong(parseIso(stored.summary.extractDate) ?? fx.today) },
    populationSources: config ? [...new Set(monthEnds.map((m) => populationFor(config, m).source))] : [],
  });
  const [page] = writeSite(outDir, { 'index.html': html });
  fx.out(`5. Wrote the report to ${page ?? outDir}`);

  if (values['no-serve']) return EXIT.ok;
  const server = await startServer(outDir, port).catch((error: unknown) => {
    const code = (error as { code?: string }).code;
    throw new UsageError(code === 'EADDRINUSE' ? `Port ${String(port)} is in use. Stop the other program or choose another port with --port.` : String(error));
  });
  fx.out(`Serving the report at ${server.url}/ (press Ctrl+C to stop)`);
  await fx.waitForStop(() => server.close());
  return EXIT.ok;
}
