// bin/carestats.js, the launcher `npx carestats` runs: exit codes and signals pass through it to the CLI.
import { spawn, spawnSync } from 'node:child_process';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { tempDir } from './helpers/fixtures.ts';

const LAUNCHER = join(import.meta.dirname, '..', 'bin', 'carestats.js');

test('the launcher ends with the exit code of the command it ran', () => {
  const usage = spawnSync(process.execPath, [LAUNCHER, 'measures', '--fromat', 'csv'], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(usage.status, 2, usage.stderr);
  assert.match(usage.stderr, /has no option --fromat/);
  assert.equal(spawnSync(process.execPath, [LAUNCHER, '--version'], { encoding: 'utf8', timeout: 60_000 }).status, 0);
});

test('a launcher told to stop (SIGTERM) stops the server it started, rather than leaving it serving', async (t) => {
  // Before, the launcher ended at once and `carestats start` went on serving with no parent. In a process group
  // of its own, so whatever the launcher leaves running is ended after the test.
  const launcher = spawn(process.execPath, [LAUNCHER, 'start', '--port', '0', '--data', tempDir(), '--out', tempDir()], { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, CARESTATS_TODAY: '2026-03-31' } });
  t.after(() => {
    try {
      process.kill(-(launcher.pid ?? 0), 'SIGKILL');
    } catch {
      // The group has ended: nothing was left running.
    }
  });
  let out = '';
  launcher.stdout.setEncoding('utf8');
  const url = await new Promise<string>((resolveUrl, reject) => {
    launcher.stdout.on('data', (chunk: string) => {
      out += chunk;
      const found = /Serving the report at (\S+)/.exec(out)?.[1];
      if (found) resolveUrl(found);
    });
    launcher.once('exit', () => { reject(new Error(`the launcher ended before serving: ${out}`)); });
  });
  assert.equal((await fetch(url)).status, 200);
  const ended = new Promise<number | null>((resolveEnd) => launcher.once('exit', (code) => { resolveEnd(code); }));
  launcher.kill('SIGTERM');
  assert.equal(await ended, 0, 'the CLI closed its server and ended, and the launcher with its exit code');
  await assert.rejects(fetch(url), 'nothing serves the report any more');
});
