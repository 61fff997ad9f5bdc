import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { FileError } from '../../src/model/errors.js';
import type { RawBlock, RawCell, RawDocument, RawParagraph, RawTable } from '../../src/model/document.js';
import { parseDocx } from '../../src/parsers/docx.js';
import { formatNumber } from '../../src/parsers/docx-numfmt.js';
import { readDocParagraphs } from '../../src/parsers/docx-xml.js';
import { readZipParts } from '../../src/parsers/zip-guard.js';
import { abstractNum, makeDocx, num, para, paragraphStyle, table } from '../../fixtures/docx/make-docx.js';
import { SEED } from '../helpers.js';

const paragraphs = (d: RawDocument | RawBlock[]) =>
  ('blocks' in d ? d.blocks : d).filter((b): b is RawParagraph => b.kind === 'paragraph');
const tables = (d: RawDocument) => d.blocks.filter((b): b is RawTable => b.kind === 'table');
const ptext = (p: RawParagraph) => p.lines.map((l) => l.text).join('');
const ctext = (c: RawCell | undefined) => (c ? c.lines.map((l) => l.text).join('') : undefined);

/** grid[r][c] = the cell covering that position; fails on overlapping cells. */
function grid(t: RawTable): RawCell[][] {
  const g: RawCell[][] = [];
  for (const c of t.cells) {
    expect(c.rowSpan).toBeGreaterThanOrEqual(1);
    expect(c.colSpan).toBeGreaterThanOrEqual(1);
    for (let r = c.row; r < c.row + c.rowSpan; r++) {
      for (let k = c.col; k < c.col + c.colSpan; k++) {
        g[r] ??= [];
        expect(g[r][k], `cells overlap at ${r},${k}`).toBeUndefined();
        g[r][k] = c;
      }
    }
  }
  return g;
}

async function codeOf(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    if (e instanceof FileError) return { code: e.code, message: e.message };
    return { code: `not a FileError: ${String(e)}`, message: '' };
  }
  return { code: 'no error', message: '' };
}

describe('parseDocx on the seed report', async () => {
  const doc = await parseDocx(readFileSync(SEED.docx), SEED.docx);

  it('is a docx document without pages or line numbers', () => {
    expect(doc.format).toBe('docx');
    expect(doc.pages).toBeNull();
    expect(doc.path).toBe(SEED.docx);
    for (const p of paragraphs(doc)) for (const l of p.lines) expect(l).toMatchObject({ page: null, line: null });
  });

  it('reads the summary table as a 6×6 grid', () => {
    const t = tables(doc).find((x) => x.cells.some((c) => ctext(c) === '得分等级'))!;
    expect(t).toBeDefined();
    const g = grid(t);
    expect(g).toHaveLength(6);
    const rows = g.map((r) => r.map(ctext));
    expect(rows).toEqual([
      ['评价指标', '权重', '评级分值', '评价得分', '得分率', '得分等级'],
      ['项目决策', '20%', '20', '20', '100%', '优'],
      ['项目过程', '20%', '20', '20', '100%', '优'],
      ['项目产出', '40%', '40', '40', '100%', '优'],
      ['项目效益', '20%', '20', '18', '90%', '优'],
      ['合计', '100%', '100', '98', '98%', '优'],
    ]);
  });

  describe('the attachment scoring table', () => {
    const t = tables(doc).find((x) => x.cells.some((c) => ctext(c) === '三级指标'))!;
    const g = t ? grid(t) : [];
    const headerRow = g.findIndex((r) => r && ctext(r[0]) === '一级指标');

    it('has the 8-column scoring header below the project-info rows', () => {
      expect(headerRow).toBeGreaterThan(0);
      expect(g[headerRow].map(ctext)).toEqual([
        '一级指标',
        '分值',
        '二级指标',
        '分值',
        '三级指标',
        '评分标准',
        '完成情况',
        '得分',
      ]);
      // the info rows above have other layouts; the title row of the scoring part spans all 8 columns
      const title = g[headerRow - 1][0];
      expect(ctext(title)).toBe('绩效评价指标评分');
      expect(title.colSpan).toBe(8);
    });

    it('has 项目决策 spanning several rows, every covered position mapping to it', () => {
      const cell = t.cells.find((c) => ctext(c) === '项目决策' && c.col === 0)!;
      expect(cell.row).toBe(headerRow + 1);
      expect(cell.rowSpan).toBeGreaterThan(1);
      // the decision part holds 6 third-level indicators (立项依据充分性 … 资金分配合理性)
      expect(cell.rowSpan).toBe(6);
      for (let r = cell.row; r < cell.row + cell.rowSpan; r++) expect(g[r][0]).toBe(cell);
      expect(ctext(g[cell.row + cell.rowSpan][0])).toBe('项目过程');
    });

    it('puts 分值 5, 完成情况 329, 得分 5 in the row of 指标1：工业总产值', () => {
      const r = g.findIndex((row) => row && ctext(row[4]) === '指标1：工业总产值');
      expect(r).toBeGreaterThan(headerRow);
      expect(ctext(g[r][3])).toBe('5');
      expect(ctext(g[r][6])).toBe('329');
      expect(ctext(g[r][7])).toBe('5');
      expect(ctext(g[r][2])).toBe('产出质量');
    });
  });

  it('has the numbered headings as paragraphs with their numbering text', () => {
    const texts = paragraphs(doc).map(ptext);
    // after the table of contents (whose entries end in page numbers)
    expect(texts).toContain('一、基本情况');
    expect(texts).toContain('（一）项目概况');
    expect(texts.indexOf('（一）项目概况')).toBeGreaterThan(texts.indexOf('一、基本情况'));
  });

  it('keeps the paragraph style name', () => {
    expect(paragraphs(doc)[0].style).toBe('Body Text');
  });
});

