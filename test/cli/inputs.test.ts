// Every kind of unusable input gets its own entry with a stable code, exit 2,
// while a good file in the same run is still checked and printed.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOfficeConverter } from '../../src/parsers/doc.js';
import { REPO, ensureBuilt, runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'reportlint-cli-inputs-'));
const CHECK_OUTPUT = join(REPO, 'schema/check-output.mjs');
// A short clean report: no rule has anything to say about it.
const GOOD = '关于某项目的说明\n\n一、基本情况\n\n本项目由某单位实施。\n';

beforeAll(async () => {
  await ensureBuilt();
  writeFileSync(join(dir, 'good.txt'), GOOD);
  mkdirSync(join(dir, 'empty-bin'));
  mkdirSync(join(dir, 'folder.docx'));
  mkdirSync(join(dir, 'no-reports'));
  writeFileSync(join(dir, 'no-reports', 'data.xlsx'), 'x');
  writeFileSync(join(dir, 'empty.docx'), '');
  writeFileSync(join(dir, 'table.xlsx'), 'PK');
  writeFileSync(join(dir, 'big.txt'), '一、基本情况\n\n' + '正文。'.repeat(1000)); // over 2 KB
  // The first bytes of an OLE2 compound file: what a real Word 97-2003 .doc starts with.
  writeFileSync(
    join(dir, 'old.doc'),
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Buffer.alloc(504)]),
  );
  writeFileSync(join(dir, 'random.docx'), Buffer.from(Array.from({ length: 1500 }, (_, i) => (i * 7919 + 13) % 256)));
  copyFileSync(join(REPO, 'fixtures/seed/seed.pdf'), join(dir, 'seed.pdf'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// An empty PATH directory: no soffice/libreoffice, whatever the machine has (node is run by its full path).
const NO_OFFICE = { PATH: join(dir, 'empty-bin') };

describe('bad inputs among good ones', () => {
  const args = [
    'good.txt',
    'missing.pdf',
    'folder.docx',
    'no-reports',
    'empty.docx',
    'table.xlsx',
    'big.txt',
    'old.doc',
    'random.docx',
    'good.txt',
    '--max-size',
    '2KB',
  ];

  it('gives each bad file its code, keeps the good file, and exits 2 (json)', async () => {
    const r = await runCli([...args, '--format', 'json', '--lang', 'en'], { cwd: dir, env: NO_OFFICE });
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout);
    // good.txt given twice is checked once
    expect(
      out.files.map((f: { path: string; status: string; error?: { code: string } }) => [
        f.path,
        f.status,
        f.error?.code ?? null,
      ]),
    ).toEqual([
      ['good.txt', 'ok', null],
      ['missing.pdf', 'error', 'E_NOT_FOUND'],
      ['folder.docx', 'error', 'E_IS_DIRECTORY'],
      ['no-reports', 'error', 'E_NO_REPORTS_IN_DIRECTORY'],
      ['empty.docx', 'error', 'E_EMPTY'],
      ['table.xlsx', 'error', 'E_UNSUPPORTED_FORMAT'],
      ['big.txt', 'error', 'E_TOO_LARGE'],
      ['old.doc', 'error', 'E_DOC_CONVERTER_MISSING'],
      ['random.docx', 'error', 'E_CORRUPT'],
    ]);
    expect(out.summary).toMatchObject({ files: 9, failedFiles: 8 });
    expect(out.files[0].document.paragraphs).toBeGreaterThanOrEqual(3);
    const byPath = Object.fromEntries(
      out.files.map((f: { path: string; error?: { message: string } }) => [f.path, f.error?.message]),
    );
    expect(byPath['missing.pdf']).toBe('File not found: missing.pdf');
    expect(byPath['old.doc']).toContain('LibreOffice');
    expect(byPath['big.txt']).toContain('the limit is 2 KB');
    // the contract's own checker accepts the output
    const verdict = execFileSync(process.execPath, [CHECK_OUTPUT], { input: r.stdout, encoding: 'utf8' });
    expect(verdict).toMatch(/^contract ok: 9 files/);
  });

  it('prints the same entries in Chinese in the text format', async () => {
    const r = await runCli(args, { cwd: dir, env: NO_OFFICE });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('good.txt');
    expect(r.stdout).toContain('E_NOT_FOUND');
    expect(r.stdout).toContain('文件不存在：missing.pdf');
    expect(r.stdout).toContain('读取 .doc 需要 LibreOffice');
    expect(r.stdout).toContain('E_IS_DIRECTORY');
    // no progress bar when stderr is not a terminal
    expect(r.stderr).toBe('');
  });

  it('reads the size limit from the config file, and --max-size overrides it', async () => {
    writeFileSync(join(dir, 'reportlint.config.json'), JSON.stringify({ maxFileSize: '1KB' }));
    try {
      const fromConfig = JSON.parse((await runCli(['good.txt', 'big.txt', '--format', 'json'], { cwd: dir })).stdout);
      expect(fromConfig.files[1].error.code).toBe('E_TOO_LARGE');
      const overridden = await runCli(['good.txt', 'big.txt', '--format', 'json', '--max-size', '1MB'], { cwd: dir });
      expect(JSON.parse(overridden.stdout).files.map((f: { status: string }) => f.status)).toEqual(['ok', 'ok']);
    } finally {
      rmSync(join(dir, 'reportlint.config.json'));
    }
  });

  it('a GB18030 text file is read as Chinese', async () => {
    // 中文 = D6D0 CEC4, 你好 = C4E3 BAC3 in GBK/GB18030
    writeFileSync(
      join(dir, 'gbk.txt'),
      Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0x0a, 0x0a, 0xc4, 0xe3, 0xba, 0xc3, 0x0a]),
    );
    const r = await runCli(['inspect', 'gbk.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('标题: 中文');
  });

  it('inspect reports an unreadable file with its code and exit 2', async () => {
    const r = await runCli(['inspect', 'missing.pdf', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing.pdf: E_NOT_FOUND: File not found: missing.pdf');
  });

  it.skipIf(!findOfficeConverter())(
    'a real .doc is converted with LibreOffice and read like the .docx',
    async () => {
      // Make a Word 97 .doc from the seed .docx with the same LibreOffice.
      const made = join(dir, 'made');
      execFileSync(
        findOfficeConverter()!,
        [
          `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
          '--headless',
          '--convert-to',
          'doc',
          '--outdir',
          made,
          join(REPO, 'fixtures/seed/seed.docx'),
        ],
        { stdio: 'ignore', timeout: 120_000 },
      );
      // the conversion's temp dirs go to a folder of this test's own: another run on the machine converting a
      // .doc at the same moment must not change the count
      const tmp = join(dir, 'tmp');
      mkdirSync(tmp, { recursive: true });
      const r = await runCli(
        ['made/seed.doc', join(REPO, 'fixtures/seed/seed.docx'), '--format', 'json', '--jobs', '1'],
        { cwd: dir, env: { TMPDIR: tmp } },
      );
      expect(r.code).toBeLessThan(2); // both checked; the seed's contradictions are error-level findings (1)
      const [doc, docx] = JSON.parse(r.stdout).files;
      expect(doc.format).toBe('doc');
      expect(doc.status).toBe('ok');
      expect(doc.document.title).toBe(docx.document.title);
      expect(doc.document.tables).toBe(docx.document.tables);
      expect(readdirSync(tmp).filter((n) => n.startsWith('reportlint-doc-'))).toEqual([]);
    },
    180_000,
  );
});
