// The ignore file (.reportlintignore, gitignore syntax), --ignore-path, --ignore-pattern and --no-ignore, as ESLint's:
// folder and glob expansion skip what they match; a file named on the command line that they match gets a
// warning entry, not silence (issue 12, deliver 6).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, ensureBuilt, runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'reportlint-cli-ignore-'));
const seed = join(REPO, 'fixtures/seed/seed.txt');

beforeAll(async () => {
  await ensureBuilt();
  for (const d of ['final', 'drafts', 'sub']) mkdirSync(join(dir, d));
  for (const f of ['final/a.txt', 'final/b.tmp.txt', 'drafts/c.txt', 'sub/d.txt']) copyFileSync(seed, join(dir, f));
  writeFileSync(join(dir, '.reportlintignore'), '# drafts are not submitted\ndrafts/\n*.tmp.txt\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Out {
  summary: { files: number; warnings: number; ignoredFiles?: number };
  files: Array<{
    path: string;
    status: string;
    ignored?: boolean;
    notes?: Array<{ code: string; message: string }>;
    findings: unknown[];
  }>;
}
const json = (stdout: string) => JSON.parse(stdout) as Out;
const paths = (stdout: string) => json(stdout).files.map((f) => f.path);

describe('.reportlintignore in folder expansion', () => {
  it('skips the files and folders it matches; --no-ignore checks them again', async () => {
    const r = await runCli(['.', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(paths(r.stdout)).toEqual(['final/a.txt', 'sub/d.txt']);
    const all = await runCli(['.', '-f', 'json', '--no-ignore'], { cwd: dir });
    expect(paths(all.stdout)).toEqual(['drafts/c.txt', 'final/a.txt', 'final/b.tmp.txt', 'sub/d.txt']);
  });

  it('--ignore-pattern (repeatable) adds patterns relative to the current directory, in folders and globs', async () => {
    const r = await runCli(['.', '-f', 'json', '--ignore-pattern', 'sub/', '--ignore-pattern', 'nothing-matches.md'], {
      cwd: dir,
    });
    expect(paths(r.stdout)).toEqual(['final/a.txt']);
    // the glob's matches: drafts/ and *.tmp.txt by the ignore file, a.txt by the pattern
    const g = await runCli(['*/*.txt', '-f', 'json', '--ignore-pattern', 'a.txt'], { cwd: dir });
    expect(paths(g.stdout)).toEqual(['sub/d.txt']);
    // --no-ignore drops --ignore-pattern too, as ESLint's
    const none = await runCli(['final/*.txt', '-f', 'json', '--ignore-pattern', 'a.txt', '--no-ignore'], { cwd: dir });
    expect(paths(none.stdout)).toEqual(['final/a.txt', 'final/b.tmp.txt']);
  });

  it('--ignore-path names the ignore file instead of the one looked up', async () => {
    writeFileSync(join(dir, 'other-ignore'), 'final/\n');
    const r = await runCli(['.', '-f', 'json', '--ignore-path', 'other-ignore'], { cwd: dir });
    expect(paths(r.stdout)).toEqual(['drafts/c.txt', 'sub/d.txt']);
  });

  it('is looked up beside the config file in use, and only there with --no-config-lookup', async () => {
    const proj = join(dir, 'proj');
    mkdirSync(join(proj, 'in'), { recursive: true });
    copyFileSync(seed, join(proj, 'in/x.txt'));
    copyFileSync(seed, join(proj, 'in/y.txt'));
    writeFileSync(join(proj, 'reportlint.config.json'), '{}');
    writeFileSync(join(proj, '.reportlintignore'), 'in/y.txt\n');
    // run from proj/in: the config is found above, and the ignore file beside it (its patterns relative to proj/)
    const r = await runCli(['.', '-f', 'json'], { cwd: join(proj, 'in') });
    expect(paths(r.stdout)).toEqual(['x.txt']);
    // a .reportlintignore planted in an upload folder leaves nothing unchecked when lookup is off
    writeFileSync(join(proj, 'in/.reportlintignore'), '*.txt\n');
    const strict = await runCli(['.', '-f', 'json', '--no-config-lookup'], { cwd: join(proj, 'in') });
    expect(paths(strict.stdout)).toEqual(['x.txt', 'y.txt']);
    rmSync(proj, { recursive: true, force: true });
  });
});

describe('a file named on the command line that is ignored', () => {
  it('gets an entry saying so, in both languages, that holds to the contract', async () => {
    const zh = await runCli(['drafts/c.txt', 'final/a.txt', '-f', 'json'], { cwd: dir });
    const out = json(zh.stdout);
    expect(out.files.map((f) => f.path)).toEqual(['drafts/c.txt', 'final/a.txt']);
    const entry = out.files[0];
    expect(entry).toMatchObject({ status: 'ok', ignored: true, findings: [] });
    expect(entry.notes).toEqual([
      { code: 'W_IGNORED', message: '文件与忽略规则匹配，未检查（.reportlintignore）；用 --no-ignore 可照常检查' },
    ]);
    expect(out.files[1].ignored).toBeUndefined();
    expect(out.summary.ignoredFiles).toBe(1);
    const en = await runCli(['drafts/c.txt', '-f', 'json', '--lang', 'en'], { cwd: dir });
    expect(json(en.stdout).files[0].notes![0].message).toBe(
      'File ignored because of a matching ignore pattern (.reportlintignore). Use "--no-ignore" to override',
    );
    // summary.warnings counts findings only: the contract's checkers hold it to the findings
    expect(json(en.stdout).summary).toMatchObject({ files: 1, warnings: 0, ignoredFiles: 1 });
    expect(en.code).toBe(0);
    for (const checker of ['schema/check-output.mjs', '../shared/contract/check-output.mjs']) {
      if (!existsSync(join(REPO, checker))) continue; // the reference contract is beside this workspace only
      expect(execFileSync(process.execPath, [join(REPO, checker)], { input: zh.stdout }).toString()).toMatch(
        /^contract ok/,
      );
    }
  });

  it('counts as a warning for --max-warnings: a gate with 0 fails, as an unchecked file must not pass it', async () => {
    const r = await runCli(['final/b.tmp.txt', '--max-warnings', '0', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^final\/b\.tmp\.txt {2}ignored\n {2}note {2}File ignored because of a matching ignore pattern/,
    );
    expect(r.stderr).toContain('too many warnings (1; maximum: 0)');
  });

  it('is checked as any file with --no-ignore, and a glob whose matches are all ignored keeps an entry', async () => {
    const r = await runCli(['drafts/c.txt', '-f', 'json', '--no-ignore'], { cwd: dir });
    expect(json(r.stdout).files[0].ignored).toBeUndefined();
    expect(json(r.stdout).files[0].findings.length).toBeGreaterThan(0);
    const g = await runCli(['drafts/*.txt', '-f', 'json'], { cwd: dir });
    expect(json(g.stdout).files).toMatchObject([{ path: 'drafts/*.txt', ignored: true }]);
  });

  it('SARIF says it as a warning notification, CSV as a warning row', async () => {
    const sarif = JSON.parse((await runCli(['drafts/c.txt', '-f', 'sarif', '--lang', 'en'], { cwd: dir })).stdout);
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications).toMatchObject([
      { level: 'warning', descriptor: { id: 'W_IGNORED' } },
    ]);
    const csv = (await runCli(['drafts/c.txt', '-f', 'csv'], { cwd: dir })).stdout;
    expect(csv).toContain('drafts/c.txt,W_IGNORED,警告,');
  });

  it('an unreadable --ignore-path is a localized error (exit 2), with no system error text', async () => {
    const zh = await runCli(['.', '--ignore-path', 'missing-ignore'], { cwd: dir });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toBe(
      'reportlint: --ignore-path：无法读取忽略文件：文件或文件夹不存在（ENOENT）（文件 missing-ignore）\n',
    );
    const en = await runCli(['.', '--ignore-path', 'missing-ignore', '--lang', 'en'], { cwd: dir });
    expect(en.stderr).toBe(
      'reportlint: --ignore-path: cannot read the ignore file: no such file or folder (ENOENT) (in missing-ignore)\n',
    );
  });
});
