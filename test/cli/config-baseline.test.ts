// Config errors name the key and exit 2; --rule overrides; `reportlint rules`;
// baselines hide known findings and list the ones that went away.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { REPO, ensureBuilt, runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'reportlint-cli-config-'));
const GOOD = '关于某项目的说明\n\n一、基本情况\n\n本项目由某单位实施。\n';
const someRule = allRules[0]?.meta;
const ruleWithOptions = allRules.find((r) => r.meta.optionsSchema)?.meta;

beforeAll(async () => {
  await ensureBuilt();
  writeFileSync(join(dir, 'good.txt'), GOOD);
  copyFileSync(join(REPO, 'fixtures/seed/seed.txt'), join(dir, 'seed.txt'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function withConfig(config: unknown, args: string[]) {
  writeFileSync(join(dir, 'bad.config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  return runCli(['good.txt', '--config', 'bad.config.json', '--lang', 'en', ...args], { cwd: dir });
}

describe('config errors exit 2 and name the key', () => {
  it('unknown rule', async () => {
    const r = await withConfig({ rules: { 'score/foo': 'error' } }, []);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('config: rules."score/foo": unknown rule');
    expect(r.stdout).toBe('');
  });

  it('unknown key, wrong type, invalid JSON, missing file', async () => {
    expect((await withConfig({ settings: { yaer: 2024 } }, [])).stderr).toContain('config: settings.yaer: unknown key');
    expect((await withConfig({ settings: { year: 'last' } }, [])).stderr).toContain(
      'config: settings.year: must be of type integer (got "last")',
    );
    const broken = await withConfig('{ "rules": ', []);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('not valid JSON');
    const missing = await runCli(['good.txt', '--config', 'nope.json', '--lang', 'en'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read the config file: no such file or folder (ENOENT)');
  });

  it('is reported in Chinese by default', async () => {
    writeFileSync(join(dir, 'zh.config.json'), JSON.stringify({ settings: { year: 'last' } }));
    const r = await runCli(['good.txt', '--config', 'zh.config.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/config：settings\.year：类型应为 integer（实际为 "last"）/);
  });

  it('an unknown rule in --rule', async () => {
    const r = await runCli(['good.txt', '--rule', 'score/foo=off', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--rule: "score/foo": unknown rule');
  });

  it.skipIf(!someRule)('a bad severity, in the config and in --rule', async () => {
    const r = await withConfig({ rules: { [someRule!.id]: 'warn' } }, []);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `config: rules."${someRule!.id}": severity must be "off", "info", "warning" or "error" (got "warn")`,
    );
    const cli = await runCli(['good.txt', '--rule', `${someRule!.id}=loud`, '--lang', 'en'], { cwd: dir });
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain(`--rule: "${someRule!.id}": severity must be`);
  });

  it.skipIf(!ruleWithOptions)('a bad rule option', async () => {
    const r = await withConfig({ rules: { [ruleWithOptions!.id]: ['warning', { noSuchOption: 1 }] } }, []);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`config: rules."${ruleWithOptions!.id}"[1].noSuchOption`);
  });
});

describe('reportlint rules', () => {
  it('--format json gives each rule its page, a file the package holds', async () => {
    const r = await runCli(['rules', '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(0);
    const listed = JSON.parse(r.stdout) as Array<{ id: string; severity: string; description: string; docs: string }>;
    expect(listed.map((x) => x.id)).toEqual(allRules.map((x) => x.meta.id));
    for (const x of listed) {
      expect(x.docs).toBe(`docs/rules/${x.id}.md`);
      expect(existsSync(join(REPO, x.docs))).toBe(true);
    }
    expect(listed[0].description).toBe(allRules[0].meta.description.en);
  });
  it('lists every rule with its default severity and description in the chosen language', async () => {
    const en = await runCli(['rules', '--lang', 'en']);
    const zh = await runCli(['rules']);
    expect(en.code).toBe(0);
    expect(zh.code).toBe(0);
    if (allRules.length === 0) {
      expect(en.stdout.trim()).toBe('(no rules yet)');
      expect(zh.stdout.trim()).toBe('（尚无规则）');
      return;
    }
    const lines = en.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Rule\s+Default\s+Page\s+Description$/);
    expect(lines.length).toBe(allRules.length + 1);
    for (const [i, r] of allRules.entries()) {
      expect(lines[i + 1].startsWith(r.meta.id + ' ')).toBe(true);
      expect(lines[i + 1]).toContain(r.meta.defaultSeverity);
      expect(lines[i + 1]).toContain(` docs/rules/${r.meta.id}.md `);
      expect(lines[i + 1]).toContain(r.meta.description.en);
      expect(zh.stdout).toContain(r.meta.description['zh-CN']);
    }
  });
});

interface Out {
  summary: { errors: number; warnings: number; infos: number };
  files: Array<{ findings: Array<{ ruleId: string; severity: string }> }>;
  baseline?: { suppressed: number; unmatched: unknown[] };
}
const json = (s: string) => JSON.parse(s) as Out;

describe('--rule and baselines on the seed', () => {
  it('--rule turns a rule off or changes its severity; exit code follows', async (ctx) => {
    const all = json((await runCli(['seed.txt', '--format', 'json'], { cwd: dir })).stdout);
    const found = all.files[0].findings;
    if (found.length === 0) return ctx.skip(); // no rule fires on the seed yet
    const id = found[0].ruleId;
    const count = found.filter((f) => f.ruleId === id).length;
    const off = json((await runCli(['seed.txt', '--format', 'json', '--rule', `${id}=off`], { cwd: dir })).stdout);
    expect(off.files[0].findings.filter((f) => f.ruleId === id)).toEqual([]);
    expect(off.files[0].findings.length).toBe(found.length - count);
    const asError = await runCli(['seed.txt', '--format', 'json', '--rule', `${id}=error`], { cwd: dir });
    expect(
      json(asError.stdout)
        .files[0].findings.filter((f) => f.ruleId === id)
        .every((f) => f.severity === 'error'),
    ).toBe(true);
    expect(asError.code).toBe(1);
    // only this rule, as info: nothing gates
    const onlyInfo = [
      '--rule',
      `${id}=info`,
      ...[...new Set(found.map((f) => f.ruleId))].filter((r) => r !== id).flatMap((r) => ['--rule', `${r}=off`]),
    ];
    const infoRun = await runCli(['seed.txt', '--format', 'json', ...onlyInfo], { cwd: dir });
    if (json(infoRun.stdout).summary.errors === 0 && json(infoRun.stdout).summary.warnings === 0)
      expect(infoRun.code).toBe(0);
  }, 180_000);

  it('--max-warnings: more warnings than allowed exits 1, as many as allowed does not', async (ctx) => {
    const base = json((await runCli(['seed.txt', '--format', 'json'], { cwd: dir })).stdout);
    const { errors, warnings } = base.summary;
    if (errors > 0 || warnings === 0) return ctx.skip(); // needs warnings and no errors on the seed
    expect((await runCli(['seed.txt', '--max-warnings', String(warnings - 1)], { cwd: dir })).code).toBe(1);
    expect((await runCli(['seed.txt', '--max-warnings', String(warnings)], { cwd: dir })).code).toBe(0);
    expect((await runCli(['seed.txt'], { cwd: dir })).code).toBe(0); // no limit by default
  }, 180_000);

  it('round trip: write, rerun → nothing new; a finding the baseline lacks is reported; a gone one is listed', async (ctx) => {
    const first = await runCli(['seed.txt', '--format', 'json', '--write-baseline', 'base.json', '--lang', 'en'], {
      cwd: dir,
    });
    const found = json(first.stdout).files[0].findings;
    const written = JSON.parse(readFileSync(join(dir, 'base.json'), 'utf8'));
    expect(written.reportlintBaseline).toBe(1);
    expect(written.entries.reduce((n: number, e: { count: number }) => n + e.count, 0)).toBe(found.length);
    expect(first.stderr).toContain(`baseline written to base.json: ${written.entries.length} entries`);
    if (found.length === 0) return ctx.skip(); // no rule fires on the seed yet

    // Same file again: everything is known.
    const again = await runCli(['seed.txt', '--format', 'json', '--baseline', 'base.json', '--lang', 'en'], {
      cwd: dir,
    });
    expect(json(again.stdout).files[0].findings).toEqual([]);
    expect(json(again.stdout).summary).toMatchObject({ errors: 0, warnings: 0, infos: 0 });
    expect(again.code).toBe(0);

    // A baseline made with one rule off does not know that rule's findings: exactly those are new.
    const id = found[0].ruleId;
    await runCli(['seed.txt', '--format', 'json', '--rule', `${id}=off`, '--write-baseline', 'partial.json'], {
      cwd: dir,
    });
    const fresh = json(
      (await runCli(['seed.txt', '--format', 'json', '--baseline', 'partial.json'], { cwd: dir })).stdout,
    );
    expect(fresh.files[0].findings.map((f) => f.ruleId)).toEqual(
      found.filter((f) => f.ruleId === id).map((f) => f.ruleId),
    );

    // Turning the rule off now: its baseline entries no longer match and are listed.
    const gone = await runCli(['seed.txt', '--rule', `${id}=off`, '--baseline', 'base.json', '--lang', 'en'], {
      cwd: dir,
    });
    expect(gone.stderr).toMatch(/\d+ baseline entries no longer match any finding/);
    expect(gone.stderr).toContain(id);
  }, 180_000);

  it('a file that is not a baseline is a usage error', async () => {
    const r = await runCli(['good.txt', '--baseline', 'good.txt', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--baseline: good.txt: cannot read the baseline file');
  });
});
