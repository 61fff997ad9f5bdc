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

// V's PDF (12pt, justified to the margin): a sentence broken off at the line end where the next line starts like
// numbering, "…权重分别为" / "15、25、30、30；…", "…评分情况见" / "附件1。", "…见表" / "4、表5。"
describe('PDF lines that continue the sentence of the line before', () => {
  const weights = line('点，设置投入、过程、产出、效益4个一级指标，权重分别为', 0, 511);
  const tail = line('15、25、30、30；设二级指标13个、三级指标33个，总权重100。评价结', 1);

  it('joins a numbered-looking line to a full line that breaks off inside its sentence', () => {
    expect(startsParagraph(weights, tail, m, true)).toBe(false);
    const see = line('60分（含）至80分为“中”，60分以下为“差”。指标体系和评分情况见', 0, 510.7);
    expect(startsParagraph(see, line('附件1。', 1, 150), m, true)).toBe(false);
    const table = line('支出2024年为36,922.34万元，商品和服务支出23,166.96万元。见表', 0, 511.3);
    expect(startsParagraph(table, line('4、表5。', 1, 160), m, true)).toBe(false);
    // the first line of a paragraph, indented, breaks off the same way
    expect(
      startsParagraph(line('评价组设置投入、过程、产出、效益4个一级指标，权重分别为', 0, 510, 114), tail, m, true),
    ).toBe(false);
  });

  it('joins it across a page break, but not after a right-aligned date', () => {
    expect(startsParagraph(weights, tail, m, false)).toBe(false);
    const date = line('2025年5月20日', 0, 510, 420);
    expect(startsParagraph(date, line('附件1 绩效评价评分表', 1, 300), m, false)).toBe(true);
    const long = line('附件1 重庆市綦江区人民医院2022—2024年度单位整体支出绩效评价指标体系及评分表', 1);
    expect(startsParagraph(date, long, m, false)).toBe(true);
    // nor after a line standing out left of the body's margin
    expect(
      startsParagraph(line('评价组设置投入、过程、产出、效益4个一级指标，权重分别为', 0, 510, 70), tail, m, true),
    ).toBe(true);
  });

  it('keeps a short line with no sentence end a heading, though the line above breaks off', () => {
    const see = line('60分（含）至80分为“中”，60分以下为“差”。指标体系和评分情况见', 0, 510.7);
    expect(startsParagraph(see, line('附件1。', 1, 150), m, true)).toBe(false);
    expect(startsParagraph(see, line('附件1 指标体系及评分表', 1, 300), m, true)).toBe(true);
    expect(startsParagraph(weights, line('（三）项目产出（权重20分）', 1, 300), m, true)).toBe(true);
  });

  it('keeps a heading after a line that ends a sentence or ends short of the margin', () => {
    expect(startsParagraph(weights, tail, m, true)).toBe(false);
    expect(startsParagraph(line('本次评价设置投入、过程、产出、效益4个一级指标，权重如下：', 0), tail, m, true)).toBe(
      true,
    );
    expect(startsParagraph(line('评价组设置4个一级指标，权重分别为', 0, 300), tail, m, true)).toBe(true);
  });

  it('keeps an entry of contents or a numbered heading that fills its line a line of its own', () => {
    expect(startsParagraph(weights, tail, m, true)).toBe(false);
    const contents = line('（三）项目绩效目标…………………………………………………………3', 0, 510, 114);
    expect(startsParagraph(contents, line('二、评价工作开展情况……………………………………………3', 1), m, true)).toBe(true);
    const preface = line('前言.................................................................................1', 0);
    expect(
      startsParagraph(preface, line('一、项目基本情况...............................................2', 1), m, true),
    ).toBe(true);
    const heading = line('（一）决策（指标分值15分，评价得分15分，得分率100%，未扣分', 0);
    expect(startsParagraph(heading, line('1、项目立项', 1, 150), m, true)).toBe(true);
    const filled = line('（一）项目决策情况分析：立项依据充分、程序规范、目标明确', 0);
    expect(
      startsParagraph(filled, line('1、项目立项。该项目经县政府常务会议研究确定，列入年度预算。', 1), m, true),
    ).toBe(true);
  });

  it('keeps a heading that is indented, set off by a gap, or of another size', () => {
    expect(startsParagraph(weights, tail, m, true)).toBe(false);
    expect(startsParagraph(weights, line('（一）评价方法。评价组采用比较法和公众评判法。', 1, 400, 114), m, true)).toBe(
      true,
    );
    const below = {
      ...line('三、评价结论。综合得分88.01分，评价等级为“良”。', 1, 400),
      baseline: 100 + 30,
      top: 118,
      bottom: 130,
    };
    expect(startsParagraph(weights, below, m, true)).toBe(true);
    const big = { ...line('三、评价结论', 1, 200), size: 16, lead: 16 };
    expect(startsParagraph(weights, big, m, true)).toBe(true);
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
