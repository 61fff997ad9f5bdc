#!/usr/bin/env node
// The command as it ships (package.json "bin": dist/bundle/bin.cjs), built by esbuild into
// dist/bundle/ (or the directory given):
//  - cli.js, worker-esm.js and their chunks: ES modules, split so that a format's parser and each
//    lazily imported module stay a chunk of their own, loaded only when used. One file instead
//    of ~150 saves module resolution and loading on every run;
//  - cli.cjs and worker.cjs: the same as one CommonJS file each (lazy imports become lazy
//    initialisers), which bin.cjs and worker.js (scripts/build-bundle-launcher.cjs,
//    build-bundle-worker.mjs) compile with V8's code cache where Node allows (code-cache.cjs,
//    from scripts/build-bundle-code-cache.cjs), written as ASCII (build-bundle-ascii.mjs: read faster);
//  - first code caches, from checking the seed in all three formats (in a checkout).
// Source maps beside each file: run with node --enable-source-maps for stack traces into src/.
// tsc's dist/src/ stays what the tests and `main` use; test/cli/bundle.test.ts checks that both
// give the same bytes.
import { build } from 'esbuild';
import { chmodSync, copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { asciiSource } from './build-bundle-ascii.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// inside the package: the bundle finds dict/, package.json and node_modules by walking up
const outdir = resolve(root, process.argv[2] ?? 'dist/bundle');
rmSync(outdir, { recursive: true, force: true }); // chunk names carry hashes: no stale ones

const common = {
  absWorkingDir: root,
  outdir,
  bundle: true,
  // jsonc-parser's main is a UMD file whose require('./impl/…') esbuild cannot follow: its ES build
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  // native addons; pdfjs and pdf-parse (pdfjs loads its worker file and data beside itself);
  // tinypool (it starts threads from files); fastify and its multipart plugin, which only
  // `reportlint serve` loads, once (1.3 MB that every other run would have to read and compile); pinyin-pro
  // (0.3 MB of readings), required only for a same-sound candidate in a name (src/facts/lang/sounds.ts)
  external: [
    'pdfjs-dist',
    'pdf-parse',
    'nodejieba',
    '@napi-rs/canvas',
    'tinypool',
    'fastify',
    '@fastify/multipart',
    'pinyin-pro',
  ],
  logLevel: 'warning',
};
await build({
  ...common,
  // everything side by side: run-batch finds the worker as new URL('./worker.js', import.meta.url)
  entryPoints: { cli: 'src/cli/main.ts', 'worker-esm': 'src/cli/batch/worker.ts' },
  splitting: true,
  format: 'esm',
  // CommonJS packages (mammoth, ajv, commander…) call require() inside an ES module bundle
  banner: {
    js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);",
  },
});
/**
 * require() of an ES module gives its namespace; esbuild's interop for a package imported from
 * an ES module ("node mode") takes that whole namespace as the default export, so
 * `const { default: Pool } = await import('tinypool')` would get the namespace, not the class.
 * A one-line CommonJS stand-in hands over the real default.
 */
const esmDefaults = {
  name: 'esm-default-exports',
  setup(b) {
    b.onResolve({ filter: /^tinypool$/ }, (args) =>
      args.namespace === 'esm-default'
        ? { path: args.path, external: true }
        : { path: args.path, namespace: 'esm-default' },
    );
    b.onLoad({ filter: /.*/, namespace: 'esm-default' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)}).default;`,
      loader: 'js',
    }));
  },
};
await build({
  ...common,
  entryPoints: { cli: 'src/cli/main.ts', worker: 'src/cli/batch/worker.ts' },
  plugins: [esmDefaults],
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  // import() of a package becomes require(): V8's cached data keeps no dynamic import callback
  // (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING), and bin.cjs uses this bundle only where require()
  // loads ES modules
  supported: { 'dynamic-import': false },
  // what the sources ask of import.meta, answered for a CommonJS file in the same directory
  define: { 'import.meta.url': '__bundleUrl', 'import.meta.resolve': '__bundleResolve' },
  banner: {
    js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href; const __bundleResolve = (s) => require('node:url').pathToFileURL(require.resolve(s)).href;",
  },
});
for (const f of ['cli.cjs', 'worker.cjs']) {
  // ASCII source: Node reads it into a one-byte string, fast (build-bundle-ascii.mjs); the source
  // map is not used with the code cache (vm.Script), so its columns on the few escaped lines may shift
  writeFileSync(join(outdir, f), asciiSource(readFileSync(join(outdir, f), 'utf8')));
  if (/[^\w.$]import\(/.test(readFileSync(join(outdir, f), 'utf8')))
    throw new Error(`${f} holds an import(), which fails under a code cache`);
}
copyFileSync(join(root, 'scripts/build-bundle-code-cache.cjs'), join(outdir, 'code-cache.cjs'));
copyFileSync(join(root, 'scripts/build-bundle-worker.mjs'), join(outdir, 'worker.js'));
const bin = join(outdir, 'bin.cjs');
copyFileSync(join(root, 'scripts/build-bundle-launcher.cjs'), bin);
chmodSync(bin, 0o755);

// The first code caches: the seed's three formats in one thread (--jobs 1), then a batch on
// worker threads (a worker writes its cache after its first file).
const seed = join(root, 'fixtures/seed');
if (existsSync(seed)) {
  for (const jobs of ['1', '2']) {
    const r = spawnSync(process.execPath, [bin, seed, '--format', 'json', '--jobs', jobs], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (r.status !== 0 && r.status !== 1)
      throw new Error(`the bundle failed on the seed (exit ${r.status}):\n${r.stderr}`);
  }
}