describe('parseDocx: Word automatic numbering', () => {
  const cnLevels = abstractNum(1, [
    { ilvl: 0, numFmt: 'chineseCounting', lvlText: '%1、' },
    { ilvl: 1, numFmt: 'chineseCounting', lvlText: '（%2）' },
    { ilvl: 2, numFmt: 'decimal', lvlText: '%3.' },
    { ilvl: 3, numFmt: 'decimal', lvlText: '（%4）' },
  ]);

  it('restores 一、 / （一） / 1. with restarts under a new higher level', async () => {
    const buf = await makeDocx({
      numbering: cnLevels + num(1, 1),
      body:
        para('基本情况', { numId: 1, ilvl: 0 }) +
        para('项目概况', { numId: 1, ilvl: 1 }) +
        para('项目背景', { numId: 1, ilvl: 2 }) +
        para('正文不编号。') +
        para('资金情况', { numId: 1, ilvl: 2 }) +
        para('绩效目标', { numId: 1, ilvl: 1 }) +
        para('总体目标', { numId: 1, ilvl: 2 }) +
        para('评价工作情况', { numId: 1, ilvl: 0 }) +
        para('评价目的', { numId: 1, ilvl: 1 }) +
        para('目的一', { numId: 1, ilvl: 2 }),
    });
    const ps = paragraphs(await parseDocx(buf, 'n.docx'));
    expect(ps.map((p) => p.autoNumber)).toEqual([
      '一、',
      '（一）',
      '1.',
      undefined,
      '2.',
      '（二）',
      '1.',
      '二、',
      '（一）',
      '1.',
    ]);
    expect(ps.map(ptext)).toEqual([
      '一、基本情况',
      '（一）项目概况',
      '1. 项目背景',
      '正文不编号。',
      '2. 资金情况',
      '（二）绩效目标',
      '1. 总体目标',
      '二、评价工作情况',
      '（一）评价目的',
      '1. 目的一',
    ]);
  });

  it('counts past 十 the way Word writes Chinese numbers', async () => {
    const body = Array.from({ length: 12 }, (_, i) => para(`第${i + 1}项`, { numId: 1, ilvl: 0 })).join('');
    const ps = paragraphs(await parseDocx(await makeDocx({ numbering: cnLevels + num(1, 1), body }), 'n.docx'));
    expect(ps.map((p) => p.autoNumber).slice(8)).toEqual(['九、', '十、', '十一、', '十二、']);
  });

  it('takes numbering from the paragraph style, linked by numPr or by the level pStyle', async () => {
    const buf = await makeDocx({
      numbering:
        abstractNum(5, [
          { ilvl: 0, numFmt: 'chineseCountingThousand', lvlText: '%1、', pStyle: 'Heading1' },
          { ilvl: 1, numFmt: 'chineseCountingThousand', lvlText: '（%2）', pStyle: 'Heading2' },
        ]) + num(7, 5),
      styles:
        paragraphStyle('Heading1', 'heading 1', { numId: 7, outlineLvl: 0 }) +
        // no ilvl in the style: its level is the one whose pStyle names it
        paragraphStyle('Heading2', 'heading 2', { numId: 7, outlineLvl: 1 }) +
        paragraphStyle('MyTitle', '我的标题', { basedOn: 'Heading1' }),
      body:
        para('基本情况', { style: 'Heading1' }) +
        para('项目概况', { style: 'Heading2' }) +
        para('绩效目标', { style: 'Heading2' }) +
        para('不要编号', { style: 'Heading2', numId: 0 }) +
        para('评价结论', { style: 'MyTitle' }),
    });
    const ps = paragraphs(await parseDocx(buf, 's.docx'));
    expect(ps.map(ptext)).toEqual(['一、基本情况', '（一）项目概况', '（二）绩效目标', '不要编号', '二、评价结论']);
    expect(ps.map((p) => p.headingLevel)).toEqual([1, 2, 2, 2, 1]);
    expect(ps.map((p) => p.style)).toEqual(['heading 1', 'heading 2', 'heading 2', 'heading 2', '我的标题']);
    expect(ps[3].autoNumber).toBeUndefined();
  });

  it('starts a w:num with a startOverride at its start value', async () => {
    const buf = await makeDocx({
      numbering: cnLevels + num(1, 1) + num(2, 1, { 0: 5 }),
      body: para('甲', { numId: 1, ilvl: 0 }) + para('乙', { numId: 2, ilvl: 0 }) + para('丙', { numId: 2, ilvl: 0 }),
    });
    expect(paragraphs(await parseDocx(buf, 'o.docx')).map((p) => p.autoNumber)).toEqual(['一、', '五、', '六、']);
  });

  it('formats circled, heavenly-stem, letter and multi-level numbers, and no number for bullets', async () => {
    const buf = await makeDocx({
      numbering:
        abstractNum(1, [{ ilvl: 0, numFmt: 'decimalEnclosedCircle', lvlText: '%1' }]) +
        abstractNum(2, [{ ilvl: 0, numFmt: 'ideographTraditional', lvlText: '%1、' }]) +
        abstractNum(3, [{ ilvl: 0, numFmt: 'lowerLetter', lvlText: '%1)' }]) +
        abstractNum(4, [
          { ilvl: 0, numFmt: 'decimal', lvlText: '%1.' },
          { ilvl: 1, numFmt: 'decimal', lvlText: '%1.%2' },
        ]) +
        abstractNum(6, [{ ilvl: 0, numFmt: 'bullet', lvlText: '\uF06C' }]) +
        num(1, 1) +
        num(2, 2) +
        num(3, 3) +
        num(4, 4) +
        num(6, 6),
      body:
        para('圆一', { numId: 1 }) +
        para('圆二', { numId: 1 }) +
        para('天干一', { numId: 2 }) +
        para('天干二', { numId: 2 }) +
        para('字母一', { numId: 3 }) +
        para('字母二', { numId: 3 }) +
        para('章', { numId: 4, ilvl: 0 }) +
        para('节一', { numId: 4, ilvl: 1 }) +
        para('节二', { numId: 4, ilvl: 1 }) +
        para('要点', { numId: 6 }),
    });
    const ps = paragraphs(await parseDocx(buf, 'f.docx'));
    expect(ps.map((p) => p.autoNumber)).toEqual(['①', '②', '甲、', '乙、', 'a)', 'b)', '1.', '1.1', '1.2', undefined]);
    expect(ps.map(ptext)).toEqual([
      '① 圆一',
      '② 圆二',
      '甲、天干一',
      '乙、天干二',
      'a)字母一',
      'b)字母二',
      '1. 章',
      '1.1 节一',
      '1.2 节二',
      '要点',
    ]);
  });

  it('puts no separator after the number when w:suff is nothing', async () => {
    const buf = await makeDocx({
      numbering: abstractNum(1, [{ ilvl: 0, numFmt: 'decimal', lvlText: '%1.', suff: 'nothing' }]) + num(1, 1),
      body: para('项目背景', { numId: 1 }),
    });
    expect(paragraphs(await parseDocx(buf, 'x.docx')).map(ptext)).toEqual(['1.项目背景']);
  });

  it('numbers paragraphs inside table cells too', async () => {
    const buf = await makeDocx({
      numbering: cnLevels + num(1, 1),
      body:
        para('基本情况', { numId: 1, ilvl: 0 }) +
        `<w:tbl><w:tr><w:tc>${para('单元格', { numId: 1, ilvl: 0 })}</w:tc></w:tr></w:tbl>` +
        para('第三', { numId: 1, ilvl: 0 }),
    });
    const d = await parseDocx(buf, 't.docx');
    expect(ctext(tables(d)[0].cells[0])).toBe('二、单元格');
    expect(paragraphs(d).map(ptext)).toEqual(['一、基本情况', '三、第三']);
  });

  it('keeps numbering aligned past paragraphs mammoth renders differently or not at all', async () => {
    // a text box mammoth does not read, and a Wingdings symbol mammoth turns into ✓
    const textBox = (inner: string) =>
      '<w:p><w:r><w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">' +
      '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData>' +
      '<wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx><w:txbxContent>' +
      inner +
      '</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r></w:p>';
    const buf = await makeDocx({
      numbering: cnLevels + num(1, 1),
      body:
        para('甲', { numId: 1, ilvl: 0 }) +
        textBox(para('框内', { numId: 1, ilvl: 0 })) +
        para('乙', { numId: 1, ilvl: 0 }) +
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:sym w:font="Wingdings" w:char="F0FC"/><w:t>丙</w:t></w:r></w:p>' +
        para('丁', { numId: 1, ilvl: 0 }),
    });
    const ps = paragraphs(await parseDocx(buf, 'a.docx'));
    expect(ps.map((p) => ptext(p).replace(/^[一二三四五六]、/, ''))).toEqual(['甲', '乙', '✓丙', '丁']);
    expect(ps[0].autoNumber).toBe('一、');
    // whether Word counts the text box or not, 乙 丙 丁 follow each other
    const order = '一二三四五六';
    const idx = ps.slice(1).map((p) => order.indexOf(p.autoNumber![0]));
    expect(idx[1] - idx[0]).toBe(1);
    expect(idx[2] - idx[1]).toBe(1);
  });

  it('takes the heading level from the outline level when the style is not a heading', async () => {
    const buf = await makeDocx({ body: para('自定义标题', { outlineLvl: 1 }) + para('正文', { outlineLvl: 9 }) });
    expect(paragraphs(await parseDocx(buf, 'h.docx')).map((p) => p.headingLevel)).toEqual([2, undefined]);
  });

  it('reads Chinese heading style names as heading levels', async () => {
    const buf = await makeDocx({ styles: paragraphStyle('a5', '标题 3'), body: para('项目概况', { style: 'a5' }) });
    const [p] = paragraphs(await parseDocx(buf, 'h.docx'));
    expect(p.headingLevel).toBe(3);
    expect(p.style).toBe('标题 3');
  });
});

