// --jobs beyond the CPU cores is capped with a note (each worker costs memory:
// 32 on 2 cores took 3.3 GB), and the output stays what it would be.
import { availableParallelism } from 'node:os';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, ensureBuilt, runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'reportlint-cli-caps-'));

beforeAll(async () => {
  await ensureBuilt();
  copyFileSync(join(REPO, 'fixtures/seed/seed.txt'), join(dir, 'a.txt'));
  copyFileSync(join(REPO, 'fixtures/seed/seed.txt'), join(dir, 'b.txt'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--jobs', () => {
  it('more than the cores runs as many workers as cores, and says so', async () => {
    const cores = availableParallelism();
    const many = await runCli(['a.txt', 'b.txt', '--jobs', String(cores + 30), '-f', 'json', '--lang', 'en'], {
      cwd: dir,
    });
    expect(many.stderr).toContain(
      `reportlint: --jobs ${cores + 30} is more than the CPU cores; running ${cores} worker threads`,
    );
    const one = await runCli(['a.txt', 'b.txt', '--jobs', '1', '-f', 'json', '--lang', 'en'], { cwd: dir });
    expect(one.stderr).toBe('');
    expect(many.stdout).toBe(one.stdout);
  }, 60_000);
});
