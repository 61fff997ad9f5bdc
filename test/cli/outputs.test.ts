// What reportlint writes never replaces what it reads, and an output that cannot
// be written stops the run before any file is checked; a gate that fails on
// warnings says why.
import {
  chmodSync,
  copyFileSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, ensureBuilt, runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'reportlint-cli-outputs-'));
const docx = readFileSync(join(REPO, 'fixtures/seed/seed.docx'));

beforeAll(async () => {
  await ensureBuilt();
  writeFileSync(join(dir, '报告.docx'), docx);
  copyFileSync(join(REPO, 'fixtures/seed/seed.txt'), join(dir, 'seed.txt'));
  mkdirSync(join(dir, 'reports'));
  copyFileSync(join(REPO, 'fixtures/seed/seed.txt'), join(dir, 'reports', 'a.txt'));
  symlinkSync('报告.docx', join(dir, 'link.html'));
  linkSync(join(dir, '报告.docx'), join(dir, 'hard.html'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const unchanged = () => expect(readFileSync(join(dir, '报告.docx')).equals(docx)).toBe(true);

describe('an output that is an input is refused, the input untouched', () => {
  it.each([
    [['-o', '报告.docx'], '--output 报告.docx is the input file 报告.docx'],
    [['-o', './报告.docx'], '--output ./报告.docx is the input file 报告.docx'],
    [['-o', 'link.html'], '--output link.html is the input file 报告.docx'], // a symlink to it
    [['-o', 'hard.html'], '--output hard.html is the input file 报告.docx'], // a hard link: same device and inode
    [['--write-baseline', '报告.docx'], '--write-baseline 报告.docx is the input file 报告.docx'],
  ])('%j', async (args, message) => {
    const r = await runCli(['报告.docx', '-f', 'html', '--lang', 'en', ...args], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
    unchanged();
  });

  it('a file found in a folder argument is an input too', async () => {
    const r = await runCli(['reports', '-o', 'reports/a.txt', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--output reports/a.txt is the input file reports/a.txt');
    expect(readFileSync(join(dir, 'reports/a.txt'), 'utf8')).toBe(
      readFileSync(join(REPO, 'fixtures/seed/seed.txt'), 'utf8'),
    );
  });

  it('never writes a .docx, .pdf or .doc, and never two outputs to one file', async () => {
    const pdf = await runCli(['seed.txt', '-o', 'out.PDF'], { cwd: dir });
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toContain('reportlint 不写 .PDF 文件');
    const twice = await runCli(['seed.txt', '-o', 'x.json', '--write-baseline', './x.json', '--lang', 'en'], {
      cwd: dir,
    });
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('--write-baseline and --output name the same file ./x.json');
  });

  it('an ordinary output next to the input is written', async () => {
    const r = await runCli(['报告.docx', '-f', 'json', '-o', '报告.json'], { cwd: dir });
    expect(r.code).not.toBe(2);
    expect(JSON.parse(readFileSync(join(dir, '报告.json'), 'utf8')).files[0].path).toBe('报告.docx');
  });
});

describe('an output that cannot be written stops the run before any file is read', () => {
  it('a missing folder', async () => {
    const r = await runCli(['seed.txt', 'missing.pdf', '-o', 'nodir/out.html', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('reportlint: cannot write nodir/out.html (its folder does not exist); no file was checked\n');
    expect(r.stdout).toBe('');
  });

  it.skipIf(process.getuid?.() === 0)('a folder without write permission, and a baseline in it', async () => {
    mkdirSync(join(dir, 'ro'));
    chmodSync(join(dir, 'ro'), 0o555);
    try {
      const r = await runCli(['seed.txt', '--write-baseline', 'ro/b.json'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('无法写入 ro/b.json（没有写入权限），未检查任何文件');
    } finally {
      chmodSync(join(dir, 'ro'), 0o755);
    }
  });

  it('a folder named as the output', async () => {
    const r = await runCli(['seed.txt', '-o', 'reports', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot write reports (it is a folder)');
  });
});

describe('--max-warnings', () => {
  it('says why it exits 1 when the summary has no error', async (ctx) => {
    const first = JSON.parse((await runCli(['seed.txt', '-f', 'json'], { cwd: dir })).stdout);
    const ids = [...new Set(first.files[0].findings.map((f: { ruleId: string }) => f.ruleId))] as string[];
    if (ids.length === 0) return ctx.skip(); // nothing fires on the seed
    const asWarnings = ids.flatMap((id) => ['--rule', `${id}=warning`]);
    const r = await runCli(['seed.txt', '--max-warnings', '0', '--lang', 'en', ...asWarnings], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `reportlint: too many warnings (${first.files[0].findings.length}; maximum: 0), exit code 1`,
    );
    const allowed = await runCli(
      ['seed.txt', '--max-warnings', String(first.files[0].findings.length), ...asWarnings],
      { cwd: dir },
    );
    expect(allowed.code).toBe(0);
    expect(allowed.stderr).not.toContain('警告过多');
  }, 60_000);
});