describe('formatNumber', () => {
  it('writes Word number formats', () => {
    expect([1, 9, 10, 11, 19, 20, 21, 99, 100, 101].map((n) => formatNumber(n, 'chineseCounting'))).toEqual([
      '一',
      '九',
      '十',
      '十一',
      '十九',
      '二十',
      '二十一',
      '九十九',
      '一百',
      '一百零一',
    ]);
    expect([1, 20, 21, 35, 36, 50, 51].map((n) => formatNumber(n, 'decimalEnclosedCircle'))).toEqual([
      '①',
      '⑳',
      '㉑',
      '㉟',
      '㊱',
      '㊿',
      '51',
    ]);
    expect([1, 10, 11].map((n) => formatNumber(n, 'ideographTraditional'))).toEqual(['甲', '癸', '甲']);
    expect([1, 26, 27, 28].map((n) => formatNumber(n, 'upperLetter'))).toEqual(['A', 'Z', 'AA', 'BB']);
    expect([4, 9, 14, 1994].map((n) => formatNumber(n, 'lowerRoman'))).toEqual(['iv', 'ix', 'xiv', 'mcmxciv']);
    expect(formatNumber(3, 'decimalEnclosedParen')).toBe('⑶');
    expect(formatNumber(3, 'decimalFullWidth')).toBe('３');
    expect(formatNumber(10, 'ideographDigital')).toBe('一〇');
    expect(formatNumber(12, 'chineseLegalSimplified')).toBe('壹拾贰');
    expect(formatNumber(7, 'someFutureFormat')).toBe('7');
  });
});

