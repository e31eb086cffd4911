// The generator's --messy faults, each reported by the ingest and checks with the right id, file, row and
// column; and the clean council gives no errors. (Issue: "every fault in the --messy manifest is reported".)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IssueId } from '../src/checks/messages.ts';
import { dayFromYmd } from '../src/core/civil-date.ts';
import { loadFolder } from '../src/pipeline/load-folder.ts';
import type { FaultKind } from '../src/synthetic/messy.ts';
import { generateCouncilTo } from '../src/synthetic/write-council.ts';
import { tempDir } from './helpers/temp-dir.ts';

/** What each kind of fault should be reported as. */
const EXPECTED: Record<FaultKind, IssueId> = {
  'byte-order-mark': 'file-byte-order-mark',
  'excel-date': 'date-excel-style',
  'child-id-dot-zero': 'id-decimal-removed',
  'trailing-spaces': 'value-trimmed',
  'lower-case-code': 'code-lower-case',
  'overlapping-episode': 'episode-overlaps-previous',
  'blank-file': 'file-empty',
  'duplicated-row': 'row-duplicated',
  'header-only-file': 'table-has-no-rows',
};

const options = { seed: 4, size: 'small' as const, end: dayFromYmd(2026, 3, 31), years: 3 };

test('every fault in the --messy manifest is reported with the right id, file, row and column', async () => {
  const dir = tempDir('carestats-messy-');
  const { faults } = generateCouncilTo(dir, { ...options, messy: true });
  assert.ok(faults && faults.length === Object.keys(EXPECTED).length, 'one fault of each kind');
  const loaded = await loadFolder(dir);
  for (const f of faults) {
    const found = loaded.issues.find((i) => i.id === EXPECTED[f.kind] && i.file === f.file && i.row === f.row && i.column === f.column);
    assert.ok(found, `${f.kind} at ${f.file} row ${String(f.row)} column ${String(f.column)} should be reported as ${EXPECTED[f.kind]}; got:\n${loaded.issues.filter((i) => i.file === f.file).map((i) => `${i.id} row ${String(i.row)} ${String(i.column)}`).join('\n')}`);
    if (f.columnLetter !== null) assert.equal(found.columnLetter, f.columnLetter, `${f.kind}: column letter`);
  }
  assert.equal(loaded.ok, false, 'the overlap and the blank file block an import');
});

test('the same council without faults has no errors and no warnings', async () => {
  const dir = tempDir('carestats-clean-');
  generateCouncilTo(dir, options);
  const loaded = await loadFolder(dir);
  const serious = loaded.issues.filter((i) => i.severity !== 'note' && !(i.id === 'table-has-no-rows' && i.file?.endsWith('/ad1.csv')));
  assert.deepEqual(serious.map((i) => `${i.id} ${i.file ?? ''} ${String(i.row)}`), []);
  assert.equal(loaded.ok, true);
  assert.ok(loaded.ssd.visits.length > 0 && loaded.data.reviews.length > 0, 'SSD and 903 detail tables are read');
});
