// What a PDF-to-markdown converter gives: # headings, soft-wrapped lines, an
// image, a page-number line, stray <p>, and an HTML table with spans.
import { describe, expect, it } from 'vitest';
import { rowTexts } from '../../src/structure/grid.js';
import { fixture, readFixture } from '../helpers.js';

describe('converter-made markdown', async () => {
  const doc = await readFixture(fixture('md', 'converter-output.md'));

  it('finds the title and cover fields', () => {
    expect(doc.title).toBe('2023年度某县农村饮水安全巩固提升工程项目绩效自评报告');
    expect(doc.cover.map((c) => [c.key, c.value])).toEqual([
      ['项目主管部门', '某县水利局'],
      ['评价时间', '2024年4月'],
    ]);
  });

  it('builds the section tree from the numbered headings', () => {
    expect(doc.sections.map((s) => `${s.level}:${s.numbering}${s.title}`)).toEqual([
      '1:一、项目基本情况',
      '2:（一）项目概况',
      '2:（二）资金投入和使用情况',
      '1:二、绩效评价指标分析',
      '1:三、评价结论',
    ]);
  });

  it('joins soft-wrapped lines and drops page-number lines and images', () => {
    const texts = doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(texts).toContain(
      '2023年度某县农村饮水安全巩固提升工程项目（以下简称“本项目”）由某县水利局组织实施，主要建设内容为新建供水管网42公里，改造水厂2座。',
    );
    expect(texts.some((t) => /^-?3-?$/.test(t) || t.includes('- 3 -'))).toBe(false);
    expect(texts.some((t) => t.includes('images/'))).toBe(false);
    expect(texts).toContain('评价组按照评分标准，对各项指标逐项打分：');
  });

  it('reads the HTML table with its spans and source lines', () => {
    const t = doc.tables[0];
    expect([t.rows, t.cols]).toEqual([5, 5]);
    const top = t.cells[t.grid[1][0]];
    expect(top).toMatchObject({ text: '决策', rowSpan: 2 });
    expect(t.grid[2][0]).toBe(t.grid[1][0]);
    expect(rowTexts(t, 2)).toEqual(['决策', '20', '绩效目标', '10', '9']);
    expect(rowTexts(t, 4)).toEqual(['合计', '合计', '合计', '合计', '38']);
    // 资金管理 stands on line 30 of the file (counted by hand)
    expect(t.cells[t.grid[3][2]].lines[0].line).toBe(30);
  });
});
