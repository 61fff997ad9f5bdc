// Batches: input order whatever the worker count, a corrupt or slow file never
// costs another file its result, and the exit code follows the findings.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, ensureBuilt, runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'reportlint-cli-batch-'));
const GOOD = '关于某项目的说明\n\n一、基本情况\n\n本项目由某单位实施。\n';

beforeAll(async () => {
  await ensureBuilt();
  mkdirSync(join(dir, 'in'));
  for (const f of ['seed.txt', 'seed.docx', 'seed.pdf'])
    copyFileSync(join(REPO, 'fixtures/seed', f), join(dir, 'in', f));
  writeFileSync(join(dir, 'in', 'a-good.txt'), GOOD);
  writeFileSync(join(dir, 'in', 'b-good.md'), '# 一、基本情况\n\n本项目由某单位实施。\n');
  // a .docx that is a zip header and then garbage
  writeFileSync(
    join(dir, 'in', 'broken.docx'),
    Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(600, 0x41)]),
  );
  // half of the seed PDF: no trailer, no xref
  const pdf = readFileSync(join(REPO, 'fixtures/seed/seed.pdf'));
  writeFileSync(join(dir, 'in', 'truncated.pdf'), pdf.subarray(0, Math.floor(pdf.length / 2)));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('batches', () => {
  it('a corrupt file among good ones: its own error entry, every other file checked, input order kept', async () => {
    const r = await runCli(['in', '--format', 'json', '--jobs', '2'], { cwd: dir });
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout);
    // a directory's files come sorted by name
    expect(
      out.files.map((f: { path: string; status: string; error?: { code: string } }) => [
        f.path,
        f.status,
        f.error?.code ?? null,
      ]),
    ).toEqual([
      [join('in', 'a-good.txt'), 'ok', null],
      [join('in', 'b-good.md'), 'ok', null],
      [join('in', 'broken.docx'), 'error', 'E_CORRUPT'],
      [join('in', 'seed.docx'), 'ok', null],
      [join('in', 'seed.pdf'), 'ok', null],
      [join('in', 'seed.txt'), 'ok', null],
      [join('in', 'truncated.pdf'), 'error', 'E_CORRUPT'],
    ]);
    // the seed in its three forms is the same report
    const titles = out.files
      .filter((f: { path: string }) => f.path.includes('seed'))
      .map((f: { document: { title: string } }) => f.document.title);
    expect(new Set(titles).size).toBe(1);
    expect(titles[0]).toContain('评价报告');
  }, 180_000);

  it('--jobs 2 prints exactly what --jobs 1 prints, in every format', async () => {
    const args = ['in/seed.pdf', 'in/broken.docx', 'in/seed.txt', 'in/missing.md', 'in/seed.docx', 'in/a-good.txt'];
    for (const format of ['json', 'text']) {
      const one = await runCli([...args, '--format', format, '--jobs', '1'], { cwd: dir });
      const two = await runCli([...args, '--format', format, '--jobs', '2'], { cwd: dir });
      expect(two.stdout).toBe(one.stdout);
      expect(two.code).toBe(one.code);
      expect(one.stdout.length).toBeGreaterThan(100);
    }
  }, 180_000);

  it('--timeout: the slow file gets E_TIMEOUT, the others are checked', async () => {
    // ~20 MB of numbered paragraphs: far more than 3 s of parsing on any machine, while the
    // small files take well under 3 s even on a loaded CI machine (0.3 s was not enough there).
    const lines: string[] = [];
    for (let i = 0; i < 200_000; i++)
      lines.push(`（${(i % 9) + 1}）资金使用情况${i}：预算100万元，实际支出95.5万元，执行率95.5%。\n`);
    writeFileSync(join(dir, 'slow.txt'), lines.join('\n'));
    for (const jobs of ['1', '2']) {
      const started = Date.now();
      const r = await runCli(
        [
          'in/a-good.txt',
          'slow.txt',
          'in/b-good.md',
          '--timeout',
          '3',
          '--jobs',
          jobs,
          '--format',
          'json',
          '--lang',
          'en',
        ],
        { cwd: dir },
      );
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(r.code).toBe(2);
      const out = JSON.parse(r.stdout);
      expect(out.files.map((f: { status: string; error?: { code: string } }) => f.error?.code ?? f.status)).toEqual([
        'ok',
        'E_TIMEOUT',
        'ok',
      ]);
      expect(out.files[1].error.message).toBe('Checking timed out (over 3 s)');
    }
  }, 180_000);

  it('--output writes the report to a file and does not change the exit code', async () => {
    const plain = await runCli(['in/a-good.txt', 'in/missing.pdf', '--format', 'json'], { cwd: dir });
    const toFile = await runCli(['in/a-good.txt', 'in/missing.pdf', '--format', 'json', '--output', 'out.json'], {
      cwd: dir,
    });
    expect(plain.code).toBe(2);
    expect(toFile.code).toBe(2);
    expect(toFile.stdout).toBe('');
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe(plain.stdout);
    const clean = await runCli(['in/a-good.txt', '-o', 'clean.txt'], { cwd: dir });
    expect(clean.code).toBe(0);
    expect(existsSync(join(dir, 'clean.txt'))).toBe(true);
  });

  it('exit 0 for a clean file', async () => {
    const r = await runCli(['in/a-good.txt', 'in/b-good.md'], { cwd: dir });
    expect(r.code).toBe(0);
  });
});

