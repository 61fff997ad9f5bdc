// The bin is esbuild's bundle (scripts/build-bundle.mjs): bin.cjs runs cli.cjs (and worker.js
// runs worker.cjs) with V8's code cache where Node can, else the ES module bundle (cli.js,
// worker-esm.js). The tests run tsc's build. All must print the same bytes: the seed in each
// format, one file and a batch on worker threads.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, REPO, ensureBuilt } from './run-cli.js';
// @ts-expect-error a plain ES module script, shared with the bench
import { startServeProcess } from '../../scripts/serve-load.mjs';

// a directory of its own inside the package (the bundle finds dict/ and node_modules by walking up)
const OUT = join(REPO, 'dist', `bundle-test-${process.pid}`);
const BIN = join(OUT, 'bin.cjs');
const ESM = join(OUT, 'cli.js');
const caches = () =>
  readdirSync(OUT)
    .filter((f) => f.endsWith('.v8cache'))
    .sort();
const written = () => caches().map((f) => [f, statSync(join(OUT, f)).mtimeMs]);

beforeAll(async () => {
  await ensureBuilt();
  execFileSync(process.execPath, [join(REPO, 'scripts/build-bundle.mjs'), OUT], { cwd: REPO, stdio: 'pipe' });
}, 180_000);
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

function run(cli: string, args: string[], nodeArgs: string[] = []) {
  const r = spawnSync(process.execPath, [...nodeArgs, cli, ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the bundle and the unbundled build', () => {
  it('holds the launchers, both bundles of the command and of the worker, with source maps, and first code caches where Node can use them', () => {
    for (const f of [
      'bin.cjs',
      'code-cache.cjs',
      'cli.cjs',
      'cli.cjs.map',
      'cli.js',
      'cli.js.map',
      'worker.js',
      'worker.cjs',
      'worker.cjs.map',
      'worker-esm.js',
      'worker-esm.js.map',
    ]) {
      expect(existsSync(join(OUT, f)), f).toBe(true);
    }
    const first = caches().map((f) => f.slice(0, f.indexOf(`.${process.version}-`)));
    expect(first).toEqual(process.features.require_module ? ['cli.cjs', 'worker.cjs'] : []);
  });

  it('the CommonJS bundles are ASCII source, which Node reads into a one-byte string (build-bundle-ascii.mjs)', () => {
    for (const f of ['cli.cjs', 'worker.cjs']) {
      const text = readFileSync(join(OUT, f), 'utf8');
      expect(text.length, f).toBeGreaterThan(100_000);
      expect(text.match(/[^\x00-\x7f]/g) ?? [], f).toEqual([]);
    }
  });

  for (const format of ['txt', 'docx', 'pdf'] as const) {
    it(`seed.${format}: the same JSON, byte for byte, and the same exit code, from the bin and the ES module bundle`, () => {
      const args = [`fixtures/seed/seed.${format}`, '--format', 'json'];
      const plain = run(CLI, args);
      expect(JSON.parse(plain.stdout).files[0].findings.length).toBeGreaterThan(0);
      for (const cli of [BIN, ESM]) {
        const bundled = run(cli, args);
        expect(bundled.stderr).toBe('');
        expect(bundled.stdout).toBe(plain.stdout);
        expect(bundled.code).toBe(plain.code);
      }
    }, 180_000);
  }

  it('what loads only on a path of its own works bundled too: a config that is not JSON (jsonc-parser), an ignored file (ignore)', () => {
    const bad = join(OUT, 'bad-config.json');
    writeFileSync(bad, '{ "rules": }');
    for (const args of [
      ['fixtures/seed/seed.txt', '-c', bad],
      ['fixtures/seed/seed.txt', '--ignore-pattern', 'fixtures/seed/', '--format', 'json'],
    ]) {
      const plain = run(CLI, args);
      for (const cli of [BIN, ESM]) {
        const bundled = run(cli, args);
        expect(bundled.stderr).toBe(plain.stderr);
        expect(bundled.stdout).toBe(plain.stdout);
        expect(bundled.code).toBe(plain.code);
      }
    }
    expect(run(BIN, ['fixtures/seed/seed.txt', '-c', bad]).stderr).toContain('第 1 行第 12 列，此处应为一个值');
  });

  it.runIf(process.features.require_module)(
    'without a code cache the bin writes one and gives the same bytes; with it, reads it and writes nothing',
    () => {
      for (const args of [
        ['fixtures/seed/seed.docx', '--format', 'json'],
        ['fixtures/seed', '--format', 'json', '--jobs', '2'],
      ]) {
        const plain = run(CLI, args).stdout;
        for (const f of caches()) rmSync(join(OUT, f));
        expect(run(BIN, args).stdout).toBe(plain);
        const first = written();
        expect(first.map(([f]) => f).some((f) => f.startsWith('cli.cjs.'))).toBe(true);
        expect(run(BIN, args).stdout).toBe(plain);
        expect(written()).toEqual(first);
      }
    },
    360_000,
  );

  it('with --enable-source-maps the bin runs the ES module bundle (no code cache written, the same bytes), whose map points into src/', () => {
    const args = ['fixtures/seed/seed.txt', '--format', 'json'];
    for (const f of caches()) rmSync(join(OUT, f));
    expect(run(BIN, args, ['--enable-source-maps']).stdout).toBe(run(CLI, args).stdout);
    expect(caches()).toEqual([]);
    const map = JSON.parse(readFileSync(join(OUT, 'cli.js.map'), 'utf8')) as { sources: string[] };
    expect(map.sources.some((s) => s.endsWith('src/cli/main.ts'))).toBe(true);
  }, 180_000);

  it('a batch on two worker threads (the bundled worker): the same JSON and SARIF', () => {
    for (const format of ['json', 'sarif']) {
      const args = ['fixtures/seed', '--format', format, '--jobs', '2'];
      const bundled = run(BIN, args);
      expect(bundled.stderr).toBe('');
      expect(bundled.stdout).toBe(run(CLI, args).stdout);
    }
  }, 240_000);

  it('serve from the bin (fastify left outside the bundle, loaded from node_modules): the seed answered as the bin prints it', async () => {
    const cli = run(BIN, ['fixtures/seed/seed.docx', '--format', 'json']);
    const s = await startServeProcess(BIN, [], { cwd: REPO });
    try {
      const form = new FormData();
      form.append('file', new Blob([readFileSync(join(REPO, 'fixtures/seed/seed.docx'))]), 'fixtures/seed/seed.docx');
      const { status, ...contract } = await (await fetch(`${s.url}/v1/check`, { method: 'POST', body: form })).json();
      expect(status).toBe(cli.code);
      // an upload is called by its own name, without the folders
      expect(contract).toEqual({
        ...JSON.parse(cli.stdout),
        files: JSON.parse(cli.stdout).files.map((f: object) => ({ ...f, path: 'seed.docx' })),
      });
    } finally {
      s.child.kill('SIGTERM');
      expect(await s.exited).toEqual({ code: 0, signal: null });
    }
  });
});