describe('parseDocx: merged cells', () => {
  it('resolves vMerge and gridSpan into spans on the grid', async () => {
    const buf = await makeDocx({
      body: table(
        [
          ['一级指标', { text: '二级指标', gridSpan: 2 }, '得分'],
          [{ text: '项目决策', vMerge: 'restart' }, '项目立项', '3', { text: '20', vMerge: 'restart' }],
          [{ text: '', vMerge: 'continue' }, '绩效目标', '3', { text: '', vMerge: 'continue' }],
          [
            { text: '', vMerge: 'continue' },
            { text: '合计', gridSpan: 2 },
            { text: '', vMerge: 'continue' },
          ],
        ],
        4,
      ),
    });
    const [t] = tables(await parseDocx(buf, 'm.docx'));
    const g = grid(t);
    expect(g.map((r) => r.map(ctext))).toEqual([
      ['一级指标', '二级指标', '二级指标', '得分'],
      ['项目决策', '项目立项', '3', '20'],
      ['项目决策', '绩效目标', '3', '20'],
      ['项目决策', '合计', '合计', '20'],
    ]);
    expect(g[1][0]).toMatchObject({ row: 1, col: 0, rowSpan: 3, colSpan: 1 });
    expect(g[0][1]).toMatchObject({ row: 0, col: 1, rowSpan: 1, colSpan: 2 });
    expect(g[3][3]).toBe(g[1][3]);
    expect(g[3][1]).toMatchObject({ row: 3, col: 1, colSpan: 2 });
  });
});

