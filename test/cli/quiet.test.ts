// --quiet: errors only, as ESLint's: rules at warning or info severity do not run (issue 12, deliver 6).
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli } from './run-cli.js';

beforeAll(ensureBuilt);

const severities = (stdout: string) =>
  (JSON.parse(stdout).files[0].findings as Array<{ severity: string }>).map((f) => f.severity);

describe('--quiet', () => {
  it('reports the errors and nothing else; without it the seed has warnings too', async () => {
    const all = severities((await runCli(['fixtures/seed/seed.txt', '-f', 'json'])).stdout);
    expect(all).toContain('warning');
    const quiet = await runCli(['fixtures/seed/seed.txt', '-f', 'json', '--quiet']);
    const errors = severities(quiet.stdout);
    expect(errors.length).toBe(all.filter((s) => s === 'error').length);
    expect(new Set(errors)).toEqual(new Set(['error']));
    expect(JSON.parse(quiet.stdout).summary.warnings).toBe(0);
    expect(quiet.code).toBe(1);
  });
  it('keeps a rule raised to error with --rule', async () => {
    const r = await runCli(['fixtures/seed/seed.txt', '-f', 'json', '--quiet', '--rule', 'text/brackets=error']);
    const all = await runCli(['fixtures/seed/seed.txt', '-f', 'json', '--rule', 'text/brackets=error']);
    const brackets = (s: string) =>
      (JSON.parse(s).files[0].findings as Array<{ ruleId: string }>).filter((f) => f.ruleId === 'text/brackets').length;
    expect(brackets(all.stdout)).toBeGreaterThan(0);
    expect(brackets(r.stdout)).toBe(brackets(all.stdout));
  });
});
