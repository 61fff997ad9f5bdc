// The annotated PDF: one annotation per finding on the finding's page, a highlight over
// the finding's own text where it can be found, and the pages' content untouched.
import { readFileSync } from 'node:fs';
import { PDFDocument, PDFName, PDFRawStream, PDFArray, PDFRef, type PDFPage } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { checkDocument } from '../../src/engine/check-document.js';
import { readDocument } from '../../src/parsers/index.js';
import { annotatePdf } from '../../src/reporters/pdf.js';
import type { FileResult } from '../../src/model/result.js';
import { SEED, readFixture } from '../helpers.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface PdfjsAnnotation {
  subtype: string;
  contentsObj?: { str: string };
  titleObj?: { str: string };
  quadPoints?: Float32Array | number[];
  rect: number[];
}
interface PdfjsItem {
  str: string;
  transform: number[];
  width: number;
}

/** What a reader (pdfjs, as Firefox uses it) sees: per page, its annotations and text items. */
async function readBack(buf: Buffer) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(buf), isEvalSupported: false }).promise;
  const pages: Array<{ annotations: PdfjsAnnotation[]; items: PdfjsItem[] }> = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    pages.push({
      annotations: (await page.getAnnotations()) as PdfjsAnnotation[],
      items: (await page.getTextContent()).items as PdfjsItem[],
    });
  }
  await doc.destroy();
  return pages;
}

/** The text drawn inside a highlight's quads (each character's centre, as the item spreads it evenly). */
function textUnder(items: PdfjsItem[], quads: ArrayLike<number>): string {
  const boxes: number[][] = [];
  for (let i = 0; i + 7 < quads.length; i += 8) {
    const xs = [quads[i], quads[i + 2], quads[i + 4], quads[i + 6]];
    const ys = [quads[i + 1], quads[i + 3], quads[i + 5], quads[i + 7]];
    boxes.push([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]);
  }
  let out = '';
  for (const it of items) {
    const chars = [...it.str];
    chars.forEach((ch, k) => {
      const x = it.transform[4] + (it.width * (k + 0.5)) / chars.length;
      const y = it.transform[5] + 2;
      if (boxes.some(([x0, y0, x1, y1]) => x >= x0 && x <= x1 && y >= y0 && y <= y1)) out += ch;
    });
  }
  return out.replace(/\s+/g, '');
}

async function contentBytes(buf: Buffer): Promise<string[]> {
  const pdf = await PDFDocument.load(buf);
  const bytes = (page: PDFPage): string => {
    const c = page.node.get(PDFName.of('Contents'));
    const refs = c instanceof PDFArray ? c.asArray() : [c];
    return refs
      .map((r) => Buffer.from((pdf.context.lookup(r as PDFRef) as PDFRawStream).contents).toString('base64'))
      .join('|');
  };
  return pdf.getPages().map(bytes);
}

describe('annotated PDF of the seed report', async () => {
  const input = readFileSync(SEED.pdf);
  const doc = await readFixture(SEED.pdf);
  const findings = checkDocument(doc, { rules: allRules, ruleConfig: {}, settings: {}, lang: 'zh-CN' });
  const file: FileResult = { path: 'seed.pdf', format: 'pdf', status: 'ok', findings };
  const out = await annotatePdf(
    input,
    file,
    { lang: 'zh-CN', author: 'reportlint', date: new Date('2026-12-05T00:00:00Z') },
    doc,
  );
  const pages = await readBack(out.pdf);

  it("has one annotation per finding, on the finding's page (an empty cell's: beside its row)", () => {
    expect(findings.length).toBeGreaterThan(20);
    expect(out.annotations).toBe(findings.length);
    const onPage = (i: number) => pages[i].annotations.filter((a) => a.subtype !== 'Popup');
    for (const [i] of pages.entries()) {
      const located = findings.filter((f) => f.locations[0].page === i + 1);
      expect(
        onPage(i).filter((a) => located.some((f) => a.contentsObj!.str.includes(f.message))).length,
        `page ${i + 1}`,
      ).toBe(located.length);
    }
    // the missing scores (empty cells have no page): a note beside the row, on the page that row is on
    const empty = findings.filter((f) => f.locations[0].page === null);
    expect(empty.length).toBe(4);
    // and 项目决策's "40", a merged cell whose figure stands many times on its page
    expect(out).toMatchObject({ onText: 29, onRow: 5, unplaced: 0 });
    for (const f of empty) {
      const excerpt = f.locations[0].excerpt;
      const hits = pages.flatMap((p) =>
        p.annotations
          .filter(
            (a) =>
              a.subtype === 'Text' && a.contentsObj!.str.includes(f.message) && a.contentsObj!.str.includes(excerpt),
          )
          .map((a) => ({ a, p })),
      );
      expect(hits, excerpt).toHaveLength(1);
      const { a, p } = hits[0];
      // the text drawn right of the note, on its line, is one of the row's cells
      const [x0, y0, x1, y1] = a.rect;
      const beside = p.items
        .filter(
          (it) => it.str.trim() && it.transform[5] >= y0 - 1 && it.transform[5] <= y1 && it.transform[4] >= x1 - 1,
        )
        .sort((m, n) => m.transform[4] - n.transform[4])[0];
      expect(beside, excerpt).toBeDefined();
      expect(x0).toBeLessThan(x1);
      expect(excerpt.replace(/\s+/g, '')).toContain(beside.str.replace(/\s+/g, ''));
    }
    const notes = pages.flatMap((p) => p.annotations.filter((a) => a.subtype !== 'Popup'));
    expect(notes.every((a) => a.titleObj?.str === 'reportlint')).toBe(true);
    expect(notes.map((a) => a.contentsObj!.str.split('\n')[0]).sort()).toEqual(
      findings
        .map(
          (f) =>
            `[${f.severity === 'error' ? '错误' : f.severity === 'warning' ? '警告' : '提示'}] ${f.message}  (${f.ruleId})`,
        )
        .sort(),
    );
  });

  it("highlights exactly the finding's text wherever it highlights", () => {
    expect(out.onText).toBeGreaterThanOrEqual(29);
    let checked = 0;
    for (const f of findings) {
      const loc = f.locations[0];
      if (loc.page === null) continue;
      const mine = pages[loc.page! - 1].annotations.find(
        (a) => a.subtype === 'Highlight' && a.contentsObj!.str.includes(f.message),
      );
      if (!mine) continue;
      expect(textUnder(pages[loc.page! - 1].items, mine.quadPoints!), `${f.ruleId} ${loc.text}`).toBe(
        loc.text.replace(/\s+/g, ''),
      );
      checked++;
    }
    expect(checked).toBe(out.onText);
  });

  it("leaves every page's content as it was, and reads back as the same document", async () => {
    expect(await contentBytes(out.pdf)).toEqual(await contentBytes(input));
    const dir = mkdtempSync(join(tmpdir(), 'reportlint-pdf-'));
    writeFileSync(join(dir, 'a.pdf'), out.pdf);
    const again = await readDocument(join(dir, 'a.pdf'), { maxBytes: 5e7 });
    expect(again.blocks.map((b) => (b.kind === 'paragraph' ? b.raw : b.cells.map((c) => c.raw).join('|')))).toEqual(
      doc.blocks.map((b) => (b.kind === 'paragraph' ? b.raw : b.cells.map((c) => c.raw).join('|'))),
    );
  });
});
