#!/usr/bin/env node
// Launcher for `npx carestats`: runs the TypeScript CLI on the project's pinned Node.js 24 (the `node` dev
// dependency), even when the machine's own node is older. Node 24 runs .ts files directly (type stripping).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'src', 'cli', 'run.ts');
const major = Number(process.versions.node.split('.')[0]);
let node = process.execPath;
if (major < 24) {
  node = join(root, 'node_modules', 'node', 'bin', 'node');
  if (!existsSync(node)) {
    process.stderr.write(`carestats needs Node.js 24 or later (this is ${process.version}). Run "npm install" in ${root} first.\n`);
    process.exit(2);
  }
}
// Run alongside, not with spawnSync: a launcher blocked in spawnSync could not pass a signal on, so one stopped
// by a service manager or `kill` (SIGTERM) ended at once and left `carestats start` serving with no parent.
const child = spawn(node, [cli, ...process.argv.slice(2)], { stdio: 'inherit' });
// Ctrl+C reaches the CLI from the terminal itself (the whole process group gets it): the launcher only waits
// for it to finish, where before it ended first and the shell's prompt came back among the CLI's last lines.
process.on('SIGINT', () => undefined);
for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('error', (error) => {
  process.stderr.write(`carestats could not start Node.js (${node}): ${error.message}\n`);
  process.exit(2);
});
child.on('exit', (code, signal) => {
  if (signal === null) process.exit(code ?? 1);
  // Ended by a signal: end the same way, so the shell sees what stopped it (exit status 128 + the signal).
  process.removeAllListeners(signal);
  process.kill(process.pid, signal);
});