describe('parseDocx: rows that start past the first grid column', () => {
  it('puts the cells of a w:gridBefore row in their columns and keeps merges across it', async () => {
    const cell = (t: string, pr = '') => `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}${para(t)}</w:tc>`;
    const body =
      '<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="1000"/><w:gridCol w:w="1000"/><w:gridCol w:w="1000"/></w:tblGrid>' +
      `<w:tr><w:trPr/>${cell('A')}${cell('B')}${cell('C', '<w:vMerge w:val="restart"/>')}</w:tr>` +
      `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${cell('E')}${cell('', '<w:vMerge/>')}</w:tr>` +
      '</w:tbl>';
    const [t] = tables(await parseDocx(await makeDocx({ body }), 'g.docx'));
    const g = grid(t);
    expect(ctext(g[1][1])).toBe('E');
    expect(g[1][2]).toBe(g[0][2]);
    expect(g[0][2].rowSpan).toBe(2);
    expect(ctext(g[1][0])).toBe('');
  });
});

describe('parseDocx: a span of 0', () => {
  // html-to-docx writes <w:gridSpan w:val="0"/> on each vertical-merge continuation cell; Word draws it as one column
  it('gives a continuation cell with w:gridSpan 0 its one column, so the row is not shifted left; other spans stay', async () => {
    const cell = (t: string, pr = '') => `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}${para(t)}</w:tc>`;
    const cont = '<w:vMerge w:val="continue"/><w:gridSpan w:val="0"/>';
    const body =
      '<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="1000"/><w:gridCol w:w="1000"/><w:gridCol w:w="1000"/><w:gridCol w:w="1000"/></w:tblGrid>' +
      `<w:tr><w:trPr/>${cell('一级指标')}${cell('二级指标')}${cell('编码')}${cell('权重')}</w:tr>` +
      `<w:tr><w:trPr/>${cell('A 决策', '<w:vMerge w:val="restart"/>')}${cell('A1 政策设立', '<w:vMerge w:val="restart"/>')}${cell('A1-1')}${cell('3.00')}</w:tr>` +
      `<w:tr><w:trPr/>${cell('', cont)}${cell('', cont)}${cell('A1-2')}${cell('3.00')}</w:tr>` +
      `<w:tr><w:trPr/>${cell('', cont)}${cell('A2 绩效目标')}${cell('A2-1')}${cell('4.00')}</w:tr>` +
      `<w:tr><w:trPr/>${cell('合计', '<w:gridSpan w:val="3"/>')}${cell('10.00')}</w:tr>` +
      '</w:tbl>';
    const [t] = tables(await parseDocx(await makeDocx({ body }), 's.docx'));
    const g = grid(t);
    expect(g.map((r) => r.map(ctext))).toEqual([
      ['一级指标', '二级指标', '编码', '权重'],
      ['A 决策', 'A1 政策设立', 'A1-1', '3.00'],
      ['A 决策', 'A1 政策设立', 'A1-2', '3.00'],
      ['A 决策', 'A2 绩效目标', 'A2-1', '4.00'],
      // a span written as 3 stays 3
      ['合计', '合计', '合计', '10.00'],
    ]);
    expect(g[1][0].rowSpan).toBe(3);
    expect(g[1][1].rowSpan).toBe(2);
  });
});

