// End-to-end: children's ids that do not line up between files, on the synthetic council (seed 3; synthetic, no
// real child data). Each fault is one clear finding, in one read and in shares alike, not hundreds of echoes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { main } from '../src/cli/main.ts';
import { fakeEffects } from './helpers/fake-effects.ts';
import { demoFolder, TODAY } from './helpers/fixtures.ts';

async function run(argv: string[]) {
  const c = fakeEffects(TODAY);
  const code = await main(argv, c.fx);
  return { code, out: c.out.join('\n'), err: c.err.join('\n') };
}

/** Every file under `dir`, as paths relative to it with / separators. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).replaceAll('\\', '/'));
}

/**
 * The synthetic council with each child id rewritten by `rewrite` (given the id and the file's path): the 903
 * CHILD column and every SSD *_person_id column. The generator's files have no quotation marks.
 */
function councilWithIds(rewrite: (id: string, file: string) => string): string {
  const dir = demoFolder();
  for (const file of filesUnder(dir).filter((f) => f.endsWith('.csv'))) {
    const path = join(dir, file);
    const lines = readFileSync(path, 'utf8').split('\n');
    const heads = (lines[0] ?? '').split(',');
    const at = heads.flatMap((h, i) => (h === 'CHILD' || h.endsWith('_person_id') ? [i] : []));
    writeFileSync(path, lines.map((line, n) => {
      if (n === 0 || line === '') return line;
      const cells = line.split(',');
      for (const i of at) if (cells[i]) cells[i] = rewrite(cells[i] ?? '', file);
      return cells.join(',');
    }).join('\n'));
  }
  return dir;
}

/** validate's issues, by id, in one read and in two shares: they must agree. */
async function issueCounts(dir: string): Promise<Record<string, number>> {
  const counts: Record<string, number>[] = [];
  for (const threads of ['1', '2']) {
    const { out } = await run(['validate', dir, '--format', 'json', '--threads', threads]);
    const report = JSON.parse(out) as { issues: { id: string }[] };
    const byId: Record<string, number> = {};
    for (const i of report.issues) byId[i.id] = (byId[i.id] ?? 0) + 1;
    counts.push(byId);
  }
  assert.deepEqual(counts[1], counts[0]);
  return counts[0] ?? {};
}

// The generator's ids are 100000 upwards: written with a leading 0 instead of the 1, they are 000000 upwards.
const zeroLed = (id: string) => id.replace(/^1/, '0');

test('a return saved by Excel, its ids without their leading zeros, is one error and not hundreds', async () => {
  // Before: 107 errors, 674 warnings and 43 notes (first episodes not RNE S, episodes closed E99, SSD visits outside care).
  const dir = councilWithIds((id, file) => (file.startsWith('903/2024-25/') ? String(Number(zeroLed(id))) : zeroLed(id)));
  assert.deepEqual(await issueCounts(dir), { 'return-ids-lost-leading-zeros': 1 });
  const { code, err } = await run(['measures', dir, '--month', '2025-12', '--format', 'csv']);
  assert.equal(code, 1);
  assert.match(err, /903\/2024-25 \(2024\/25\) have lost their leading zeros/);
});

test('a case system that renumbered every child from 2024/25 is one error and not hundreds', async () => {
  // Before: 75 errors (first episodes not RNE S) and 636 warnings.
  const dir = councilWithIds((id, file) => (file.startsWith('903/2023-24/') ? id : String(700000 + ((Number(id) * 7919) % 100000))));
  assert.deepEqual(await issueCounts(dir), { 'return-children-do-not-follow': 1 });
});
