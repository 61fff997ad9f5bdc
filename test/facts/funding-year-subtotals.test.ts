// A money table closing each year's items with a "YYYY年小计" row and all of them with a 合计 (V's 附件2): the 小计
// rows are subtotals, so the 合计 is the sum of the items (or of the 小计), never of both (src/facts/funding/tables.ts).
import { describe, expect, it } from 'vitest';
import sourceBreakdown from '../../rules/money/source-breakdown.js';
import { extractFunding } from '../../src/facts/funding/funding.js';
import { docFromText, runRule } from '../helpers.js';

const tr = (cells: string[]) =>
  `<tr>${cells.map((c) => (c.startsWith('@') ? `<td colspan="3">${c.slice(1)}</td>` : `<td>${c}</td>`)).join('')}</tr>`;
/** The 小计 and 合计 labels across 序号 | 年度 | 项目名称, as Word and LibreOffice merge them. */
const report = (total: string) =>
  docFromText(
    [
      '某医院2022—2023年度单位整体支出绩效评价报告',
      '一、基本情况',
      '附件2 重点项目明细表（单位：万元）',
      `<table>${[
        ['序号', '年度', '项目名称', '预算数', '实际支出'],
        ['1', '2022', '胸痛中心建设项目', '200.00', '173.62'],
        ['2', '2022', '信息化建设项目', '230.00', '226.35'],
        ['3', '2023', '重点专科建设项目', '1,200.00', '1,159.49'],
        ['4', '2023', '古南院区改造项目', '380.00', '336.78'],
        ['@2022年小计', '430.00', '399.97'],
        ['@2023年小计', '1,580.00', '1,496.27'],
        ['@合计', total, '1,896.24'],
      ]
        .map(tr)
        .join('')}</table>`,
    ].join('\n\n'),
    'md',
  );

describe('per-year 小计 rows in a money table', () => {
  it('are subtotals, neither parts of the 合计 nor items', () => {
    const figures = extractFunding(report('2,010.00')).figures.filter((f) => f.origin === 'table');
    const subtotals = figures.filter((f) => /年小计$/.test(f.label));
    expect(subtotals.length).toBeGreaterThan(0);
    expect(subtotals.every((f) => f.source === null)).toBe(true);
  });
  it('leave a 合计 that is the sum of the items unflagged', () => {
    expect(runRule(sourceBreakdown, report('2,010.00'))).toEqual([]);
  });
  it('still let a wrong 合计 be found against its items', () => {
    const found = runRule(sourceBreakdown, report('2,100.00'));
    expect(found.map((f) => [f.actual, f.expected])).toEqual([['2100万元', '2010万元']]);
  });
});
