// The bin is esbuild's bundle (scripts/build-bundle.mjs); the tests run tsc's build. Both
// must print the same bytes: the seed in each format, one file and a batch on worker threads.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, REPO, ensureBuilt } from './run-cli.js';

// a directory of its own inside the package (the bundle finds dict/ and node_modules by walking up)
const OUT = join(REPO, 'dist', `bundle-test-${process.pid}`);
const BUNDLE = join(OUT, 'cli.js');

beforeAll(async () => {
  await ensureBuilt();
  execFileSync(process.execPath, [join(REPO, 'scripts/build-bundle.mjs'), OUT], { cwd: REPO, stdio: 'pipe' });
}, 120_000);
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

function run(cli: string, args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: REPO, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the bundle and the unbundled build', () => {
  it('the bundle holds the command and the worker, with source maps', () => {
    for (const f of ['cli.js', 'cli.js.map', 'worker.js', 'worker.js.map']) expect(existsSync(join(OUT, f)), f).toBe(true);
  });

  for (const format of ['txt', 'docx', 'pdf'] as const) {
    it(`seed.${format}: the same JSON, byte for byte, and the same exit code`, () => {
      const args = [`fixtures/seed/seed.${format}`, '--format', 'json'];
      const bundled = run(BUNDLE, args);
      const plain = run(CLI, args);
      expect(bundled.stderr).toBe('');
      expect(JSON.parse(bundled.stdout).files[0].findings.length).toBeGreaterThan(0);
      expect(bundled.stdout).toBe(plain.stdout);
      expect(bundled.code).toBe(plain.code);
    });
  }

  it('a batch on two worker threads (the bundled worker): the same JSON and SARIF', () => {
    for (const format of ['json', 'sarif']) {
      const args = ['fixtures/seed', '--format', format, '--jobs', '2'];
      const bundled = run(BUNDLE, args);
      expect(bundled.stderr).toBe('');
      expect(bundled.stdout).toBe(run(CLI, args).stdout);
    }
  }, 240_000);
});
