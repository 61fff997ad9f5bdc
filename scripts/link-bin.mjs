#!/usr/bin/env node
// Run by `prepare` after tsc and scripts/build-bundle.mjs (the bin is the bundle): npm links the
// bins of dependencies into node_modules/.bin, never the package's own. A pipeline that calls
// node_modules/.bin/reportlint (or an editor task, or a Makefile) after `npm ci` in this checkout
// finds it here; `npx reportlint` works either way.
import { chmodSync, existsSync, lstatSync, mkdirSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist/bundle/bin.cjs');
const binDir = join(root, 'node_modules/.bin');
if (!existsSync(cli)) throw new Error(`link-bin: ${cli} is missing; scripts/build-bundle.mjs did not write it`);
chmodSync(cli, 0o755); // copied without the execute bit where the file system keeps none
mkdirSync(binDir, { recursive: true });
const link = join(binDir, 'reportlint');
try {
  if (lstatSync(link)) unlinkSync(link);
} catch {
  // not there yet
}
if (process.platform === 'win32') {
  writeFileSync(`${link}.cmd`, `@node "%~dp0\\${relative(binDir, cli)}" %*\r\n`);
} else {
  symlinkSync(relative(binDir, cli), link);
}
