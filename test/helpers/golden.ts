// Golden-file comparison: an output must match its saved copy. On a mismatch the new output is written
// beside it as NAME-changed.EXT for review; a missing golden file fails in CI and is created elsewhere.
// UPDATE_GOLDEN=1 rewrites every golden file the tests reach (review the diff before committing it).
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'golden');

/** Compares `actual` with test/golden/`name`. */
export function assertGolden(name: string, actual: string): void {
  const path = join(GOLDEN_DIR, name);
  const ext = extname(name);
  const changed = path.slice(0, path.length - ext.length) + '-changed' + ext;
  if (process.env.UPDATE_GOLDEN === '1' && !process.env.CI) {
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) {
    if (process.env.CI) assert.fail(`Golden file ${name} is missing; run the tests locally to create it, review it and commit it.`);
    writeFileSync(path, actual);
    return;
  }
  if (readFileSync(path, 'utf8') !== actual) {
    writeFileSync(changed, actual);
    assert.fail(`Output differs from golden file ${name}. Review ${changed}; if it is right, replace the golden file with it.`);
  }
}
