// The rule pages (docs/rules/<area>/<name>.md) are what scripts/rule-docs.ts makes from each rule's
// meta, its tester table and docs/rules/why.md: a page missing or edited by hand, a rule without a
// tester table or a "why", or a page left behind by a renamed rule fails here.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { repoRoot } from '../helpers.js';

describe('the rule pages', () => {
  it('are as npm run docs:rules would write them', async () => {
    // the script imports the rule test files for their tables: outside vitest they only return them
    const env = { ...process.env };
    delete env.VITEST;
    const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');
    const run = promisify(execFile)(tsx, ['scripts/rule-docs.ts', '--check'], { cwd: repoRoot, env });
    const result = await run.catch((e: { stdout: string; stderr: string }) => e);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^\d+ rule pages up to date\n$/);
  }, 60_000);
  it("are linked from the README's rule table, one row a rule", () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('<!-- RULES -->'), readme.indexOf('<!-- /RULES -->'));
    const linked = [...table.matchAll(/^\| \[`([^`]+)`\]\(docs\/rules\/([^)]+)\.md\) \|/gm)].map(
      (m) => `${m[1]} → ${m[2]}`,
    );
    // in the README's own order (by area, then by what an auditor reads first)
    expect(linked.sort()).toEqual(allRules.map((r) => `${r.meta.id} → ${r.meta.id}`).sort());
  });
});