describe("parseDocx: AbiWord's continuation at a row's end", () => {
  // AbiWord writes a row under two rowspans with one continuation in place and the other at the row's end
  // (no tblGrid, every tcW 0); the next row of the same rowspan gets an empty cell where the merge is
  const cell = (t: string, pr = '') => `<w:tc><w:tcPr><w:tcW w:w="0" w:type="dxa"/>${pr}</w:tcPr>${para(t)}</w:tc>`;
  const cont = (t = '') => cell(t, '<w:vMerge w:val="continue"/>');
  const restart = (t: string) => cell(t, '<w:vMerge w:val="restart"/>');
  const abiword = (rows: string[]) =>
    `<w:tbl><w:tblPr><w:tblBorders><w:left w:val="single"/></w:tblBorders></w:tblPr>${rows.map((r) => `<w:tr><w:trPr></w:trPr>${r}</w:tr>`).join('')}</w:tbl>`;
  const head = cell('一级指标') + cell('二级指标') + cell('三级指标') + cell('分值') + cell('得分');
  const rows = [
    head,
    restart('产出指标') + restart('数量指标') + cell('低保人数') + cell('6') + cell('6'),
    cont() + cell('特困人数') + cell('6') + cell('6') + cont(),
    cont() + cell('') + cell('社区设施数') + cell('6') + cell('5') + cont(),
    cont() + cell('质量指标') + cell('达标率') + cell('5') + cell('5'),
  ];

  it('puts the continuation back under the column the row above merges down, so no row is shifted', async () => {
    const [t] = tables(await parseDocx(await makeDocx({ body: abiword(rows) }), 'a.docx'));
    const g = grid(t);
    expect(g.map((r) => r.map(ctext))).toEqual([
      ['一级指标', '二级指标', '三级指标', '分值', '得分'],
      ['产出指标', '数量指标', '低保人数', '6', '6'],
      ['产出指标', '数量指标', '特困人数', '6', '6'],
      ['产出指标', '数量指标', '社区设施数', '6', '5'],
      ['产出指标', '质量指标', '达标率', '5', '5'],
    ]);
    expect(g[1][1].rowSpan).toBe(3);
    expect(t.readingIssues).toBeUndefined();
  });

  it('keeps every w:p in its order and number (a finding is anchored back by that count)', async () => {
    const doc = await parseDocx(await makeDocx({ body: abiword(rows) }), 'a.docx');
    const [t] = tables(doc);
    const where = (text: string) => t.cells.find((c) => ctext(c) === text)!.lines[0].docxParagraph;
    // as written: 5 cells a row before it (row 3 has 6); 特困人数 is the 2nd of row 2, 社区设施数 the 3rd of row 3
    expect(where('特困人数')).toBe(11);
    expect(where('社区设施数')).toBe(17);
    expect(where('达标率')).toBe(23);
  });

  it('marks the table 不可靠 when the continuation has nowhere to go (no row above merges down)', async () => {
    const bad = [head + cont() + cont(), ...rows.slice(1)];
    const [t] = tables(await parseDocx(await makeDocx({ body: abiword(bad) }), 'b.docx'));
    expect(t.readingIssues).toEqual([{ issue: 'misplaced-merge', col: 5 }]);
  });

  it('leaves a continuation at the end of a row alone where the row above merges down into that column', async () => {
    const body = abiword([
      cell('项目') + cell('金额') + cell('备注'),
      cell('甲') + cell('10') + restart('同上'),
      cell('乙') + cell('20') + cont(),
    ]);
    const [t] = tables(await parseDocx(await makeDocx({ body }), 'c.docx'));
    expect(grid(t).map((r) => r.map(ctext))).toEqual([
      ['项目', '金额', '备注'],
      ['甲', '10', '同上'],
      ['乙', '20', '同上'],
    ]);
    expect(t.readingIssues).toBeUndefined();
  });
});

