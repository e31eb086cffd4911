// Test helper run as a child process: starts importing a synthetic council into the store given as the
// first argument, and after a few chunks says "mid-import" and blocks, so the test can kill it mid-transaction.
import { dayFromYmd } from '../../src/core/civil-date.ts';
import { ingestFiles } from '../../src/ingest/ingest.ts';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { generateCouncil } from '../../src/synthetic/generate.ts';

const path = process.argv[2];
if (!path) throw new Error('usage: import-then-hang.ts DB');
const council = generateCouncil({ seed: 11, size: 'small', end: dayFromYmd(2026, 3, 31), years: 3 });
const { data, ssd, supplied } = ingestFiles(council.files.filter((f) => f.name.endsWith('.csv')));
const store = openSqliteStore(path);
let calls = 0;
store.importSnapshot({ data, ssd, supplied }, council.config, {
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
