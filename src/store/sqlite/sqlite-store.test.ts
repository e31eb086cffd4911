// Storage tests against a real SQLite database: round trip, idempotent re-import, all-or-nothing imports
// (a failing import and a killed process), and migration from schema 1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { dayFromYmd } from '../../core/civil-date.ts';
import { generateCouncil } from '../../synthetic/generate.ts';
import { ingestFiles } from '../../ingest/ingest.ts';
import { SnapshotNotFoundError, type SnapshotContent } from '../store.ts';
import { SCHEMA_V1_SQL, SCHEMA_V2_SQL } from './schema.ts';
import { openSqliteStore } from './sqlite-store.ts';
import { tempDir } from '../../../test/helpers/temp-dir.ts';

const meta = { extractDate: '2026-03-31', source: '/demo', importedAt: '2026-04-01T09:00:00.000Z' };

/** A small synthetic council read through the real ingest path (903 and SSD). */
function demoContent(seed = 7): { content: SnapshotContent; config: ReturnType<typeof generateCouncil>['config'] } {
  const council = generateCouncil({ seed, size: 'small', end: dayFromYmd(2026, 3, 31), years: 2 });
  const { data, ssd, issues, supplied } = ingestFiles(council.files.filter((f) => f.name.endsWith('.csv')));
  assert.deepEqual(issues.filter((i) => i.severity === 'error'), []);
  return { content: { data, ssd, supplied }, config: council.config };
}

function tempDb(): string {
  return join(tempDir('carestats-store-'), 'test.sqlite');
}

const count = (path: string, sql: string): number => {
  const db = new DatabaseSync(path);
  const n = (db.prepare(sql).get() as { n: number }).n;
  db.close();
  return n;
};

test('a stored snapshot loads back exactly as it was imported, every table', () => {
  const { content, config } = demoContent();
  const store = openSqliteStore(':memory:');
  const { snapshot, created } = store.importSnapshot(content, config, meta);
  assert.equal(created, true);
  const loaded = store.loadSnapshot(snapshot.id);
  assert.deepEqual(loaded.data, content.data);
  assert.deepEqual(loaded.ssd, content.ssd);
  assert.deepEqual(loaded.supplied, content.supplied);
  assert.ok(content.supplied.includes('ssd.visits') && content.supplied.includes('ssda903.episodes'));
  assert.deepEqual(loaded.config, config);
  assert.equal(loaded.summary.episodes, content.data.episodes.length);
  assert.equal(loaded.summary.counts['ssd.visits'], content.ssd.visits.length);
  assert.ok(content.ssd.visits.length > 0 && content.data.reviews.length > 0);
  store.close();
});

test('importing the same data twice changes nothing; different data makes a second snapshot', () => {
  const { content, config } = demoContent();
  const path = tempDb();
  const store = openSqliteStore(path);
  const first = store.importSnapshot(content, config, meta);
  const chunks = count(path, 'select count(*) as n from chunk');
  const second = store.importSnapshot(content, config, { ...meta, importedAt: '2026-04-02T09:00:00.000Z' });
  assert.equal(second.created, false);
  assert.equal(second.snapshot.id, first.snapshot.id);
  assert.equal(count(path, 'select count(*) as n from chunk'), chunks);
  const other = demoContent(8);
  const third = store.importSnapshot(other.content, other.config, { ...meta, extractDate: '2026-04-30' });
  assert.equal(third.created, true);
  assert.deepEqual(store.listSnapshots().map((s) => s.extractDate), ['2026-03-31', '2026-04-30']);
  assert.deepEqual(store.loadSnapshot(first.snapshot.id).data, content.data);
  store.close();
});

test('an import that fails part way stores nothing and leaves earlier snapshots readable', () => {
  const { content, config } = demoContent();
  const path = tempDb();
  const store = openSqliteStore(path);
  const first = store.importSnapshot(content, config, meta);
  const chunks = count(path, 'select count(*) as n from chunk');
  // A failure half way through writing (here from the progress callback, as a full disk would throw).
  assert.throws(() =>
    store.importSnapshot(demoContent(9).content, config, {
      ...meta,
      extractDate: '2026-04-30',
      onProgress: (done, total) => {
        if (done > total / 2) throw new Error('disk full');
      },
    }),
  /disk full/);
  assert.deepEqual(store.listSnapshots().map((s) => s.id), [first.snapshot.id]);
  assert.deepEqual(store.loadSnapshot(first.snapshot.id).data, content.data);
  store.close();
  assert.equal(count(path, 'select count(*) as n from chunk'), chunks);
});