describe('parseDocx: bad input', () => {
  it('refuses a file that is not a zip with E_CORRUPT', async () => {
    const r = await codeOf(parseDocx(Buffer.from('这不是一个 Word 文档，只是文本。'.repeat(20)), 'x.docx'));
    expect(r.code).toBe('E_CORRUPT');
    expect(r.message).toMatch(/zip/);
  });

  it('refuses a truncated zip with E_CORRUPT', async () => {
    const seed = readFileSync(SEED.docx);
    expect((await codeOf(parseDocx(seed.subarray(0, seed.length >> 1), 't.docx'))).code).toBe('E_CORRUPT');
  });

  it('says an OLE file (encrypted .docx or .doc) is not a zip', async () => {
    const ole = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    const r = await codeOf(parseDocx(ole, 'enc.docx'));
    expect(r.code).toBe('E_CORRUPT');
    expect(r.message).toMatch(/OLE/);
  });

  it('refuses a zip without word/document.xml with E_NO_DOCUMENT_PART', async () => {
    const buf = await makeDocx({ body: '', noDocument: true });
    expect((await codeOf(parseDocx(buf, 'n.docx'))).code).toBe('E_NO_DOCUMENT_PART');
    const zip = new JSZip();
    zip.file('hello.txt', '你好');
    const plain = await zip.generateAsync({ type: 'nodebuffer' });
    expect((await codeOf(parseDocx(plain, 'p.docx'))).code).toBe('E_NO_DOCUMENT_PART');
  });

  it('refuses a document part that is not well-formed XML with E_CORRUPT', async () => {
    const zip = await JSZip.loadAsync(await makeDocx({ body: para('正文') }));
    zip.file(
      'word/document.xml',
      '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>断',
    );
    const buf = await zip.generateAsync({ type: 'nodebuffer' });
    expect((await codeOf(parseDocx(buf, 'bad.docx'))).code).toBe('E_CORRUPT');
  });

  it('refuses an entry that declares a huge size, before inflating it', async () => {
    const buf = await makeDocx({ body: para('正文。') });
    const patched = declareSize(buf, 'word/document.xml', 300 * 1024 * 1024);
    // had it been inflated, yauzl would have found the real size differs (E_CORRUPT)
    const r = await codeOf(parseDocx(patched, 'bomb.docx'));
    expect(r.code).toBe('E_TOO_LARGE');
    const lax = { maxTotalBytes: 1e12, maxEntryBytes: 1e12, maxRatio: 1e12, ratioMinBytes: 1e12, maxEntries: 100 };
    expect((await codeOf(readZipParts(patched, () => true, lax))).code).toBe('E_CORRUPT');
  });

  it('refuses a real compression-ratio bomb with E_TOO_LARGE', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', Buffer.alloc(24 * 1024 * 1024, 0x20));
    const buf = await zip.generateAsync({
      type: 'nodebuffer',
      compression: 'DEFLATE',
      compressionOptions: { level: 9 },
    });
    expect(buf.length).toBeLessThan(200 * 1024);
    expect((await codeOf(parseDocx(buf, 'bomb.docx'))).code).toBe('E_TOO_LARGE');
  });

  it('refuses a package whose declared sizes add up past the limit', async () => {
    const zip = new JSZip();
    zip.file('a.xml', 'x'.repeat(600));
    zip.file('b.xml', 'y'.repeat(600));
    const buf = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
    const limits = { maxTotalBytes: 1000, maxEntryBytes: 800, maxRatio: 500, ratioMinBytes: 1e6, maxEntries: 100 };
    expect((await codeOf(readZipParts(buf, () => true, limits))).code).toBe('E_TOO_LARGE');
    expect((await readZipParts(buf, () => true, { ...limits, maxTotalBytes: 2000 })).get('a.xml')?.length).toBe(600);
  });

  it('refuses XML with a DTD (external entities) and never fetches or reads it', async () => {
    let hits = 0;
    const server = createServer((_req, res) => {
      hits++;
      res.end('FETCHED-BY-ENTITY');
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const port = (server.address() as AddressInfo).port;
    try {
      const prolog = `<!DOCTYPE w:document [<!ENTITY xf SYSTEM "file:///etc/passwd"><!ENTITY xh SYSTEM "http://127.0.0.1:${port}/x">]>`;
      const buf = await makeDocx({
        documentProlog: prolog,
        body: '<w:p><w:r><w:t>A&xf;B&xh;C</w:t></w:r></w:p>',
      });
      const r = await codeOf(parseDocx(buf, 'xxe.docx'));
      expect(r.code).toBe('E_CORRUPT');
      expect(r.message).toMatch(/DTD/);

      // the readers behind the guard do not resolve entities either
      const html = await mammoth.convertToHtml({ buffer: buf }).then(
        (x) => x.value,
        (e: unknown) => String(e),
      );
      expect(html).not.toMatch(/root:|FETCHED/);
      const xml = `<?xml version="1.0"?>${prolog}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>A&xf;B&xh;C</w:t></w:r></w:p></w:body></w:document>`;
      expect(readDocParagraphs(xml)[0].key).not.toMatch(/root|FETCHED/);
      await new Promise((ok) => setTimeout(ok, 100));
      expect(hits).toBe(0);
    } finally {
      server.close();
    }
  });
});

/** Rewrites the uncompressed size an entry declares, in its local header and the central directory. */
function declareSize(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  const nameBytes = Buffer.from(name);
  for (let i = 0; i < out.length - 46; i++) {
    const sig = out.readUInt32LE(i);
    if (sig === 0x04034b50 && out.subarray(i + 30, i + 30 + nameBytes.length).equals(nameBytes))
      out.writeUInt32LE(size, i + 22);
    if (sig === 0x02014b50 && out.subarray(i + 46, i + 46 + nameBytes.length).equals(nameBytes))
      out.writeUInt32LE(size, i + 24);
  }
  return out;
}

describe('parseDocx reads mammoth’s document without its HTML', async () => {
  const path = new URL('../../fixtures/corpus/o-gonggongfalv-2024.docx', import.meta.url).pathname;
  const doc = await parseDocx(readFileSync(path), path);
  const texts = doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [ptext(b)] : []));

  it('puts the footnotes after the body, numbered where they are referred to, without the HTML back-link arrow', () => {
    const note = texts.find((t) => t.startsWith('到位率＝实际到位资金÷预算资金×100%'));
    expect(note).toBe('到位率＝实际到位资金÷预算资金×100%；预算执行率＝实际支出÷实际到位资金×100%。');
    expect(texts.indexOf(note!)).toBeGreaterThan(texts.length - 3);
    expect(texts.some((t) => /\[1\]/.test(t))).toBe(true);
  });
});
