// A row that lost a cell at its front stands left of its columns (src/structure/shifted-rows.ts): pandoc's
// markdown of html-to-docx's merged cells (U's 表12) writes "|  | A1-2 | 政策目标合理性 | 3.00 | … |  |".
import { describe, expect, it } from 'vitest';
import { rowTexts } from '../../src/structure/grid.js';
import type { Document } from '../../src/model/document.js';
import { docFromText } from '../helpers.js';

const md = (...rows: string[][]) =>
  docFromText(
    [
      '表12 指标体系',
      [rows[0], rows[0].map(() => '---'), ...rows.slice(1)].map((r) => `| ${r.join(' | ')} |`).join('\n'),
    ].join('\n\n'),
    'md',
  );
const row = (doc: Document, r: number) => rowTexts(doc.tables[0], r);

const HEAD = ['一级指标', '二级指标', '编码', '三级指标', '权重', '指标解释'];
const SYSTEM = [
  HEAD,
  ['A 决策', 'A1 政策设立', 'A1-1', '政策依据充分性', '3.00', '是否符合规定'],
  ['', 'A1-2', '政策目标合理性', '3.00', '目标是否相符', ''],
  ['', 'A2 资金分配', 'A2-1', '分配办法科学性', '3.00', '是否采用因素法'],
  ['', 'A2-2', '分配结果合理性', '3.00', '结果是否匹配', ''],
  ['B 过程', 'B1 资金管理', 'B1-1', '资金到位率', '4.00', '到位资金÷下达资金'],
];

describe('a row that fits its columns only moved right by the cells its end lacks', () => {
  const doc = md(...SYSTEM);
  it('is put back: its code under 编码, its 权重 under 权重', () => {
    expect(row(doc, 2).slice(2)).toEqual(['A1-2', '政策目标合理性', '3.00', '目标是否相符']);
    expect(row(doc, 4).slice(2)).toEqual(['A2-2', '分配结果合理性', '3.00', '结果是否匹配']);
    // the rows that were whole stay as they are
    expect(row(doc, 3).slice(2)).toEqual(['A2-1', '分配办法科学性', '3.00', '是否采用因素法']);
  });
  it('is moved by as many cells as its end lacks (two lost: 二级 and 编码)', () => {
    const two = md(...SYSTEM.slice(0, 2), ['', '政策目标合理性', '3.00', '目标是否相符', '', ''], ...SYSTEM.slice(3));
    expect(row(two, 2).slice(3)).toEqual(['政策目标合理性', '3.00', '目标是否相符']);
  });
  it('leaves the table read well (no words under 权重)', () => {
    expect(doc.tables[0].reading.confidence).toBe('good');
  });
});

describe('rows that are not moved', () => {
  it('a row short at its end whose cells already fit their columns (a 合计 with no 指标解释)', () => {
    const doc = md(...SYSTEM.filter((_, i) => i !== 2 && i !== 4), ['', '', '合计', '', '10.00', '']);
    expect(row(doc, doc.tables[0].rows - 1).slice(2, 5)).toEqual(['合计', '', '10.00']);
  });
  it('a row that would still not fit when moved (words under 权重 either way): left as written', () => {
    const doc = md(
      ...SYSTEM.slice(0, 2),
      ['', 'A1-2', '政策目标合理性', '目标是否相符', '3.00', ''],
      ...SYSTEM.slice(3),
    );
    expect(row(doc, 2).slice(1, 5)).toEqual(['A1-2', '政策目标合理性', '目标是否相符', '3.00']);
  });
  it('a row that opens with its own first cell (nothing lost at its front)', () => {
    const doc = md(
      ...SYSTEM.slice(0, 2),
      ['A1-2', '政策目标合理性', '3.00', '目标是否相符', '说明', ''],
      ...SYSTEM.slice(3),
    );
    expect(row(doc, 2).slice(0, 3)).toEqual(['A1-2', '政策目标合理性', '3.00']);
  });
});
