// A 小计 column (src/facts/funding/subtotal-columns.ts): in each row the sum of the columns it closes, read
// only when every row adds up or the 合计 row tells which one cell is wrong.
import { describe, expect, it } from 'vitest';
import { columnTotals, type ColumnTotal } from '../../src/facts/funding/table-totals.js';
import { docFromText } from '../helpers.js';

const txt = (...parts: string[]) => docFromText(['某专项资金绩效评价报告', '一、项目基本情况', ...parts].join('\n\n'));
const md = (...parts: string[]) =>
  docFromText(['某县农村供水工程绩效评价报告', '一、项目基本情况', ...parts].join('\n\n'), 'md');
const sums = (cs: ColumnTotal[]) =>
  cs.map(
    (c) => `${c.scope} ${c.group ?? ''} ${c.header}: ${c.total.q.text} = ${c.parts.map((p) => p.q?.text).join(' + ')}`,
  );

/** By year: 市县小计 closes the two columns before it; 省本级 and 合计 stand beside it. */
const byYear = (...replace: [string, string][]) => {
  let rows = [
    '年度\t传承人补助\t非遗工坊\t市县小计\t省本级\t合计',
    '2021年\t1,260.00\t1,800.00\t3,060.00\t540.00\t3,600.00',
    '2022年\t1,320.00\t2,100.00\t3,420.00\t580.00\t4,000.00',
    '2023年\t1,380.00\t2,300.00\t3,680.00\t720.00\t4,400.00',
    '合计\t3,960.00\t6,200.00\t10,160.00\t1,840.00\t12,000.00',
  ].join('\n');
  for (const [from, to] of replace) rows = rows.replace(from, to);
  return txt('表1 分年度预算安排情况（单位：万元）', rows);
};
const rowSums = (cs: ColumnTotal[]) => sums(cs.filter((c) => c.scope === 'row'));

describe('a 小计 column after the columns it closes', () => {
  it('is the sum of the columns since the row labels, in each row and the 合计 row', () => {
    expect(rowSums(columnTotals(byYear()))).toEqual([
      'row 2021年 市县小计: 3,060.00 = 1,260.00 + 1,800.00',
      'row 2022年 市县小计: 3,420.00 = 1,320.00 + 2,100.00',
      'row 2023年 市县小计: 3,680.00 = 1,380.00 + 2,300.00',
      'row 合计 市县小计: 10,160.00 = 3,960.00 + 6,200.00',
    ]);
  });
  it('one wrong cell, its column adding up only as its row does: that cell is held to its row, the 合计 below not to the column', () => {
    const cs = columnTotals(byYear(['3,420.00', '3,240.00']));
    expect(rowSums(cs)[1]).toBe('row 2022年 市县小计: 3,240.00 = 1,320.00 + 2,100.00');
    expect(cs.filter((c) => c.scope === 'table').map((c) => c.header)).toEqual([
      '传承人补助',
      '非遗工坊',
      '省本级',
      '合计',
    ]);
  });
  it('says nothing when two rows do not add up, or one does not and the 合计 row does not tell it', () => {
    expect(rowSums(columnTotals(byYear(['3,420.00', '3,240.00'], ['3,680.00', '3,860.00'])))).toEqual([]);
    // 1,320.00 written 1,230.00: its own column no longer adds up, so the 小计 cell is not the one to blame
    expect(rowSums(columnTotals(byYear(['1,320.00', '1,230.00'])))).toEqual([]);
  });
});

describe('a 小计 column under a header spanning the columns it closes', () => {
  const table = (unit: string, sub2: string) =>
    md(
      '表2 投资情况表',
      `<table><tr><td rowspan="2">乡镇</td><td colspan="3">${unit}</td><td rowspan="2">受益人口（人）</td></tr>` +
        '<tr><td>中央资金</td><td>省级资金</td><td>小计</td></tr>' +
        '<tr><td>城关镇</td><td>600.00</td><td>400.00</td><td>1,000.00</td><td>19,640</td></tr>' +
        `<tr><td>杭埠镇</td><td>700.00</td><td>626.58</td><td>${sub2}</td><td>28,290</td></tr>` +
        '<tr><td>千人桥镇</td><td>800.00</td><td>408.72</td><td>1,208.72</td><td>36,870</td></tr>' +
        '<tr><td>合计</td><td>2,100.00</td><td>1,435.30</td><td>3,535.30</td><td>84,800</td></tr></table>',
    );
  it("is the sum of the columns under that header, its unit the header's", () => {
    expect(rowSums(columnTotals(table('投资（万元）', '1,326.58')))).toEqual([
      'row 城关镇 小计: 1,000.00 = 600.00 + 400.00',
      'row 杭埠镇 小计: 1,326.58 = 700.00 + 626.58',
      'row 千人桥镇 小计: 1,208.72 = 800.00 + 408.72',
      'row 合计 小计: 3,535.30 = 2,100.00 + 1,435.30',
    ]);
    const totals = columnTotals(table('投资（万元）', '1,326.58'));
    expect(totals.filter((c) => c.scope === 'row').every((c) => c.kind === 'money')).toBe(true);
    // under the header of two rows each column is totalled too, named by its group and its own label
    expect(totals.filter((c) => c.scope === 'table').map((c) => [c.header, c.kind])).toEqual([
      ['投资（万元）·中央资金', 'money'],
      ['投资（万元）·省级资金', 'money'],
      ['投资（万元）·小计', 'money'],
      ['受益人口（人）', 'count'],
    ]);
  });
  it("is not read when the header names a unit of neither money nor people (管网（公里）, as Q's 附件4)", () => {
    expect(rowSums(columnTotals(table('管网（公里）', '1,326.58')))).toEqual([]);
  });
  it('holds the one wrong cell to its row', () => {
    expect(rowSums(columnTotals(table('投资（万元）', '1,362.58')))[1]).toBe(
      'row 杭埠镇 小计: 1,362.58 = 700.00 + 626.58',
    );
  });
});
