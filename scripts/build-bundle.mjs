#!/usr/bin/env node
// The command as it ships (package.json "bin"): src/cli.ts and the batch worker bundled by
// esbuild into dist/bundle/ (or the directory given), ES modules split so that a format's
// parser and each lazily imported module stay a chunk of their own, loaded only when used.
// One file instead of ~150 saves module resolution and loading on every run (seed.txt and
// seed.docx −13 % CPU; README's benchmark section). Source maps beside each file: run with
// node --enable-source-maps for stack traces into src/.
// tsc's dist/src/ stays what the tests and `main` use; test/cli/bundle.test.ts checks that
// both give the same bytes.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// inside the package: the bundle finds dict/, package.json and node_modules by walking up
const outdir = resolve(root, process.argv[2] ?? 'dist/bundle');
rmSync(outdir, { recursive: true, force: true }); // chunk names carry hashes: no stale ones
await build({
  absWorkingDir: root,
  // chunks and the worker side by side: run-batch finds the worker as new URL('./worker.js', import.meta.url)
  entryPoints: { cli: 'src/cli.ts', worker: 'src/batch/worker.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  // native addons; pdfjs and pdf-parse (pdfjs loads its worker file and data beside itself);
  // tinypool (it starts threads from files)
  external: ['pdfjs-dist', 'pdf-parse', 'nodejieba', '@napi-rs/canvas', 'tinypool'],
  // CommonJS packages (mammoth, ajv, commander…) call require() inside an ES module bundle
  banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
  logLevel: 'warning',
});
