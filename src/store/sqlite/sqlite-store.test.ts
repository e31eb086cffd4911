// Storage tests against a real SQLite database: files stored and read back byte for byte (and so record for
// record), idempotent re-import, all-or-nothing imports (a failing import and a killed process), and migration
// of older databases, whose snapshots of records still load.
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { dayFromYmd } from '../../core/civil-date.ts';
import { readDataFolder } from '../../ingest/read-folder.ts';
import { loadFolder } from '../../pipeline/load-folder.ts';
import { checkFolderForImport } from '../../pipeline/sharded-check.ts';
import { readSnapshot } from '../../pipeline/load-snapshot.ts';
import { byFolderThenName } from '../../ingest/file-order.ts';
import { generateCouncilTo } from '../../synthetic/write-council.ts';
import { collectSourceFiles, PART_BYTES, restoreFile, reusingRestorer } from '../source-files.ts';
import { SnapshotNotFoundError, type StoredContent } from '../store.ts';
import { SCHEMA_V1_SQL, SCHEMA_V2_SQL } from './schema.ts';
import { openSqliteStore } from './sqlite-store.ts';
import { tempDir } from '../../../test/helpers/temp-dir.ts';

const meta = { extractDate: '2026-03-31', source: '/demo', importedAt: '2026-04-01T09:00:00.000Z' };

