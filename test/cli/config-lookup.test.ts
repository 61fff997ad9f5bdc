// A reportlint.config.json planted in the folder a pipeline runs in (an upload folder) could switch the
// rules off; --no-config-lookup reads no config but the one --config names (issue 12, item 13).
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, ensureBuilt, runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'reportlint-cli-lookup-'));

beforeAll(async () => {
  await ensureBuilt();
  copyFileSync(join(REPO, 'fixtures/seed/seed.txt'), join(dir, 'seed.txt'));
  // the planted file: every error-level rule of the seed's findings off
  writeFileSync(join(dir, 'reportlint.config.json'), JSON.stringify({ rules: { 'text/placeholder': 'off' } }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const placeholders = (stdout: string) =>
  (JSON.parse(stdout).files[0].findings as Array<{ ruleId: string }>).filter((f) => f.ruleId === 'text/placeholder')
    .length;

describe('--no-config-lookup', () => {
  it('ignores a reportlint.config.json found in the folder, which is read without it', async () => {
    const looked = await runCli(['seed.txt', '-f', 'json'], { cwd: dir });
    expect(placeholders(looked.stdout)).toBe(0);
    const strict = await runCli(['seed.txt', '-f', 'json', '--no-config-lookup'], { cwd: dir });
    expect(placeholders(strict.stdout)).toBeGreaterThan(0);
  });
  it('still reads the config --config names', async () => {
    writeFileSync(join(dir, 'mine.json'), JSON.stringify({ rules: { 'text/placeholder': 'off' } }));
    const r = await runCli(['seed.txt', '-f', 'json', '--no-config-lookup', '--config', 'mine.json'], { cwd: dir });
    expect(placeholders(r.stdout)).toBe(0);
  });
});

describe('--print-config FILE', () => {
  it('prints the configuration the check would use, with --rule and --quiet applied, and checks nothing', async () => {
    const r = await runCli(['--print-config', 'seed.txt', '--rule', 'text/brackets=error', '--quiet'], { cwd: dir });
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout);
    expect(printed.config).toMatch(/reportlint\.config\.json$/);
    expect(printed.rules['text/placeholder'].severity).toBe('off'); // the folder's config
    expect(printed.rules['text/brackets'].severity).toBe('error'); // --rule
    expect(printed.rules['text/duplicate-word'].severity).toBe('off'); // a warning rule under --quiet
    expect(printed.rules['score/total'].severity).toBe('error');
    expect(printed.files).toBeUndefined();
  });
});
