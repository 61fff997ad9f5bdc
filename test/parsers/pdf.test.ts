import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { FileError } from '../../src/model/errors.js';
import type { RawCell, RawDocument, RawParagraph, RawTable } from '../../src/model/document.js';
import { parsePdf, startsWithNumbering, isPageNumber } from '../../src/parsers/pdf.js';
import { makePdf, type PdfPageSpec, type PdfRule } from '../../fixtures/pdf/make-pdf.js';

const SEED = 'fixtures/seed/seed.pdf';

const paragraphs = (d: RawDocument): RawParagraph[] =>
  d.blocks.filter((b): b is RawParagraph => b.kind === 'paragraph');
const tables = (d: RawDocument): RawTable[] => d.blocks.filter((b): b is RawTable => b.kind === 'table');
const textOf = (lines: { text: string }[]): string => lines.map((l) => l.text).join('');
const squeeze = (s: string): string => s.replace(/\s+/g, '');
const cellText = (c: RawCell | undefined): string => squeeze(textOf(c?.lines ?? []));
const gridSize = (t: RawTable): { rows: number; cols: number } => ({
  rows: Math.max(...t.cells.map((c) => c.row + c.rowSpan)),
  cols: Math.max(...t.cells.map((c) => c.col + c.colSpan)),
});
/** The cell covering grid position (row, col). */
const at = (t: RawTable, row: number, col: number): RawCell | undefined =>
  t.cells.find((c) => row >= c.row && row < c.row + c.rowSpan && col >= c.col && col < c.col + c.colSpan);

async function fileError(p: Promise<unknown>): Promise<FileError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(FileError);
    return e as FileError;
  }
  throw new Error('expected a FileError');
}