describe('usage errors: exit 2 and a message in the chosen language', () => {
  it.each([
    [['--bogus'], 'unknown option --bogus', '未知选项 --bogus'],
    [
      ['x.txt', '--format', 'xml'],
      'option --format: invalid value "xml"; choose one of text, json, sarif, html, csv',
      '选项 --format 的值 “xml” 无效',
    ],
    [
      ['x.txt', '--jobs', '0'],
      'option --jobs needs a whole number of at least 1 (got "0")',
      '选项 --jobs 需要一个不小于 1 的整数',
    ],
    [
      ['x.txt', '--timeout', 'soon'],
      'option --timeout needs a positive number of seconds',
      '选项 --timeout 需要一个正数',
    ],
    // over ~24.8 days Node's timer fires at once and every file timed out
    [
      ['x.txt', '--timeout', '3000000'],
      'option --timeout can be at most 86400 seconds (one day); got "3000000"',
      '选项 --timeout 最长为 86400 秒（1 天）',
    ],
    [['x.txt', '--max-size', 'big'], 'option --max-size needs a size such as 50MB', '选项 --max-size 需要一个大小'],
    [
      ['x.txt', '--max-warnings', 'many'],
      'option --max-warnings needs a whole number',
      '选项 --max-warnings 需要一个不小于 -1 的整数',
    ],
    [['x.txt', '--format'], 'option --format needs a value', '选项 --format 缺少取值'],
    [[], 'no files given to check', '没有指定要检查的文件'],
    [['inspect'], 'missing argument file', '缺少参数 file'],
  ])('%j', async (args, en, zh) => {
    const inEnglish = await runCli(['--lang', 'en', ...args], { cwd: dir });
    expect(inEnglish.code).toBe(2);
    expect(inEnglish.stderr).toContain(en);
    expect(inEnglish.stdout).toBe('');
    const inChinese = await runCli(args, { cwd: dir });
    expect(inChinese.code).toBe(2);
    expect(inChinese.stderr).toContain(zh);
  });

  it('an unknown --lang is reported in Chinese, the default', async () => {
    const r = await runCli(['x.txt', '--lang', 'fr'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('选项 --lang 的值 “fr” 无效，可选：zh-CN, en');
  });

  it('--help and --version exit 0', async () => {
    const help = await runCli(['--help', '--lang', 'en']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--write-baseline <file>');
    const version = await runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version);
  });
});
