// Every error the command can end in, said in the chosen language (zh-CN by default, --lang en), and none
// with JavaScript's own error text ("Cannot read properties of undefined", "ENOENT: no such file…", V8's JSON
// messages, a stack) reaching the user (issue 12, deliver 6).
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileError, causeDetail } from '../../src/model/errors.js';
import { REPO, ensureBuilt, runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'reportlint-cli-errors-'));

/** What JavaScript, Node or a library says, never the user's message. */
const RAW =
  /too many arguments for|TypeError|RangeError|ReferenceError|SyntaxError|Cannot read propert|is not a function|ENOENT:|EACCES:|no such file or directory|is not valid JSON|Unexpected token|in JSON at position|Invalid PDF structure|xmldom|Hierarchy request|end of central directory|\n\s+at .+:\d+:\d+/;
/** Some Chinese: a zh-CN message is said in Chinese. */
const HAN = /[\u4e00-\u9fff]/;

beforeAll(async () => {
  await ensureBuilt();
  copyFileSync(join(REPO, 'fixtures/seed/seed.txt'), join(dir, 'seed.txt'));
  writeFileSync(join(dir, 'bad.json'), '{\n  "rules": {\n    "text/placeholder": "off",\n  }\n}\n');
  writeFileSync(join(dir, 'random.docx'), Buffer.from('this is no zip archive at all, only text'));
  writeFileSync(join(dir, 'cut.docx'), readFileSync(join(REPO, 'fixtures/seed/seed.docx')).subarray(0, 300));
  writeFileSync(join(dir, 'garbage.pdf'), '%PDF-1.4\n1 0 obj garbage\n%%EOF\n');
  writeFileSync(join(dir, 'noheader.pdf'), 'no pdf at all\n%%EOF\n');
  // a well-formed package whose document.xml is cut off: the XML reader's own error text must not show
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>x</w:t>',
  );
  writeFileSync(join(dir, 'badxml.docx'), await zip.generateAsync({ type: 'nodebuffer' }));
  // a link to itself: opening it fails (ELOOP) even for root, as an unreadable file does
  symlinkSync('loop.txt', join(dir, 'loop.txt'));
  writeFileSync(join(dir, 'locked.txt'), 'x');
  chmodSync(join(dir, 'locked.txt'), 0o000);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** [name, arguments, exit code, a piece of the zh-CN message, a piece of the English one]. */
const CASES: Array<[string, string[], number, string, string]> = [
  [
    'missing file',
    ['missing.docx'],
    2,
    'E_NOT_FOUND: 文件不存在：missing.docx',
    'E_NOT_FOUND: File not found: missing.docx',
  ],
  [
    'a file that cannot be opened',
    ['loop.txt'],
    2,
    'E_READ: 无法读取文件：符号链接循环（ELOOP）',
    'E_READ: Cannot read the file: too many levels of symbolic links (ELOOP)',
  ],
  [
    'bad config JSON',
    ['seed.txt', '-c', 'bad.json'],
    2,
    '不是有效的 JSON：第 4 行第 3 列，此处应为带双引号的键名（最后一项后不能有逗号）',
    'not valid JSON: line 4, column 3: a double-quoted key was expected (no comma after the last item)',
  ],
  [
    'missing config',
    ['seed.txt', '-c', 'nope.json'],
    2,
    '无法读取配置文件：文件或文件夹不存在（ENOENT）',
    'cannot read the config file: no such file or folder (ENOENT)',
  ],
  [
    'a baseline that is not JSON',
    ['seed.txt', '--baseline', 'bad.json'],
    2,
    '无法读取基线文件：不是有效的 JSON：第 4 行第 3 列',
    'cannot read the baseline file: not valid JSON: line 4, column 3',
  ],
  [
    'a missing review file',
    ['seed.txt', '--review', 'nope.json'],
    2,
    '无法读取审核文件：文件或文件夹不存在（ENOENT）',
    'cannot read the review file: no such file or folder (ENOENT)',
  ],
  [
    'bad option value',
    ['seed.txt', '--jobs', 'many'],
    2,
    '选项 --jobs 需要一个不小于 1 的整数（实际为 “many”）',
    'option --jobs needs a whole number of at least 1 (got "many")',
  ],
  ['bad size', ['seed.txt', '--max-size', 'big'], 2, '选项 --max-size 需要一个大小', 'option --max-size needs a size'],
  [
    'bad --format',
    ['seed.txt', '-f', 'xml'],
    2,
    '选项 --format 的值 “xml” 无效',
    'option --format: invalid value "xml"',
  ],
  ['unknown option', ['seed.txt', '--colour'], 2, '未知选项 --colour', 'unknown option --colour'],
  [
    'too many arguments',
    ['inspect', 'seed.txt', 'other.txt'],
    2,
    'inspect 只接受 1 个参数，实际给出 2 个',
    'inspect takes 1 argument(s); 2 given',
  ],
  [
    'unknown rule id',
    ['seed.txt', '--rule', 'score/nope=error'],
    2,
    '未知的规则；用 reportlint rules 查看全部规则',
    'unknown rule; run reportlint rules to list them',
  ],
  [
    'a zip that is no zip',
    ['random.docx'],
    2,
    'E_CORRUPT: 文件已损坏，无法读取：不是 zip 压缩包（或文件不完整）',
    'E_CORRUPT: The file is corrupt and cannot be read: not a zip archive (or truncated)',
  ],
  [
    'a truncated docx',
    ['cut.docx'],
    2,
    'E_CORRUPT: 文件已损坏，无法读取：',
    'E_CORRUPT: The file is corrupt and cannot be read: ',
  ],
  [
    'a docx whose XML is cut off',
    ['badxml.docx'],
    2,
    'E_CORRUPT: 文件已损坏，无法读取：文档内容（XML）无法解析',
    'E_CORRUPT: The file is corrupt and cannot be read: the document XML could not be parsed',
  ],
  [
    'a corrupt pdf',
    ['garbage.pdf'],
    2,
    'E_CORRUPT: 文件已损坏，无法读取：PDF 结构无效',
    'E_CORRUPT: The file is corrupt and cannot be read: invalid PDF structure',
  ],
  [
    'a pdf without header',
    ['noheader.pdf'],
    2,
    'E_CORRUPT: 文件已损坏，无法读取：没有 PDF 文件头',
    'E_CORRUPT: The file is corrupt and cannot be read: no PDF header',
  ],
];

describe('error messages, zh-CN and en, with no JavaScript error text', () => {
  for (const [name, args, code, zh, en] of CASES) {
    it(name, async () => {
      const z = await runCli(args, { cwd: dir });
      const e = await runCli([...args, '--lang', 'en'], { cwd: dir });
      expect([z.code, e.code]).toEqual([code, code]);
      // the text report wraps at 80 columns: its lines joined again (Chinese breaks between characters, English at a space)
      const zAll = (z.stdout + z.stderr).replace(/\n {2,}/g, '');
      const eAll = (e.stdout + e.stderr).replace(/\n {2,}/g, ' ');
      expect(zAll).toContain(zh);
      expect(eAll).toContain(en);
      expect(zAll).toMatch(HAN);
      expect(eAll).not.toMatch(HAN);
      expect(zAll).not.toMatch(RAW);
      expect(eAll).not.toMatch(RAW);
    });
  }

  // root reads any file whatever its mode: this one can only run as another user
  it.skipIf(process.getuid?.() === 0)('an unreadable file', async () => {
    const z = await runCli(['locked.txt'], { cwd: dir });
    expect(z.stdout).toContain('E_READ: 无法读取文件：没有读取权限（EACCES）');
    const e = await runCli(['locked.txt', '--lang', 'en'], { cwd: dir });
    expect(e.stdout).toContain('E_READ: Cannot read the file: permission denied (EACCES)');
  });

  it('an unreadable file, as the error reaches the reporters (E_READ with an errno code)', () => {
    const err = new FileError('E_READ', { detail: 'EACCES', path: 'x.docx' });
    expect(err.localized('zh-CN')).toBe('无法读取文件：没有读取权限（EACCES）');
    expect(err.localized('en')).toBe('Cannot read the file: permission denied (EACCES)');
  });

  it("a library's exception is said by the format's phrase, not in the library's words", () => {
    const d = causeDetail(new TypeError("Cannot read properties of undefined (reading 'x')"), {
      'zh-CN': 'PDF 结构无效',
      en: 'invalid PDF structure',
    });
    const err = new FileError('E_CORRUPT', { detail: d });
    expect(err.localized('zh-CN')).toBe('文件已损坏，无法读取：PDF 结构无效');
    expect(err.localized('en')).not.toMatch(RAW);
  });
});
