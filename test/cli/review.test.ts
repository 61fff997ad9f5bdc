// --review on the command line: dismissed findings stop counting for the exit code; a bad file is exit 2.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprintOf } from '../../src/cli/baseline.js';
import type { FileResult } from '../../src/model/result.js';
import { REPO, ensureBuilt, runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'reportlint-cli-review-'));

beforeAll(async () => {
  await ensureBuilt();
  copyFileSync(join(REPO, 'fixtures/seed/seed.txt'), join(dir, 'seed.txt'));
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--review', () => {
  it('dismissing every error-level finding turns exit 1 into 0, and they are listed apart', async () => {
    const first = await runCli(['seed.txt', '--format', 'json'], { cwd: dir });
    expect(first.code).toBe(1);
    const file = (JSON.parse(first.stdout) as { files: FileResult[] }).files[0];
    const errors = file.findings.filter((f) => f.severity === 'error');
    const entries = errors.map((f) => ({
      fingerprint: fingerprintOf(file, f).fingerprint,
      status: 'dismissed',
      reason: '已与单位核实',
      name: '审核员',
    }));
    writeFileSync(join(dir, 'review.json'), JSON.stringify({ reportlintReview: 1, entries }));
    const again = await runCli(['seed.txt', '--review', 'review.json'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`已驳回 ${errors.length} 条（不计入退出码）`);
    expect(again.stdout).toContain(`审核：0 条已确认，${errors.length} 条已驳回`);
  }, 60_000);

  it('a review file that is not one is a usage error (exit 2) before anything is checked', async () => {
    writeFileSync(
      join(dir, 'bad.json'),
      JSON.stringify({ reportlintReview: 1, entries: [{ fingerprint: 'c'.repeat(64), status: 'dismissed' }] }),
    );
    const r = await runCli(['seed.txt', '--review', 'bad.json', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('a dismissal needs a reason and a name');
    expect(r.stdout).toBe('');
  });
});
