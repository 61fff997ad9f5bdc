// The package's "main" is a library entry that checks a report end to end (it named a file that did not exist).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules, checkDocument, readDocument, reporters } from '../../src/index.js';
import { makeRunResult } from '../../src/engine/run-result.js';
import { repoRoot, SEED } from '../helpers.js';

describe('the library entry', () => {
  it('is the source of package.json "main"', () => {
    const main = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).main as string;
    expect(main).toBe('dist/src/index.js');
    expect(existsSync(join(repoRoot, main.replace(/^dist\//, '').replace(/\.js$/, '.ts')))).toBe(true);
  });
  it('reads, checks and reports the seed (the report with contradictions put in)', async () => {
    const doc = await readDocument(SEED.txt, { maxBytes: 50 * 1024 * 1024 });
    const findings = checkDocument(doc, { rules: allRules, ruleConfig: {}, settings: {}, lang: 'zh-CN' });
    expect(findings.length).toBeGreaterThan(0);
    expect(
      findings.every((f) => f.messageId && allRules.find((r) => r.meta.id === f.ruleId)?.meta.messages[f.messageId]),
    ).toBe(true);
    const out = JSON.parse(
      reporters.json(makeRunResult([{ path: 'seed.txt', format: 'txt', status: 'ok', findings }]), {
        lang: 'zh-CN',
        color: false,
        rules: allRules.map((r) => r.meta),
      }),
    );
    expect(out.summary).toMatchObject({ files: 1, errors: findings.filter((f) => f.severity === 'error').length });
    expect(out.files[0].findings).toHaveLength(findings.length);
  });
});
