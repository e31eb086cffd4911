// Test helper run as a child process: starts importing a synthetic council's files into the store given as
// the first argument, and after a few parts says "mid-import" and blocks, so the test can kill it mid-transaction.
import { dayFromYmd } from '../../src/core/civil-date.ts';
import { ingestFiles } from '../../src/ingest/ingest.ts';
import { collectSourceFiles } from '../../src/store/source-files.ts';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { summariseRecords } from '../../src/store/store.ts';
import { generateCouncil } from '../../src/synthetic/generate.ts';

const path = process.argv[2];
if (!path) throw new Error('usage: import-then-hang.ts DB');
const council = generateCouncil({ seed: 11, size: 'small', end: dayFromYmd(2026, 3, 31), years: 3 });
const csv = council.files.filter((f) => f.name.endsWith('.csv'));
const collected = collectSourceFiles();
for (const f of csv) collected.add(f.name, Buffer.from(f.text));
const files = await collected.finish();
if (files.reduce((s, f) => s + f.parts.length, 0) < 6) throw new Error('the council has too few file parts to stop part way');
const store = openSqliteStore(path);
let calls = 0;
store.importSnapshot({ files, summary: summariseRecords(ingestFiles(csv)) }, council.config, {
  extractDate: '2026-05-31',
  source: 'killed',
  importedAt: '2026-06-01T00:00:00Z',
  onProgress: () => {
    calls += 1;
    if (calls === 5) {
      process.stdout.write('mid-import\n');
      // Block for good: the parent kills this process while the transaction is open.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
    }
  },
});