test('a process killed part way through an import leaves the store exactly as it was', async () => {
  const path = tempDb();
  const { content, config } = demoContent();
  const store = openSqliteStore(path);
  const first = store.importSnapshot(content, config, meta);
  store.close();
  const chunks = count(path, 'select count(*) as n from chunk');
  // A child process starts importing a larger council and stops (blocked) after writing some chunks; we kill it.
  const child = spawn(process.execPath, [join(import.meta.dirname, '../../../test/helpers/import-then-hang.ts'), path], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (b: Buffer) => {
      if (b.toString().includes('mid-import')) resolve();
    });
    child.on('exit', (code) => {
      reject(new Error(`the importing process ended by itself (${String(code)})`));
    });
  });
  child.removeAllListeners('exit');
  const exited = new Promise((resolve) => child.on('exit', resolve));
  child.kill('SIGKILL');
  await exited;
  const after = openSqliteStore(path);
  assert.deepEqual(after.listSnapshots().map((s) => s.id), [first.snapshot.id]);
  assert.deepEqual(after.loadSnapshot(first.snapshot.id).data, content.data);
  after.close();
  assert.equal(count(path, 'select count(*) as n from chunk'), chunks);
});

test('a schema 1 database is migrated with its snapshots', () => {
  const path = tempDb();
  const db = new DatabaseSync(path);
  db.exec(SCHEMA_V1_SQL);
  db.exec("insert into snapshot values (1, 'h', '2026-03-31', '2026-04-01T00:00:00Z', '/old', null, 1, 1)");
  db.exec("insert into header values (1, 'header.csv', 2, 'C1', 'M', '2012-01-01', 'WBRI', '', '', null)");
  db.exec("insert into episode values (1, 'episodes.csv', 2, 'C1', '2025-01-01', 'S', 'C2', 'N1', 'U4', 'PR1', null, '', '', '', '', '')");
  db.exec('pragma user_version = 1');
  db.close();
  const store = openSqliteStore(path);
  const loaded = store.loadSnapshot(1);
  assert.equal(loaded.data.headers[0]?.child, 'C1');
  assert.equal(loaded.data.episodes[0]?.decom, dayFromYmd(2025, 1, 1));
  assert.deepEqual(loaded.summary.counts, { headers: 1, episodes: 1 });
  store.close();
});

test('a schema 2 database is migrated: each record’s nested source becomes its file and row', () => {
  const path = tempDb();
  const db = new DatabaseSync(path);
  db.exec(SCHEMA_V1_SQL);
  db.exec(SCHEMA_V2_SQL);
  db.exec("insert into snapshot values (1, 'h', '2026-03-31', '2026-04-01T00:00:00Z', '/old', null, 1, 1, '{}')");
  const episode = { source: { file: 'episodes.csv', row: 7 }, year: 2026, child: 'C1', decom: dayFromYmd(2025, 1, 1), rne: 'S', ls: 'C2', cin: 'N1', place: 'U4', placeProvider: 'PR1', dec: null, rec: '', reasonPlaceChange: '', homePost: '', plPost: '', urn: '' };
  db.prepare('insert into chunk values (1, ?, 0, ?)').run('episodes', JSON.stringify([episode]));
  db.exec('pragma user_version = 2');
  db.close();
  const store = openSqliteStore(path);
  const [loaded] = store.loadSnapshot(1).data.episodes;
  assert.equal(loaded?.file, 'episodes.csv');
  assert.equal(loaded.row, 7);
  assert.equal('source' in loaded, false);
  assert.equal(loaded.child, 'C1');
  store.close();
});

test('loading a snapshot that does not exist is a named error', () => {
  const store = openSqliteStore(':memory:');
  assert.throws(() => store.loadSnapshot(42), SnapshotNotFoundError);
  store.close();
});
