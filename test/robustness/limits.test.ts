// Every file is bounded however it is built: a PDF whose streams inflate to
// gigabytes and a .docx whose document.xml would take gigabytes to parse end in
// E_TOO_LARGE within seconds, instead of exhausting memory. The hostile inputs
// are generated here.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FileError } from '../../src/model/errors.js';
import { readDocument } from '../../src/parsers/index.js';
import { checkPdfInflation } from '../../src/parsers/pdf-inflate-guard.js';
import { deflateZeros, makeDocx, makePdfWithStreams, para } from './generate.js';

const dir = mkdtempSync(join(tmpdir(), 'reportlint-limits-'));

async function errorCode(work: Promise<unknown>): Promise<string | null> {
  try {
    await work;
    return null;
  } catch (e) {
    if (e instanceof FileError) return e.code;
    throw e;
  }
}

describe('a PDF decompression bomb', () => {
  it('one stream of 1 GB (a 1 MB file) is E_TOO_LARGE, read in seconds', async () => {
    const bomb = makePdfWithStreams([await deflateZeros(1024 * 1024 * 1024)]);
    expect(bomb.length).toBeLessThan(8 * 1024 * 1024);
    const path = join(dir, 'bomb.pdf');
    writeFileSync(path, bomb);
    const before = process.memoryUsage().arrayBuffers;
    expect(await errorCode(readDocument(path, { maxBytes: 50 * 1024 * 1024 }))).toBe('E_TOO_LARGE');
    // counted, not kept
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 1024 * 1024);
  }, 30_000);

  it('many streams each under the limit but together over it', async () => {
    const pdf = makePdfWithStreams([0, 1, 2].map(() => deflateSync(Buffer.alloc(40_000, 0x20))));
    expect(await errorCode(checkPdfInflation(pdf, { maxStreamBytes: 64_000, maxTotalBytes: 100_000 }))).toBe(
      'E_TOO_LARGE',
    );
    expect(await errorCode(checkPdfInflation(pdf, { maxStreamBytes: 64_000, maxTotalBytes: 130_000 }))).toBeNull();
  });

  it('a stream deflated twice (/Filter [/FlateDecode /FlateDecode]) counts what the second layer gives', async () => {
    const twice = deflateSync(deflateSync(Buffer.alloc(2_000_000, 0x20)));
    expect(twice.length).toBeLessThan(2_000); // 1000:1 twice over
    const pdf = makePdfWithStreams([twice], 2);
    expect(await errorCode(checkPdfInflation(pdf, { maxStreamBytes: 1_000_000, maxTotalBytes: 10_000_000 }))).toBe(
      'E_TOO_LARGE',
    );
    expect(
      await errorCode(checkPdfInflation(pdf, { maxStreamBytes: 3_000_000, maxTotalBytes: 10_000_000 })),
    ).toBeNull();
  });

  it('an ordinary compressed PDF is read', async () => {
    const path = join(dir, 'ok.pdf');
    writeFileSync(
      path,
      makePdfWithStreams([deflateSync(Buffer.from('BT /F1 12 Tf 72 700 Td (total 100) Tj ET', 'latin1'))]),
    );
    const doc = await readDocument(path, { maxBytes: 50 * 1024 * 1024 });
    expect(doc.blocks.length).toBeGreaterThan(0);
  });
});

describe('a .docx inside every zip limit whose document.xml is too large to parse', () => {
  it('33 MB of document.xml (a 100 KB file) is E_TOO_LARGE before mammoth reads it', async () => {
    const p = para('本项目预算资金100万元，实际到位100万元。');
    const body = p.repeat(Math.ceil((33 * 1024 * 1024) / Buffer.byteLength(p)));
    const docx = makeDocx(body);
    expect(docx.length).toBeLessThan(1024 * 1024);
    const path = join(dir, 'big-xml.docx');
    writeFileSync(path, docx);
    const err = await readDocument(path, { maxBytes: 50 * 1024 * 1024 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FileError);
    expect((err as FileError).code).toBe('E_TOO_LARGE');
    // the message names the part: the size check, not mammoth running out of memory, stopped it
    expect((err as FileError).message).toContain('word/document.xml');
  }, 30_000);

  it('a document.xml under the limit is read', async () => {
    const path = join(dir, 'ok.docx');
    writeFileSync(path, makeDocx(para('本项目预算资金100万元。').repeat(1000)));
    expect((await readDocument(path, { maxBytes: 50 * 1024 * 1024 })).blocks.length).toBe(1000);
  });
});