/** A small synthetic council written to a folder and read as `carestats import` reads it (903 and SSD). */
async function demoImport(seed = 7) {
  const dir = tempDir('carestats-store-council-');
  generateCouncilTo(dir, { seed, size: 'small', end: dayFromYmd(2026, 3, 31), years: 2 });
  const { checked, toStore } = await checkFolderForImport(dir);
  assert.equal(checked.ok, true);
  assert.ok(toStore);
  // The records one read of the folder gives, for comparing with what a stored snapshot reads back as.
  const loaded = await loadFolder(dir);
  return { dir, loaded, content: toStore, config: checked.config };
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

function filesOf(content: StoredContent) {
  assert.equal(content.kind, 'files');
  return content.files;
}

test('a folder checked in shares on two threads stores the same files and summary, and is the same snapshot', async () => {
  const { dir, content, config } = await demoImport();
  const { checked, toStore } = await checkFolderForImport(dir, { shares: 2 });
  assert.equal(checked.ok, true);
  assert.ok(toStore);
  // The bytes came from one share's thread through this one to the compressing thread: all of them, in order,
  // each with the hash the share worked out, which must be that of the bytes stored.
  assert.deepEqual(toStore.files, content.files);
  for (const f of toStore.files) assert.equal(f.sha256, createHash('sha256').update(restoreFile(f.name, f.parts)).digest('hex'), f.name);
  assert.deepEqual(toStore.summary, content.summary);
  const store = openSqliteStore(':memory:');
  const first = store.importSnapshot(content, config, meta);
  const again = store.importSnapshot(toStore, checked.config, meta);
  assert.equal(again.created, false, 'the same files are the same snapshot');
  assert.equal(again.snapshot.id, first.snapshot.id);
  store.close();
});

test('a stored snapshot holds every file byte for byte, and reads back to the same records as the folder', async () => {
  const { dir, loaded, content, config } = await demoImport();
  const store = openSqliteStore(':memory:');
  const { snapshot, created } = store.importSnapshot(content, config, meta);
  assert.equal(created, true);
  assert.equal(snapshot.format, 'files');
  const stored = store.loadSnapshot(snapshot.id);
  const files = filesOf(stored.content);
  assert.deepEqual(files.names, content.files.map((f) => f.name).sort(byFolderThenName));
  assert.ok(files.names.includes('903/2025-26/episodes.csv') && files.names.includes('ssd/ssd_cla_visits.csv'));
  for (const name of files.names) assert.deepEqual(files.read(name), readFileSync(join(dir, name)), name);
  const back = await readSnapshot(stored);
  assert.equal(back.hasErrors, false);
  assert.deepEqual(back.data, loaded.data);
  assert.deepEqual(back.ssd, loaded.ssd);
  assert.deepEqual(back.supplied, loaded.supplied);
  assert.deepEqual(stored.config, config);
  assert.equal(stored.summary.episodes, loaded.data.episodes.length);
  assert.equal(stored.summary.counts['ssd.visits'], loaded.ssd.visits.length);
  assert.ok(loaded.ssd.visits.length > 0 && loaded.data.reviews.length > 0);
  store.close();
});

test('a snapshot reads back in its folder’s order, so a return with a sub-folder in it gives the folder’s records', async () => {
  const { dir } = await demoImport();
  // The latest return moved into a folder named for no year, with the year before inside it: in plain name
  // order the older return's files fall among the newer's and split the newer return in two.
  renameSync(join(dir, '903', '2025-26'), join(dir, '903', 'latest'));
  renameSync(join(dir, '903', '2024-25'), join(dir, '903', 'latest', 'old 2024-25'));
  const { checked, toStore } = await checkFolderForImport(dir);
  assert.ok(toStore && checked.ok);
  const store = openSqliteStore(':memory:');
  const stored = store.loadSnapshot(store.importSnapshot(toStore, checked.config, meta).snapshot.id);
  const back = await readSnapshot(stored);
  const folder = await loadFolder(dir);
  assert.deepEqual(filesOf(stored.content).names, readDataFolder(dir).names);
  assert.deepEqual(back.data, folder.data);
  assert.deepEqual(back.issues, folder.issues);
  store.close();
});

test('a file larger than a part is stored in parts and put back together exactly, a character split across parts included', async () => {
  // "é" is two bytes in UTF-8: placed so that its first byte ends the first part.
  const text = `${'a'.repeat(PART_BYTES - 1)}é${'b'.repeat(1000)}`;
  const bytes = Buffer.from(text);
  const collected = collectSourceFiles();
  collected.add('ssd/big.csv', bytes);
  collected.add('empty.csv', Buffer.alloc(0));
  const [big, empty] = await collected.finish();
  assert.equal(big?.parts.length, 2);
  assert.equal(big.parts[0]?.bytes, PART_BYTES);
  assert.ok((big.parts[0]?.content.length ?? Infinity) < PART_BYTES / 100, 'a repetitive part compresses');
  assert.equal(restoreFile('ssd/big.csv', big.parts).toString('utf8'), text);
  assert.equal(empty?.parts.length, 1);
  assert.equal(restoreFile('empty.csv', empty.parts).length, 0);
  const damaged = [{ bytes: 5, content: big.parts[1]?.content ?? new Uint8Array() }];
  assert.throws(() => restoreFile('ssd/big.csv', damaged), /The stored file ssd\/big\.csv is damaged/);
  // Through one reused buffer, as a share reads: the same bytes, each valid until the next file is restored.
  const restore = reusingRestorer();
  const first = restore('ssd/big.csv', big.parts);
  assert.equal(first.toString('utf8'), text);
  assert.equal(restore('empty.csv', empty.parts).length, 0);
  const again = restore('ssd/big.csv', big.parts);
  assert.equal(again.buffer, first.buffer, 'the buffer is reused');
  assert.equal(again.toString('utf8'), text);
  assert.throws(() => restore('ssd/big.csv', damaged), /The stored file ssd\/big\.csv is damaged/);
  // A size no part can have is damage too, not a failure to allocate that much.
  const huge = [{ bytes: 2 ** 40, content: big.parts[1]?.content ?? new Uint8Array() }];
  assert.throws(() => restoreFile('ssd/big.csv', huge), /The stored file ssd\/big\.csv is damaged/);
  assert.throws(() => restore('ssd/big.csv', huge), /The stored file ssd\/big\.csv is damaged/);
});

test('a snapshot’s files read through one reused buffer are the files read one by one', async () => {
  const { content, config } = await demoImport();
  const store = openSqliteStore(':memory:');
  const { snapshot } = store.importSnapshot(content, config, meta);
  const files = filesOf(store.loadSnapshot(snapshot.id).content);
  const read = files.reusingReader();
  for (const name of files.names) assert.deepEqual(Buffer.from(read(name)), files.read(name), name);
  store.close();
});

test('importing the same files twice changes nothing; different files make a second snapshot', async () => {
  const { content, config, loaded } = await demoImport();
  const path = tempDb();
  const store = openSqliteStore(path);
  const first = store.importSnapshot(content, config, meta);
  const parts = count(path, 'select count(*) as n from source_file');
  const second = store.importSnapshot(content, config, { ...meta, importedAt: '2026-04-02T09:00:00.000Z' });
  assert.equal(second.created, false);
  assert.equal(second.snapshot.id, first.snapshot.id);
  assert.equal(count(path, 'select count(*) as n from source_file'), parts);
  // The same files in another order are the same snapshot.
  const reordered = store.importSnapshot({ ...content, files: [...content.files].reverse() }, config, meta);
  assert.equal(reordered.created, false);
  const other = await demoImport(8);
  const third = store.importSnapshot(other.content, other.config, { ...meta, extractDate: '2026-04-30' });
  assert.equal(third.created, true);
  assert.deepEqual(store.listSnapshots().map((s) => s.extractDate), ['2026-03-31', '2026-04-30']);
  assert.deepEqual((await readSnapshot(store.loadSnapshot(first.snapshot.id))).data, loaded.data);
  store.close();
});

test('an import that fails part way stores nothing and leaves earlier snapshots readable', async () => {
  const { content, config, loaded } = await demoImport();
  const path = tempDb();
  const store = openSqliteStore(path);
  const first = store.importSnapshot(content, config, meta);
  const parts = count(path, 'select count(*) as n from source_file');
  const next = (await demoImport(9)).content;
  // A failure half way through writing (here from the progress callback, as a full disk would throw).
  assert.throws(() =>
    store.importSnapshot(next, config, {
      ...meta,
      extractDate: '2026-04-30',
      onProgress: (done, total) => {
        if (done > total / 2) throw new Error('disk full');
      },
    }),
  /disk full/);
  assert.deepEqual(store.listSnapshots().map((s) => s.id), [first.snapshot.id]);
  assert.deepEqual((await readSnapshot(store.loadSnapshot(first.snapshot.id))).data, loaded.data);
  store.close();
  assert.equal(count(path, 'select count(*) as n from source_file'), parts);
});

test('a write SQLite itself undoes (a full disk) is reported as it is, not as a failed rollback, and stores nothing', async () => {
  const { content, config, loaded } = await demoImport();
  const path = tempDb();
  const store = openSqliteStore(path);
  const first = store.importSnapshot(content, config, meta);
  // Another connection adds a trigger that makes SQLite roll the whole transaction back part way, as SQLite
  // does itself on a full disk: the import must not then roll back again ("no transaction is active").
  const other = new DatabaseSync(path);
  other.exec("create trigger stop before insert on source_file when new.snapshot_id > 1 and new.name > '903/2025' begin select raise(rollback, 'database or disk is full'); end;");
  other.close();
  const next = (await demoImport(9)).content;
  assert.throws(() => store.importSnapshot(next, config, { ...meta, extractDate: '2026-04-30' }), (error: Error) => {
    assert.equal(error.name, 'StoreError');
    assert.match(error.message, /database or disk is full.*Nothing was stored: the database is as it was before\./);
    return true;
  });
  assert.deepEqual(store.listSnapshots().map((s) => s.id), [first.snapshot.id]);
  assert.deepEqual((await readSnapshot(store.loadSnapshot(first.snapshot.id))).data, loaded.data);
  store.close();
});

test('a store can be opened and read while another carestats holds the write lock for an import', async () => {
  const { content, config } = await demoImport();
  const path = tempDb();
  const first = openSqliteStore(path);
  first.importSnapshot(content, config, meta);
  first.close();
  // An import in progress elsewhere: the write lock held, a snapshot row not yet committed.
  const importing = new DatabaseSync(path);
  importing.exec('begin immediate');
  importing.exec("insert into snapshot (content_hash, extract_date, imported_at, source, config_json, children, episodes, counts_json, format) values ('x', '2026-04-30', 'x', 'x', null, 0, 0, '{}', 'files')");
  try {
    const reader = openSqliteStore(path);
    assert.deepEqual(reader.listSnapshots().map((s) => s.extractDate), ['2026-03-31']);
    reader.close();
  } finally {
    importing.exec('rollback');
    importing.close();
  }
});

test('another program’s SQLite file, or a file that is not SQLite, is refused with a message and left exactly as it was', () => {
  const path = tempDb();
  const foreign = new DatabaseSync(path);
  foreign.exec('create table patients (id integer primary key, name text); insert into patients (name) values (\'x\');');
  foreign.close();
  const before = readFileSync(path);
  assert.throws(() => openSqliteStore(path), (error: Error) => error.name === 'StoreError' && /another program's SQLite database/.test(error.message));
  assert.deepEqual(readFileSync(path), before, 'not a byte changed (no tables added, not switched to WAL)');
  const text = join(tempDir('carestats-store-'), 'notes.sqlite');
  writeFileSync(text, 'these are not the droids you are looking for\n'.repeat(200));
  assert.throws(() => openSqliteStore(text), (error: Error) => error.name === 'StoreError' && /is not a carestats database \(it is not a SQLite file\)/.test(error.message));
  assert.throws(() => openSqliteStore(join(tempDir('carestats-store-'), 'no such folder', 'x.sqlite')), (error: Error) => error.name === 'StoreError' && /check that its folder exists/.test(error.message));
});

test('a process killed part way through an import leaves the store exactly as it was', async () => {
  const path = tempDb();
  const { content, config, loaded } = await demoImport();
  const store = openSqliteStore(path);
  const first = store.importSnapshot(content, config, meta);
  store.close();
  const parts = count(path, 'select count(*) as n from source_file');
  // A child process starts importing another council and stops (blocked) after writing some parts; we kill it.
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
  assert.deepEqual((await readSnapshot(after.loadSnapshot(first.snapshot.id))).data, loaded.data);
  after.close();
  assert.equal(count(path, 'select count(*) as n from source_file'), parts);
});

test('a schema 1 database is migrated with its snapshots, which load as records', async () => {
  const path = tempDb();
  const db = new DatabaseSync(path);
  db.exec(SCHEMA_V1_SQL);
  db.exec("insert into snapshot values (1, 'h', '2026-03-31', '2026-04-01T00:00:00Z', '/old', null, 1, 1)");
  db.exec("insert into header values (1, 'header.csv', 2, 'C1', 'M', '2012-01-01', 'WBRI', '', '', null)");
  db.exec("insert into episode values (1, 'episodes.csv', 2, 'C1', '2025-01-01', 'S', 'C2', 'N1', 'U4', 'PR1', null, '', '', '', '', '')");
  db.exec('pragma user_version = 1');
  db.close();
  const store = openSqliteStore(path);
  const stored = store.loadSnapshot(1);
  assert.equal(stored.summary.format, 'records');
  const loaded = await readSnapshot(stored);
  assert.equal(loaded.data.headers[0]?.child, 'C1');
  assert.equal(loaded.data.episodes[0]?.decom, dayFromYmd(2025, 1, 1));
  assert.deepEqual(stored.summary.counts, { headers: 1, episodes: 1 });
  store.close();
});

test('a schema 2 database is migrated: each record’s nested source becomes its file and row', async () => {
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
  const [loaded] = (await readSnapshot(store.loadSnapshot(1))).data.episodes;
  assert.equal(loaded?.file, 'episodes.csv');
  assert.equal(loaded.row, 7);
  assert.equal('source' in loaded, false);
  assert.equal(loaded.child, 'C1');
  // A snapshot of files stored after the upgrade sits beside it.
  const { content, config } = await demoImport();
  const added = store.importSnapshot(content, config, meta);
  assert.deepEqual(store.listSnapshots().map((s) => s.format), ['records', 'files']);
  assert.equal(added.snapshot.id, 2);
  store.close();
});

test('a database written by a newer carestats is refused with a clear message', () => {
  const path = tempDb();
  const db = new DatabaseSync(path);
  db.exec('pragma user_version = 99');
  db.close();
  assert.throws(() => openSqliteStore(path), /written by a newer carestats \(schema 99\)/);
});

test('loading a snapshot that does not exist is a named error', () => {
  const store = openSqliteStore(':memory:');
  assert.throws(() => store.loadSnapshot(42), SnapshotNotFoundError);
  store.close();
});

test('a stored snapshot is read back with the date its files were extracted, so a return named for no year keeps its year', async () => {
  const dir = tempDir('carestats-store-extract-');
  // Synthetic; no real child data. 01/01/2052 is a mistyped 2026, after the extract date.
  writeFileSync(join(dir, 'header.csv'), 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1001,M,01/02/2015,WBRI,UN1,,\n1002,F,11/09/2012,WBRI,UN1,,\n');
  writeFileSync(join(dir, 'episodes.csv'), 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n1001,01/01/2026,S,C2,N1,U6,PR1,,,,,,\n1002,03/01/2026,S,V2,N1,U6,PR1,01/01/2052,E4A,,,,\n');
  const extractDate = dayFromYmd(2026, 3, 31);
  const { checked, toStore } = await checkFolderForImport(dir, { extractDate });
  assert.deepEqual(checked.returns.map((r) => r.year), [2026]);
  // The mistyped date is an error (after the year's end), which blocks an import: store the files regardless.
  assert.equal(toStore, null);
  const collected = collectSourceFiles();
  for (const name of readDataFolder(dir).names) collected.add(name, readFileSync(join(dir, name)));
  const files = { files: await collected.finish(), summary: checked.summary };
  const store = openSqliteStore(':memory:');
  const back = await readSnapshot(store.loadSnapshot(store.importSnapshot(files, checked.config, meta).snapshot.id));
  assert.deepEqual(back.data.returns.map((r) => r.year), [2026]);
  assert.deepEqual(back.issues, (await loadFolder(dir, { extractDate })).issues);
  store.close();
});
