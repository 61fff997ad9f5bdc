import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileError } from '../../src/model/errors.js';
import { convertDocToDocx, findOfficeConverter } from '../../src/parsers/doc.js';
import { detectFormat, readRawDocument } from '../../src/parsers/index.js';

const dir = mkdtempSync(join(tmpdir(), 'reportlint-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, data: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};
const opts = { maxBytes: 50 * 1024 * 1024 };

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof FileError) return e.code;
    throw e;
  }
  return 'no error';
}

describe('detectFormat', () => {
  it('goes by extension, case-insensitively', () => {
    expect(detectFormat('a/报告.DOCX')).toBe('docx');
    expect(detectFormat('x.pdf')).toBe('pdf');
    expect(detectFormat('x.md')).toBe('md');
    expect(detectFormat('x.txt')).toBe('txt');
    expect(detectFormat('x.doc')).toBe('doc');
    expect(detectFormat('x.xlsx')).toBeNull();
    expect(detectFormat('README')).toBeNull();
  });
});

describe('readRawDocument input checks', () => {
  it('E_NOT_FOUND for a missing file', async () => {
    expect(await codeOf(readRawDocument(join(dir, 'nope.docx'), opts))).toBe('E_NOT_FOUND');
  });
  it('E_IS_DIRECTORY for a directory', async () => {
    const d = join(dir, 'folder.docx');
    mkdirSync(d);
    expect(await codeOf(readRawDocument(d, opts))).toBe('E_IS_DIRECTORY');
  });
  it('E_EMPTY for an empty file and for a text file of only blanks', async () => {
    expect(await codeOf(readRawDocument(file('empty.pdf', ''), opts))).toBe('E_EMPTY');
    expect(await codeOf(readRawDocument(file('blank.txt', ' \n\r\n\t\n'), opts))).toBe('E_EMPTY');
  });
  it('E_UNSUPPORTED_FORMAT names the extension', async () => {
    const err = await readRawDocument(file('sheet.xlsx', 'x'), opts).catch((e: FileError) => e);
    expect(err).toBeInstanceOf(FileError);
    expect((err as FileError).code).toBe('E_UNSUPPORTED_FORMAT');
    expect((err as FileError).localized('en')).toContain('".xlsx"');
    expect((err as FileError).localized('zh-CN')).toContain('不支持的文件类型');
  });
  it('E_TOO_LARGE above the limit, with both sizes in the message', async () => {
    const p = file('big.txt', 'x'.repeat(2049));
    const err = (await readRawDocument(p, { maxBytes: 2048 }).catch((e: FileError) => e)) as FileError;
    expect(err.code).toBe('E_TOO_LARGE');
    expect(err.localized('en')).toBe('The file is too large (2 KB); the limit is 2 KB');
    // exactly at the limit is fine
    expect(await codeOf(readRawDocument(file('edge.txt', 'x'.repeat(2048)), { maxBytes: 2048 }))).toBe('no error');
  });
  it('reads a GBK-encoded .txt as Chinese', async () => {
    // "中文报告" would need more table lookups; 中文 = D6D0 CEC4, 你好 = C4E3 BAC3
    const raw = await readRawDocument(
      file('gbk.txt', Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0x0a, 0x0a, 0xc4, 0xe3, 0xba, 0xc3])),
      opts,
    );
    const texts = raw.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.lines.map((l) => l.text).join('')] : []));
    expect(texts).toEqual(['中文', '你好']);
  });
  it('reads a UTF-16 .md with a BOM', async () => {
    const raw = await readRawDocument(
      file('u16.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# 一、项目概况\n\n正文', 'utf16le')])),
      opts,
    );
    expect(raw.format).toBe('md');
    const all = raw.blocks.flatMap((b) => (b.kind === 'paragraph' ? b.lines.map((l) => l.text) : [])).join('|');
    expect(all).toContain('一、项目概况');
    expect(all).toContain('正文');
  });
  it('E_READ when the file cannot be opened', async () => {
    if (process.getuid?.() === 0) return; // root reads everything
    const p = file('locked.txt', 'text');
    chmodSync(p, 0o000);
    expect(await codeOf(readRawDocument(p, opts))).toBe('E_READ');
  });
});

describe('.doc conversion', () => {
  it('E_DOC_CONVERTER_MISSING when LibreOffice is not installed', async () => {
    const p = file('old.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    expect(await codeOf(convertDocToDocx(p, { converter: null }))).toBe('E_DOC_CONVERTER_MISSING');
  });
  it('finds soffice or libreoffice on PATH', () => {
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    expect(findOfficeConverter(bin)).toBeNull();
    writeFileSync(join(bin, 'libreoffice'), '#!/bin/sh\nexit 1\n', { mode: 0o755 });
    expect(findOfficeConverter(`/nonexistent:${bin}`)).toBe(join(bin, 'libreoffice'));
  });
  it('E_DOC_CONVERT_FAILED when the converter fails, and leaves no temp dir behind', async () => {
    const bin = join(dir, 'bin2');
    mkdirSync(bin);
    const fake = join(bin, 'soffice');
    writeFileSync(fake, '#!/bin/sh\necho "source file could not be loaded" >&2\nexit 1\n', { mode: 0o755 });
    const p = file('bad.doc', 'not a word file');
    const before = readdirSync(tmpdir()).filter((n) => n.startsWith('reportlint-doc-')).length;
    const err = (await convertDocToDocx(p, { converter: fake }).catch((e: FileError) => e)) as FileError;
    expect(err.code).toBe('E_DOC_CONVERT_FAILED');
    // LibreOffice's own English stays out of the message (REPORTLINT_DEBUG=1 prints it), in either language
    expect(err.localized('en')).toContain('LibreOffice reported a failure');
    expect(err.localized('zh-CN')).toContain('LibreOffice 报告转换失败');
    expect(err.localized('zh-CN')).not.toContain('source file could not be loaded');
    expect(readdirSync(tmpdir()).filter((n) => n.startsWith('reportlint-doc-')).length).toBe(before);
  });
});
