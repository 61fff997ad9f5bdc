// reportlint compare on the command line: exit codes, JSON that its schema accepts, usage errors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, ensureBuilt, runCli } from './run-cli.js';

beforeAll(ensureBuilt, 180_000);

const SEED = 'fixtures/seed/seed.txt';
const CORRECTED = 'fixtures/corrected/seed-corrected.txt';

describe('reportlint compare', () => {
  it('seed → corrected: every finding fixed, exit 0; JSON valid against schema/compare.schema.json', async () => {
    const r = await runCli(['compare', SEED, CORRECTED, '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    const validate = new Ajv2020({ strict: false }).compile(
      JSON.parse(readFileSync(join(REPO, 'schema/compare.schema.json'), 'utf8')),
    );
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.summary.fixed).toBe(json.old.findings);
    expect(json.findings.every((x: { status: string }) => x.status === 'fixed')).toBe(true);
  }, 60_000);

  it('a version compared with itself: all still open, and exit 1 for its errors', async () => {
    const r = await runCli(['compare', SEED, SEED, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^0 fixed, \d+ still open, 0 changed, 0 new; 0 figures changed$/m);
  }, 60_000);

  it('an unknown format or a missing version is a usage error', async () => {
    const bad = await runCli(['compare', SEED, CORRECTED, '--format', 'csv', '--lang', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('choose one of text, json, html');
    const missing = await runCli(['compare', SEED, '--lang', 'en']);
    expect(missing.code).toBe(2);
  });
});
