import { describe, expect, it } from 'vitest';
import { type BodyMetrics, measureBody, startsParagraph } from '../../src/parsers/pdf-paragraphs.js';
import type { TextLine } from '../../src/parsers/pdf-text.js';

// A page of 12pt body text from x=90 to x=510, 18pt from baseline to baseline, paragraphs marked by indent.
const m: BodyMetrics = {
  left: 90,
  right: 510,
  pitch: 1.5,
  usesIndent: true,
  usesSpacing: false,
  paragraphPitch: null,
};
const line = (text: string, row: number, right = 510, left = 90): TextLine => ({
  text,
  left,
  right,
  top: 100 + row * 18 - 12,
  bottom: 100 + row * 18,
  baseline: 100 + row * 18,
  size: 12,
  lead: 12,
});

describe('PDF lines into paragraphs', () => {
  it('joins a wrapped line that closes the bracket the line above opened, though it starts like 附件', () => {
    const prev = line('核后由县财政局直接拨付至个人或单位账户，两年共拨付42批次（见', 0);
    const cur = line('附件4）。', 1, 150);
    expect(startsParagraph(prev, cur, m, true)).toBe(false);
    // across a page break too
    expect(startsParagraph(prev, cur, m, false)).toBe(false);
  });

  it('starts a paragraph at a real 附件 heading after a full stop', () => {
    const prev = line('两年共拨付42批次（详见附件）。', 0, 300);
    expect(startsParagraph(prev, line('附件4 就业补助资金绩效评价评分表', 1, 400), m, true)).toBe(true);
  });

  it('starts a paragraph at a numbered heading, even one ending in its own bracket, after an open bracket', () => {
    const prev = line('资金拨付情况如下（单位：万元，各批次按县人社局审核后的名单拨付至个人', 0);
    expect(startsParagraph(prev, line('（三）项目产出（权重20分）', 1, 300), m, true)).toBe(true);
    const done = line('培训补贴按人次核定后拨付，全年共核定补贴对象三百余人次。', 0, 480);
    expect(startsParagraph(done, line('（三）项目产出情况', 1, 250), m, true)).toBe(true);
  });

  it('starts a paragraph at a numbering written with a Kangxi radical (W\'s wkhtmltopdf: "（⼀）" for "（一）")', () => {
    // the line above is full to the margin and the heading is not indented: its numbering is all there is
    const prev = line('造项⽬95.92分。各项⽬按项⽬⽀出绩效⾃评表分别计分，每个项⽬满分100分。', 0);
    expect(startsParagraph(prev, line('（⼀）城乡最低⽣活保障市级补助资⾦', 1, 400), m, true)).toBe(true);
    expect(startsParagraph(prev, line('⼆、部门预算收⽀情况', 1, 300), m, true)).toBe(true);
    // a radical that is no numeral opens no heading
    expect(startsParagraph(prev, line('（⼊）库房⾯积⽐上年增加，结算已于年底完成', 1), m, true)).toBe(false);
  });
});

// S's PDF (LibreOffice, Writer's "Text Body"): 16pt lines 26.4pt apart (1.65), no first-line indent, each paragraph
// followed by 0.25 cm, so the first line of the next one stands 33.6pt (2.10) below the last line of the one before
describe('PDF paragraphs marked by a small spacing after them', () => {
  const at = (text: string, baseline: number, right = 522): TextLine => ({
    text,
    left: 80,
    right,
    top: baseline - 16,
    bottom: baseline,
    baseline,
    size: 16,
    lead: 16,
  });
  const spaced: BodyMetrics = {
    left: 80,
    right: 522,
    pitch: 1.65,
    usesIndent: false,
    usesSpacing: true,
    paragraphPitch: 2.1,
  };
  const last = at('意度2个三级指标，得9.5分。农户满意度88.6%，扣0.5分。', 297.1, 533.8);

  it('starts a paragraph after a sentence that ends at the margin when the gap is the paragraph spacing', () => {
    expect(startsParagraph(last, at('综上，我局2024年度部门整体支出绩效自评得分99.84分，', 330.7), spaced, true)).toBe(
      true,
    );
  });

  it('joins the same lines at a line pitch, or when the line above ends no sentence', () => {
    expect(startsParagraph(last, at('综上，我局2024年度部门整体支出绩效自评得分99.84分，', 323.5), spaced, true)).toBe(
      false,
    );
    const open = at('意度2个三级指标，得9.5分。农户满意度88.6%，扣0.5分，其', 297.1);
    expect(startsParagraph(open, at('余各项均达到年度目标。', 330.7, 300), spaced, true)).toBe(false);
  });

  it('does not take a gap narrower than the fixed threshold as a paragraph start where no spacing was measured', () => {
    expect(
      startsParagraph(
        last,
        at('综上，我局2024年度部门整体支出绩效自评得分99.84分，', 330.7),
        { ...spaced, paragraphPitch: null },
        true,
      ),
    ).toBe(false);
  });

  // a page of paragraphs, each of three full lines and a short last one; `gap` the distance after the short line
  const page = (paragraphs: number, gap: number): TextLine[] => {
    const lines: TextLine[] = [];
    let y = 100;
    for (let p = 0; p < paragraphs; p++) {
      for (let i = 0; i < 3; i++) {
        lines.push(at('一二三四五六七八九十一二三四五六七八九十', y));
        y += 26.4;
      }
      lines.push(at('一二三四五六七八九十。', y, 300));
      y += gap;
    }
    return lines;
  };

  it('measures the paragraph spacing from the gaps after short lines', () => {
    const body = measureBody([page(8, 33.6)]);
    expect(body.pitch).toBeCloseTo(1.65, 2);
    expect(body.paragraphPitch).toBeCloseTo(2.1, 2);
  });

  it('measures none where the gap after a short line is a line pitch, or seen too seldom', () => {
    expect(measureBody([page(8, 26.4)]).paragraphPitch).toBeNull();
    expect(measureBody([page(3, 33.6)]).paragraphPitch).toBeNull();
  });
});
