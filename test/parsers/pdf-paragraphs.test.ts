import { describe, expect, it } from 'vitest';
import { type BodyMetrics, startsParagraph } from '../../src/parsers/pdf-paragraphs.js';
import type { TextLine } from '../../src/parsers/pdf-text.js';

// A page of 12pt body text from x=90 to x=510, 18pt from baseline to baseline, paragraphs marked by indent.
const m: BodyMetrics = { left: 90, right: 510, pitch: 1.5, usesIndent: true, usesSpacing: false };
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
});
