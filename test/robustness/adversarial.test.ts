// Whatever arrives ends in findings or a coded error: never a crash, a hang or
// a fetched entity. Inputs are generated here, not committed.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { checkDocument } from '../../src/engine/check-document.js';
import { FileError } from '../../src/model/errors.js';
import type { Document } from '../../src/model/document.js';
import { readDocument } from '../../src/parsers/index.js';
import { SEED } from '../helpers.js';
import { flipBits, makeDocx, makePdf, para, randomBytes, table } from './generate.js';
import type { Finding } from '../../src/model/result.js';

const dir = mkdtempSync(join(tmpdir(), 'reportlint-robust-'));

type Outcome = { doc: Document; findings: Finding[]; code?: undefined } | { code: string; doc?: undefined };

async function outcome(name: string, data: Buffer | string): Promise<Outcome> {
  const path = join(dir, name);
  writeFileSync(path, data);
  try {
    const doc = await readDocument(path, { maxBytes: 50 * 1024 * 1024 });
    const findings = checkDocument(doc, { rules: allRules, ruleConfig: {}, settings: {}, lang: 'zh-CN' });
    return { doc, findings };
  } catch (e) {
    if (e instanceof FileError) return { code: e.code };
    throw e; // a crash: the test fails with it
  }
}

const seedDocx = readFileSync(SEED.docx);
const seedPdf = readFileSync(SEED.pdf);

describe('broken files end in a coded error or in findings', () => {
  it('a truncated .docx', async () => {
    const o = await outcome('trunc.docx', seedDocx.subarray(0, seedDocx.length >> 1));
    expect(o.code).toBe('E_CORRUPT');
  });

  it('a truncated .pdf', async () => {
    const o = await outcome('trunc.pdf', seedPdf.subarray(0, seedPdf.length >> 1));
    // pdfjs may recover part of a truncated file; either way no crash
    if (o.code) expect(o.code).toMatch(/^E_(CORRUPT|NO_TEXT)$/);
    else expect(o.doc.blocks.length).toBeGreaterThan(0);
  });

  it.each([1, 2, 3, 4, 5])('bit-flipped .docx and .pdf (seed %i)', async (seed) => {
    for (const [name, buf] of [
      [`flip${seed}.docx`, flipBits(seedDocx, 20, seed)],
      [`flip${seed}.pdf`, flipBits(seedPdf, 20, seed)],
    ] as const) {
      const o = await outcome(name, buf);
      if (o.code) expect(o.code).toMatch(/^E_[A-Z_]+$/);
      else expect(Array.isArray(o.findings)).toBe(true);
    }
  });

  it('random bytes named .docx and .pdf', async () => {
    expect((await outcome('random.docx', randomBytes(4096, 7))).code).toBe('E_CORRUPT');
    expect((await outcome('random.pdf', randomBytes(4096, 8))).code).toBe('E_CORRUPT');
  });

  it('a .docx whose entry claims a huge uncompressed size is refused before inflating', async () => {
    const o = await outcome('bomb.docx', makeDocx(para('正文。'), { claimSize: 0xfffffff0 }));
    expect(o.code).toBe('E_TOO_LARGE');
  });

  it('never resolves an external entity in a .docx', async () => {
    const secret = join(dir, 'secret.txt');
    writeFileSync(secret, 'TOP-SECRET-CONTENT');
    const o = await outcome(
      'xxe.docx',
      makeDocx(para('前文&xxe;后文'), { doctype: `<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://${secret}">]>` }),
    );
    if (!o.code) {
      const all = o.doc.blocks
        .map((b) => (b.kind === 'paragraph' ? b.raw : b.cells.map((c) => c.raw).join()))
        .join('\n');
      expect(all).not.toContain('TOP-SECRET');
    }
  });

  it('nested tables in a .docx', async () => {
    const inner = table([
      ['内层甲', '1'],
      ['内层乙', '2'],
    ]);
    const body =
      table([
        ['指标', '分值'],
        [`<w:p><w:r><w:t>外层</w:t></w:r></w:p>${inner}`, '20'],
      ]) + para('结束。');
    const o = await outcome('nested.docx', makeDocx(body));
    expect(o.code).toBeUndefined();
    const text = o.doc!.tables.flatMap((t) => t.cells.map((c) => c.text)).join('|');
    expect(text).toContain('内层甲');
  });
});

describe('large inputs stay bounded', () => {
  it('a 1,000-page PDF', async () => {
    const o = await outcome('long.pdf', makePdf(1000));
    expect(o.code).toBeUndefined();
    expect(o.doc!.pages).toBe(1000);
  }, 120_000);

  it('a 5 MB single paragraph', async () => {
    const unit = '项目预算57万元，实际到位57万元，扣2分，得8分（指标分值10分）。';
    const text = unit.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(unit)));
    const o = await outcome('huge-paragraph.txt', text.replace(/。/g, '，'));
    expect(o.code).toBeUndefined();
    expect(o.doc!.blocks.length).toBe(1);
  }, 120_000);

  it('a 10,000-row table', async () => {
    const rows = ['指标\t分值\t得分'];
    for (let i = 0; i < 10_000; i++) rows.push(`指标${i}\t${i % 10}\t${i % 7}`);
    const o = await outcome('rows.txt', rows.join('\n'));
    expect(o.code).toBeUndefined();
    expect(o.doc!.tables[0].rows).toBe(10_001);
    // a figure restated thousands of times still makes findings that fit in a ticket
    for (const f of o.findings!) expect(f.locations.length).toBeLessThanOrEqual(8);
  }, 120_000);

  it('text built to make regular expressions backtrack', async () => {
    const parts = [
      '（'.repeat(20_000),
      '1'.repeat(20_000) + 'x',
      '分'.repeat(20_000),
      '扣'.repeat(5_000) + '1分，得' + '得'.repeat(5_000),
      '（一）'.repeat(5_000),
      '2024年'.repeat(5_000) + '项目'.repeat(5_000),
      '《'.repeat(5_000) + '》'.repeat(4_999),
      '1.'.repeat(10_000) + '%',
      ('指标分值' + '9'.repeat(50) + '分，').repeat(1000),
    ];
    const o = await outcome('backtrack.txt', parts.join('\n\n'));
    expect(o.code).toBeUndefined();
  }, 120_000);
});
