// Storage tests against a real SQLite database: round trip, idempotent re-import, and all-or-nothing imports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { dayFromYmd } from '../../core/civil-date.ts';
import { generateCouncil } from '../../synthetic/generate.ts';
import { ingest903 } from '../../ingest/ingest-903.ts';
import { SnapshotNotFoundError } from '../store.ts';
import { openSqliteStore } from './sqlite-store.ts';

const meta = { extractDate: '2026-03-31', source: '/demo', importedAt: '2026-04-01T09:00:00.000Z' };

/** A small synthetic council read through the real ingest path. */
function demoData() {
  const council = generateCouncil({ seed: 7, size: 'small', end: dayFromYmd(2026, 3, 31), years: 2 });
  const { data, issues } = ingest903(council.files.filter((f) => f.name.endsWith('.csv')));
  assert.deepEqual(issues, []);
  return { data, config: council.config };
}

function tempDb(): string {
  return join(mkdtempSync(join(tmpdir(), 'carestats-store-')), 'test.sqlite');
}

test('a stored snapshot loads back exactly as it was imported', () => {
  const { data, config } = demoData();
  const store = openSqliteStore(':memory:');
  const { snapshot, created } = store.importSnapshot(data, config, meta);
  assert.equal(created, true);
  const loaded = store.loadSnapshot(snapshot.id);
  assert.deepEqual(loaded.data, data);
  assert.deepEqual(loaded.config, config);
  assert.equal(loaded.summary.episodes, data.episodes.length);
  store.close();
});

test('importing the same data twice changes nothing', () => {
  const { data, config } = demoData();
  const path = tempDb();
  const store = openSqliteStore(path);
  const first = store.importSnapshot(data, config, meta);
  const second = store.importSnapshot(data, config, { ...meta, importedAt: '2026-04-02T09:00:00.000Z' });
  assert.equal(second.created, false);
  assert.equal(second.snapshot.id, first.snapshot.id);
  assert.equal(store.listSnapshots().length, 1);
  store.close();
  const db = new DatabaseSync(path);
  assert.equal((db.prepare('select count(*) as n from episode').get() as { n: number }).n, data.episodes.length);
  db.close();
});

test('an import that fails part way stores nothing and leaves earlier snapshots readable', () => {
  const { data, config } = demoData();
  const path = tempDb();
  const store = openSqliteStore(path);
  const first = store.importSnapshot(data, config, meta);
  // A record that breaks a NOT NULL constraint half way through the episodes.
  const broken = { ...data, episodes: data.episodes.map((e, i) => (i === Math.floor(data.episodes.length / 2) ? { ...e, child: null as unknown as string } : e)) };
  assert.throws(() => store.importSnapshot(broken, config, { ...meta, extractDate: '2026-04-30' }));
  assert.deepEqual(store.listSnapshots().map((s) => s.id), [first.snapshot.id]);
  assert.deepEqual(store.loadSnapshot(first.snapshot.id).data, data);
  store.close();
  const db = new DatabaseSync(path);
  assert.equal((db.prepare('select count(*) as n from episode').get() as { n: number }).n, data.episodes.length);
  db.close();
});

test('loading a snapshot that does not exist is a named error', () => {
  const store = openSqliteStore(':memory:');
  assert.throws(() => store.loadSnapshot(42), SnapshotNotFoundError);
  store.close();
});