describe('parsePdf on the seed report', () => {
  let doc: RawDocument;
  beforeAll(async () => {
    doc = await parsePdf(readFileSync(SEED), SEED);
  });

  it('reads every page', () => {
    expect(doc.format).toBe('pdf');
    expect(doc.pages).toBe(11);
    expect(doc.path).toBe(SEED);
  });

  it('gives lines their page and line within the page, top to bottom', () => {
    const title = paragraphs(doc)[0];
    expect(title.lines[0]).toMatchObject({ page: 1, line: 1 });
    expect(squeeze(title.lines[0].text)).toBe('2024年工业倍增升级工作经费项目部门评价报告');
    // the TOC heading is the 9th line of page 1 (title, 7 cover fields, then 目录)
    const toc = paragraphs(doc).find((p) => squeeze(textOf(p.lines)) === '目录');
    expect(toc?.lines[0]).toMatchObject({ page: 1, line: 9 });
    for (const b of doc.blocks) {
      const lines = b.kind === 'paragraph' ? b.lines : b.cells.flatMap((c) => c.lines);
      for (const l of lines) {
        expect(l.page).toBeGreaterThanOrEqual(1);
        expect(l.line).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('joins a paragraph that a line break splits, and one split by the page break 4→5', () => {
    const p = paragraphs(doc).find((q) => textOf(q.lines).startsWith('（1）立项依据充分性'));
    expect(p).toBeDefined();
    // on page 4 it ends "…项目立项", page 5 goes on "依据充分、程序规范。该项指标得分 3 分。"
    expect(p!.lines.map((l) => l.page)).toEqual([4, 4, 5]);
    expect(p!.lines[2].line).toBe(1);
    expect(squeeze(textOf(p!.lines))).toBe(
      '（1）立项依据充分性。根据《2024年信丰县工业倍增升级工作方案》文件精神，为推动工业倍增升级，奋力冲刺千亿目标，全面决战决胜工业昂起，特设立工业倍增升级工作经费。项目立项依据充分、程序规范。该项指标得分3分。',
    );
  });

  it('joins the paragraph split by the page break 7→8', () => {
    const p = paragraphs(doc).find((q) => textOf(q.lines).startsWith('2、完善预算绩效管理制度'));
    expect(p).toBeDefined();
    expect(new Set(p!.lines.map((l) => l.page))).toEqual(new Set([7, 8]));
    expect(
      squeeze(textOf(p!.lines)).endsWith(
        '当现成、合理的预算绩效管理制度作为基础，后续的管理工作就能有条不紊地进行，并且保证工作效能的发挥。',
      ),
    ).toBe(true);
    // the next paragraph on page 8 starts on its own
    const next = paragraphs(doc)[paragraphs(doc).indexOf(p!) + 1];
    expect(textOf(next.lines).startsWith('当然建立预算绩效管理制度')).toBe(true);
  });

  it('starts paragraphs at numbered lines and after short lines', () => {
    const texts = paragraphs(doc).map((p) => squeeze(textOf(p.lines)));
    expect(texts).toContain('（3）实施情况');
    expect(texts).toContain('一、基本情况');
    expect(texts).toContain('（一）项目概况');
    expect(texts).toContain('2.预算绩效管理工作机构及职责不完善。');
    // a line ending in "；" inside a paragraph does not end it
    expect(texts.some((t) => t.includes('比时序看进度；比服务看实效'))).toBe(true);
  });

  it('keeps extraction spaces between digits and Chinese in the raw line text', () => {
    const p = paragraphs(doc).find((q) => textOf(q.lines).startsWith('评价时间'));
    expect(textOf(p!.lines)).toContain('2024 年');
    // no invented spaces between Chinese glyphs
    expect(textOf(p!.lines)).toContain('评价时间');
  });

  it('rebuilds the summary score table as a 6×6 grid', () => {
    const t = tables(doc)[0];
    expect(gridSize(t)).toEqual({ rows: 6, cols: 6 });
    const row = (r: number): string[] => [0, 1, 2, 3, 4, 5].map((c) => cellText(at(t, r, c)));
    expect(row(0)).toEqual(['评价指标', '权重', '评级分值', '评价得分', '得分率', '得分等级']);
    expect(row(1)).toEqual(['项目决策', '20%', '20', '20', '100%', '优']);
    expect(row(4)).toEqual(['项目效益', '20%', '20', '18', '90%', '优']);
    expect(row(5)).toEqual(['合计', '100%', '100', '98', '98%', '优']);
    expect(t.cells.every((c) => c.rowSpan === 1 && c.colSpan === 1)).toBe(true);
    expect(t.cells[0].lines[0]).toMatchObject({ page: 4 });
  });

  it('places the table between the paragraphs above and below it', () => {
    const i = doc.blocks.indexOf(tables(doc)[0]);
    const before = doc.blocks[i - 1] as RawParagraph;
    const after = doc.blocks[i + 1] as RawParagraph;
    expect(squeeze(textOf(before.lines)).endsWith('评价等级为“优”。')).toBe(true);
    expect(squeeze(textOf(after.lines)).startsWith('详见附件')).toBe(true);
  });

  describe('the attachment scoring table (pages 8–11)', () => {
    let t: RawTable;
    let header: number;
    beforeAll(() => {
      expect(tables(doc)).toHaveLength(2); // continued across four pages, still one table
      t = tables(doc)[1];
      header = t.cells.find((c) => cellText(c) === '一级指标')!.row;
    });

    it('has the same 32×8 grid as the docx (gridSpan/vMerge)', () => {
      expect(gridSize(t)).toEqual({ rows: 32, cols: 8 });
      expect(new Set(t.cells.flatMap((c) => c.lines.map((l) => l.page)))).toEqual(new Set([8, 9, 10, 11]));
    });

    it('has the 8 scoring columns', () => {
      const cols = [0, 1, 2, 3, 4, 5, 6, 7].map((c) => cellText(at(t, header, c)));
      expect(cols).toEqual(['一级指标', '分值', '二级指标', '分值', '三级指标', '评分标准', '完成情况', '得分']);
      expect(header).toBe(10);
    });

    it('spans 绩效评价指标评分 over all 8 columns', () => {
      const c = at(t, header - 1, 0)!;
      expect(cellText(c)).toBe('绩效评价指标评分');
      expect(c.colSpan).toBe(8);
    });

    it('spans 项目决策 and its 分值 40 over their six rows, the first row split by a page break made whole', () => {
      const decision = at(t, header + 1, 0)!;
      expect(cellText(decision)).toBe('项目决策');
      expect(decision.rowSpan).toBe(6);
      expect(cellText(at(t, header + 1, 1))).toBe('40');
      expect(at(t, header + 1, 1)!.rowSpan).toBe(6);
      // 项目立项 spans two rows and its text is drawn half on page 8, half on page 9
      const li = at(t, header + 1, 2)!;
      expect(cellText(li)).toBe('项目立项');
      expect(li.rowSpan).toBe(2);
      expect(li.lines.map((l) => l.page)).toEqual([8, 9]);
      // the split row: 三级指标 "立项依据充" + "分性", 完成情况 "全部符" + "合"
      expect(cellText(at(t, header + 1, 4))).toBe('立项依据充分性');
      expect(cellText(at(t, header + 1, 6))).toBe('全部符合');
      expect(cellText(at(t, header + 1, 7))).toBe('3');
      expect(cellText(at(t, header + 2, 4))).toBe('立项程序规范性');
    });

    it('reads the row of 指标1：工业总产值: 分值 5, 完成情况 329, 得分 5', () => {
      const c = t.cells.find((x) => cellText(x) === '指标1：工业总产值')!;
      expect(c.col).toBe(4);
      expect(cellText(at(t, c.row, 3))).toBe('5');
      expect(cellText(at(t, c.row, 5))).toBe('≥280亿');
      expect(cellText(at(t, c.row, 6))).toBe('329');
      expect(cellText(at(t, c.row, 7))).toBe('5');
      expect(cellText(at(t, c.row, 2))).toBe('产出质量');
      expect(at(t, c.row, 2)!.rowSpan).toBe(2);
    });

    it('joins the row split between pages 10 and 11 (指标2：重大项目开工率)', () => {
      const c = t.cells.find((x) => cellText(x).startsWith('指标2'))!;
      expect(cellText(c)).toBe('指标2：重大项目开工率');
      expect(c.lines.map((l) => l.page)).toEqual([10, 10, 11]);
      expect(cellText(at(t, c.row, 6))).toBe('95.00%');
      expect(cellText(at(t, c.row + 1, 4))).toBe('资金拨付及时率');
    });

    it('ends with 总分 100 … 98 and the two rows spanning seven columns', () => {
      expect(cellText(at(t, 29, 0))).toBe('总分');
      expect(cellText(at(t, 29, 1))).toBe('100');
      expect(cellText(at(t, 29, 7))).toBe('98');
      expect(at(t, 30, 1)!.colSpan).toBe(7);
      expect(at(t, 31, 1)!.colSpan).toBe(7);
      expect(cellText(at(t, 31, 0))).toBe('');
    });
  });
});

// ---------------------------------------------------------------- hand-made PDFs

const rule = (x1: number, y1: number, x2: number, y2: number): PdfRule => ({ x1, y1, x2, y2 });
const HEADER = { x: 72, y: 760, text: 'ANNUAL REVIEW 2024' };
const pageNo = (n: number) => ({ x: 290, y: 40, text: `- ${n} -` });
// Courier 10 pt: 6 pt a glyph, so 60 glyphs run from x 72 to the right margin at 432
const FULL1 = 'The county spent the whole budget of 57 units on the project';
const FULL2 = 'and reached every target that the plan had set for the year,';
const COLS = [72, 172, 272, 432];

/** Three pages: running header and page numbers, a table continued from page 1 to 2 with merged cells, a paragraph across pages 2→3. */
function reportPdf(): Buffer {
  const p1: PdfPageSpec = {
    texts: [
      HEADER,
      { x: 72, y: 700, text: '1. Overview' },
      { x: 72, y: 686, text: FULL1 },
      { x: 72, y: 672, text: FULL2 },
      { x: 72, y: 658, text: 'with 98 points.' },
      { x: 72, y: 630, text: '2. Scores' },
      // table rows (tops 610, 590, 570, 550, 530 → bottom 530)
      { x: 76, y: 596, text: 'Item' },
      { x: 176, y: 596, text: 'Score' },
      { x: 76, y: 566, text: 'Alpha' },
      { x: 176, y: 576, text: '10' },
      { x: 276, y: 576, text: 'ok' },
      { x: 176, y: 556, text: '20' },
      { x: 276, y: 556, text: 'ok' },
      { x: 76, y: 536, text: 'Beta' },
      { x: 176, y: 536, text: '30' },
      { x: 276, y: 536, text: 'fine' },
      pageNo(1),
    ],
    rules: [
      rule(72, 610, 432, 610),
      rule(72, 590, 432, 590),
      rule(172, 570, 432, 570), // no line under Alpha's first row in column 0: Alpha spans two rows
      rule(72, 550, 432, 550),
      rule(72, 530, 432, 530),
      rule(72, 610, 72, 530),
      rule(172, 610, 172, 530),
      rule(272, 590, 272, 530), // no line inside the header row: Score spans two columns
      rule(432, 610, 432, 530),
    ],
  };
  const p2: PdfPageSpec = {
    texts: [
      HEADER,
      { x: 76, y: 706, text: 'Gamma' },
      { x: 176, y: 706, text: '40' },
      { x: 276, y: 706, text: 'good' },
      { x: 76, y: 686, text: 'Total' },
      { x: 176, y: 686, text: '100' },
      { x: 72, y: 640, text: '3. Notes' },
      { x: 72, y: 114, text: FULL1 },
      { x: 72, y: 100, text: FULL2 },
      pageNo(2),
    ],
    rules: [
      rule(72, 720, 432, 720),
      rule(72, 700, 432, 700),
      rule(72, 680, 432, 680),
      ...COLS.map((x) => rule(x, 720, x, 680)),
    ],
  };
  const p3: PdfPageSpec = {
    texts: [
      HEADER,
      { x: 72, y: 700, text: 'so the paragraph goes on here.' },
      { x: 72, y: 672, text: '4. Plain figures 2024 and 20 points' },
      // two items 12 pt apart, no space glyph between them
      { x: 72, y: 644, text: 'Total' },
      { x: 114, y: 644, text: '57' },
      pageNo(3),
    ],
  };
  return makePdf([p1, p2, p3]);
}

describe('parsePdf on a hand-made three-page PDF', () => {
  let doc: RawDocument;
  beforeAll(async () => {
    doc = await parsePdf(reportPdf(), 'report.pdf');
  });

  it('drops the running header and the page numbers', () => {
    const all = doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? b.lines : b.cells.flatMap((c) => c.lines)));
    expect(all.some((l) => l.text.includes('ANNUAL REVIEW'))).toBe(false);
    expect(all.some((l) => /^- \d -$/.test(l.text))).toBe(false);
    expect(doc.pages).toBe(3);
  });

  it('joins wrapped Latin lines with a space kept at the end of the first', () => {
    const p = paragraphs(doc)[1];
    expect(p.lines).toHaveLength(3);
    expect(textOf(p.lines)).toBe(`${FULL1} ${FULL2} with 98 points.`);
    // line numbers count the header line: page 1 line 1 is the header, "1. Overview" is line 2
    expect(paragraphs(doc)[0].lines[0]).toMatchObject({ page: 1, line: 2, text: '1. Overview' });
    expect(p.lines.map((l) => l.line)).toEqual([3, 4, 5]);
  });

  it('keeps the table continued on page 2 as one grid with its merged cells', () => {
    expect(tables(doc)).toHaveLength(1);
    const t = tables(doc)[0];
    expect(gridSize(t)).toEqual({ rows: 6, cols: 3 });
    const score = at(t, 0, 1)!;
    expect(cellText(score)).toBe('Score');
    expect(score.colSpan).toBe(2);
    const alpha = at(t, 1, 0)!;
    expect(cellText(alpha)).toBe('Alpha');
    expect(alpha.rowSpan).toBe(2);
    expect(cellText(at(t, 4, 0))).toBe('Gamma');
    expect(at(t, 4, 0)!.lines[0].page).toBe(2);
    expect(cellText(at(t, 5, 1))).toBe('100');
    expect(cellText(at(t, 5, 2))).toBe('');
    // reading order: heading above, notes below
    const i = doc.blocks.indexOf(t);
    expect(textOf((doc.blocks[i - 1] as RawParagraph).lines)).toBe('2. Scores');
    expect(textOf((doc.blocks[i + 1] as RawParagraph).lines)).toBe('3. Notes');
  });

  it('joins the paragraph cut at the bottom of page 2 with its end on page 3', () => {
    const p = paragraphs(doc).find((q) => textOf(q.lines).startsWith('The county'))!;
    const notes = paragraphs(doc).filter((q) => textOf(q.lines).startsWith('The county'));
    expect(notes).toHaveLength(2);
    const cut = notes[1];
    expect(cut.lines.map((l) => l.page)).toEqual([2, 2, 3]);
    expect(textOf(cut.lines)).toBe(`${FULL1} ${FULL2} so the paragraph goes on here.`);
    expect(p).toBe(notes[0]);
  });

  it('keeps the spaces of the text and puts one where Latin glyphs stand apart', () => {
    const ps = paragraphs(doc);
    expect(textOf(ps[ps.length - 2].lines)).toBe('4. Plain figures 2024 and 20 points');
    expect(textOf(ps[ps.length - 1].lines)).toBe('Total 57');
  });
});

/** A two-column table whose second row reaches the bottom of page 1; page 2 goes on with `page2Label` in column 0 of its first row. */
function splitRowPdf(page2Label: string): Buffer {
  const remark = 'x'.repeat(42); // 42 glyphs of 6 pt from x 176 end at 428: the cell (to 432) is full
  const p1: PdfPageSpec = {
    texts: [
      { x: 76, y: 686, text: 'Name' },
      { x: 176, y: 686, text: 'Remark' },
      { x: 76, y: 666, text: 'Long' },
      { x: 176, y: 666, text: remark },
      { x: 176, y: 644, text: remark },
    ],
    rules: [
      rule(72, 700, 432, 700),
      rule(72, 680, 432, 680),
      rule(72, 640, 432, 640),
      ...[72, 172, 432].map((x) => rule(x, 700, x, 640)),
    ],
  };
  const p2: PdfPageSpec = {
    texts: [
      ...(page2Label ? [{ x: 76, y: 706, text: page2Label }] : []),
      { x: 176, y: 706, text: 'continues here.' },
      { x: 76, y: 686, text: 'Next' },
      { x: 176, y: 686, text: 'row' },
    ],
    rules: [
      rule(72, 720, 432, 720),
      rule(72, 700, 432, 700),
      rule(72, 680, 432, 680),
      ...[72, 172, 432].map((x) => rule(x, 720, x, 680)),
    ],
  };
  return makePdf([p1, p2]);
}

describe('parsePdf on tables across a page break', () => {
  it('makes a row split by the page break whole again', async () => {
    const t = tables(await parsePdf(splitRowPdf(''), 'split.pdf'))[0];
    expect(gridSize(t)).toEqual({ rows: 3, cols: 2 });
    const remark = at(t, 1, 1)!;
    expect(remark.lines.map((l) => l.page)).toEqual([1, 1, 2]);
    expect(remark.lines[2].text).toBe('continues here.');
    expect(cellText(at(t, 1, 0))).toBe('Long');
    expect(cellText(at(t, 2, 0))).toBe('Next');
  });

  it('keeps a new row apart when the next page starts with a filled row', async () => {
    const t = tables(await parsePdf(splitRowPdf('Other'), 'rows.pdf'))[0];
    expect(gridSize(t)).toEqual({ rows: 4, cols: 2 });
    expect(cellText(at(t, 2, 0))).toBe('Other');
    expect(textOf(at(t, 2, 1)!.lines)).toBe('continues here.');
  });

  it('does not take a page frame with a header rule for a table', async () => {
    const doc = await parsePdf(
      makePdf([
        {
          texts: [
            { x: 72, y: 720, text: 'County finance bureau' },
            { x: 72, y: 660, text: 'Body text inside the frame.' },
          ],
          rules: [
            rule(50, 50, 562, 50),
            rule(50, 742, 562, 742),
            rule(50, 50, 50, 742),
            rule(562, 50, 562, 742),
            rule(50, 700, 562, 700),
          ],
        },
      ]),
      'frame.pdf',
    );
    expect(tables(doc)).toHaveLength(0);
    expect(paragraphs(doc).map((p) => textOf(p.lines))).toEqual([
      'County finance bureau',
      'Body text inside the frame.',
    ]);
  });
});

describe('parsePdf on a LibreOffice table that repeats its header on the next page', () => {
  // fixtures/corpus/i-senlinfanghuo-2024.pdf: the 绩效自评表 runs from page 6 to page 7, and page 7 starts
  // with the header row again (Writer's "repeat heading"); 决策 spans 资金投入's rows on both pages
  let t: RawTable;
  beforeAll(async () => {
    const doc = await parsePdf(readFileSync('fixtures/corpus/i-senlinfanghuo-2024.pdf'), 'i.pdf');
    t = tables(doc).find((x) => cellText(at(x, 0, 2)) === '三级指标')!;
  });
  it('keeps the header once', () => {
    const heads = [];
    for (let r = 0; r < gridSize(t).rows; r++) if (cellText(at(t, r, 0)) === '一级指标') heads.push(r);
    expect(heads).toEqual([0]);
    expect(gridSize(t)).toEqual({ rows: 26, cols: 8 });
  });
  it("carries 决策 over the page break to 资金投入's rows", () => {
    const row = (name: string) => [...Array(gridSize(t).rows).keys()].find((r) => cellText(at(t, r, 2)) === name)!;
    const decision = at(t, row('立项依据充分性'), 0)!;
    expect(cellText(decision)).toBe('决策');
    expect(at(t, row('预算编制科学性'), 0)).toBe(decision);
    expect(at(t, row('资金分配合理性'), 0)).toBe(decision);
    expect(cellText(at(t, row('资金到位率'), 0))).toBe('过程');
  });
});

describe('parsePdf errors', () => {
  it('E_CORRUPT for a truncated copy of the seed', async () => {
    const seed = readFileSync(SEED);
    const e = await fileError(parsePdf(seed.subarray(0, Math.floor(seed.length * 0.6)), 'cut.pdf'));
    expect(e.code).toBe('E_CORRUPT');
  });

  it('E_CORRUPT for garbage and for a PDF header over garbage', async () => {
    expect((await fileError(parsePdf(Buffer.from('this is not a pdf at all'), 'x.pdf'))).code).toBe('E_CORRUPT');
    const fake = Buffer.from('%PDF-1.4\n1 0 obj garbage garbage\n%%EOF\n', 'latin1');
    expect((await fileError(parsePdf(fake, 'x.pdf'))).code).toBe('E_CORRUPT');
  });

  it('E_ENCRYPTED for a password-protected PDF', async () => {
    const e = await fileError(parsePdf(readFileSync('fixtures/pdf/encrypted.pdf'), 'encrypted.pdf'));
    expect(e.code).toBe('E_ENCRYPTED');
  });

  it('E_NO_TEXT for pages with drawings but no text (a scan-like file)', async () => {
    const pdf = makePdf([{ rules: [rule(72, 700, 400, 700), rule(72, 700, 72, 500)] }, {}]);
    const e = await fileError(parsePdf(pdf, 'scan.pdf'));
    expect(e.code).toBe('E_NO_TEXT');
  });

  it('reads the same file unencrypted (the fixture is a real text PDF)', async () => {
    const doc = await parsePdf(
      makePdf([{ texts: [{ x: 72, y: 700, text: 'Secret budget figures 2024' }] }]),
      'plain.pdf',
    );
    expect(textOf(paragraphs(doc)[0].lines)).toBe('Secret budget figures 2024');
  });
});

describe('paragraph-start helpers', () => {
  it('recognizes Chinese and Arabic numbering', () => {
    for (const s of [
      '一、基本情况',
      '（一）项目概况',
      '(二) 目标',
      '1. 背景',
      '1、原则',
      '（1）依据',
      '①项目',
      '第三章 结论',
    ]) {
      expect(startsWithNumbering(s), s).toBe(true);
    }
    for (const s of ['2024 年', '项目决策', '12.5 万元', '100%']) expect(startsWithNumbering(s), s).toBe(false);
  });

  it('recognizes page-number lines', () => {
    for (const s of ['3', '- 3 -', '— 12 —', '第 3 页', '第3页 共11页', '3 / 11'])
      expect(isPageNumber(s), s).toBe(true);
    for (const s of ['3 月', '第 3 条', '合计 3']) expect(isPageNumber(s), s).toBe(false);
  });
});
