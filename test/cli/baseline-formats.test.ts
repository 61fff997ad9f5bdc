// A baseline written from a report's .docx hides the same findings in its PDF
// export (docs/cli.md promises it), and the JSON result carries the `baseline` field.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findingFingerprintV1 } from '../../src/reporters/fingerprint.js';
import type { FileResult } from '../../src/model/result.js';
import { REPO, ensureBuilt, runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'reportlint-cli-baseline-'));

beforeAll(async () => {
  await ensureBuilt();
  for (const ext of ['docx', 'pdf']) copyFileSync(join(REPO, `fixtures/seed/seed.${ext}`), join(dir, `report.${ext}`));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('baselines across formats of one report', () => {
  it('.docx → .pdf: every finding the .docx baseline recorded is hidden in the PDF, none left unmatched', async () => {
    const docx = JSON.parse(
      (await runCli(['report.docx', '-f', 'json', '--write-baseline', 'b.json'], { cwd: dir })).stdout,
    );
    const written = docx.files[0].findings.length;
    expect(written).toBeGreaterThan(10);
    const pdf = await runCli(['report.pdf', '-f', 'json', '--baseline', 'b.json', '--lang', 'en'], { cwd: dir });
    const out = JSON.parse(pdf.stdout);
    // the contract's optional top-level field, as docs/output.md shows it
    expect(out.baseline).toEqual({ file: 'b.json', suppressed: written, unmatched: [] });
    expect(pdf.stderr).toContain(`baseline b.json hid ${written} known findings`);
    expect(pdf.stderr).not.toContain('no longer match');
  }, 120_000);

  it('a baseline of v1 fingerprints (written before v2) still hides its findings', async () => {
    const run = JSON.parse((await runCli(['report.docx', '-f', 'json'], { cwd: dir })).stdout);
    const file = run.files[0] as FileResult;
    const entries = file.findings.map((f) => ({
      fingerprint: findingFingerprintV1(file, f),
      ruleId: f.ruleId,
      document: '',
      excerpt: '',
      count: 1,
    }));
    writeFileSync(join(dir, 'v1.json'), JSON.stringify({ reportlintBaseline: 1, entries }));
    const again = JSON.parse(
      (await runCli(['report.docx', '-f', 'json', '--baseline', 'v1.json'], { cwd: dir })).stdout,
    );
    expect(again.baseline.suppressed).toBe(file.findings.length);
    expect(again.files[0].findings).toEqual([]);
    expect(readFileSync(join(dir, 'v1.json'), 'utf8')).toContain('"count":1');
  }, 120_000);
});
