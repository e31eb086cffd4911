#!/usr/bin/env node
// Launcher for `npx carestats`: runs the TypeScript CLI on the project's pinned Node.js 24 (the `node` dev
// dependency), even when the machine's own node is older. Node 24 runs .ts files directly (type stripping).
import { spawnSync } from 'node:child_process';
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
const result = spawnSync(node, [cli, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
