// A table of groups closed by 小计 rows (src/facts/funding/table-groups.ts, table-totals.ts): which rows each
// 小计 totals, and which sums the column check may hold the table to.
import { describe, expect, it } from 'vitest';
import { columnTotals, type ColumnTotal } from '../../src/facts/funding/table-totals.js';
import { readGroups } from '../../src/facts/funding/table-groups.js';
import type { Table } from '../../src/model/document.js';
import { docFromText } from '../helpers.js';

/** An HTML table; a cell "@N text" spans N rows (a label merged down the first column). */
const html = (...rows: string[][]) =>
  `<table>${rows.map((r) => `<tr>${r.map((c) => (c.startsWith('@') ? `<td rowspan="${c[1]}">${c.slice(3)}</td>` : `<td>${c}</td>`)).join('')}</tr>`).join('')}</table>`;
const md = (...parts: string[]) =>
  docFromText(['某县农村供水工程绩效评价报告', '一、项目基本情况', ...parts].join('\n\n'), 'md');
const txt = (...parts: string[]) =>
  docFromText(['某县农村供水工程绩效评价报告', '一、项目基本情况', ...parts].join('\n\n'));
const groupsOf = (t: Table) => {
  const g = readGroups(t, t.rows - 1);
  return (
    g && {
      itemCol: g.itemCol,
      groups: g.groups.map((x) => `${x.label}:${x.rows.join(',')}→${x.subtotal}`),
      loose: g.loose,
    }
  );
};
/** Each sum the column check is given: scope, group, column header, total = parts. */
const sums = (cs: ColumnTotal[]) =>
  cs.map(
    (c) =>
      `${c.scope}${c.group ? ' ' + c.group : ''} ${c.header}: ${c.total.q.text} = ${c.parts.map((p) => p.q?.text ?? '—').join(' + ')}`,
  );

const HEAD = ['乡镇', '序号', '子项目', '受益人口（人）', '投资（万元）'];

describe('groups under a label merged down the first column, the 小计 in the second', () => {
  const doc = md(
    '表1 子项目一览表',
    html(
      HEAD,
      ['@3 城关镇', '1', '河桥村管网工程', '2,440', '114.99'],
      ['2', '石冲村水厂改造', '3,420', '174.66'],
      ['小计', '', '5,860', '289.65'],
      ['@4 杭埠镇', '3', '三冲村管网改造', '4,690', '120.10'],
      ['4', '杨岗村入户工程', '3,300', '116.46'],
      ['5', '马冲村管网延伸', '1,350', '180.15'],
      ['小计', '', '9,340', '416.71'],
      ['合计', '', '', '15,200', '706.36'],
    ),
  );
  it('reads each 小计 as the rows since its label', () => {
    expect(groupsOf(doc.tables[0])).toEqual({ itemCol: 1, groups: ['城关镇:1,2→3', '杭埠镇:4,5,6→7'], loose: [] });
  });
  it('holds each 小计 to its rows and the 合计 to the 小计 rows, people and money alike', () => {
    expect(sums(columnTotals(doc))).toEqual([
      'group 城关镇 受益人口（人）: 5,860 = 2,440 + 3,420',
      'group 杭埠镇 受益人口（人）: 9,340 = 4,690 + 3,300 + 1,350',
      'table 受益人口（人）: 15,200 = 5,860 + 9,340',
      'group 城关镇 投资（万元）: 289.65 = 114.99 + 174.66',
      'group 杭埠镇 投资（万元）: 416.71 = 120.10 + 116.46 + 180.15',
      'table 投资（万元）: 706.36 = 289.65 + 416.71',
    ]);
    expect(columnTotals(doc).map((c) => c.kind)).toEqual(['count', 'count', 'count', 'money', 'money', 'money']);
  });
  it("names the 合计's parts by their group, a group's rows by their words, not their 序号", () => {
    const [city, , total] = columnTotals(doc);
    expect(city.parts.map((p) => p.label)).toEqual(['河桥村管网工程', '石冲村水厂改造']);
    expect(total.parts.map((p) => p.label)).toEqual(['城关镇小计', '杭埠镇小计']);
  });
});

describe('groups whose label a converter flattens ("2021年 | 小计 | 664.00": the label on the first row only)', () => {
  const doc = txt(
    '表2 分年度资金情况（单位：万元）',
    [
      '年度\t资金来源\t金额',
      '2021年\t中央资金\t400.00',
      '\t省级资金\t264.00',
      '\t小计\t664.00',
      '2022年\t中央资金\t500.00',
      '\t省级资金\t300.00',
      '\t小计\t800.00',
      '合计\t\t1,464.00',
    ].join('\n'),
  );
  it('reads the same groups', () => {
    expect(groupsOf(doc.tables[0])).toEqual({ itemCol: 1, groups: ['2021年:1,2→3', '2022年:4,5→6'], loose: [] });
    expect(sums(columnTotals(doc))).toEqual([
      'group 2021年 金额: 664.00 = 400.00 + 264.00',
      'group 2022年 金额: 800.00 = 500.00 + 300.00',
      'table 金额: 1,464.00 = 664.00 + 800.00',
    ]);
  });
});

describe('a 小计 in the first column, without labels', () => {
  const doc = txt(
    '表3 资金来源情况表（单位：万元）',
    [
      '资金来源\t预算数',
      '中央资金\t300.00',
      '省级资金\t200.00',
      '小计\t500.00',
      '县级资金\t100.00',
      '合计\t600.00',
    ].join('\n'),
  );
  it("totals the rows since the table's head; a row after the last 小计 is a part of the 合计 on its own", () => {
    expect(groupsOf(doc.tables[0])).toEqual({ itemCol: 0, groups: [':1,2→3'], loose: [4] });
    expect(sums(columnTotals(doc))).toEqual([
      'group 预算数: 500.00 = 300.00 + 200.00',
      'table 预算数: 600.00 = 500.00 + 100.00',
    ]);
  });
});

describe('a 小计 row that names its group in the first column ("2023年度小计", as a list of disbursements by year)', () => {
  const doc = (sub: string) =>
    md(
      '附件4 资金拨付明细表',
      html(
        ['序号', '资金年度', '补贴类别', '金额（元）'],
        ['1', '2023', '培训补贴', '858,800.00'],
        ['2', '2023', '见习补贴', '400,500.00'],
        ['<td colspan="3">2023年度小计', '1,259,300.00'],
        ['3', '2024', '培训补贴', '658,100.00'],
        ['4', '2024', '见习补贴', '401,600.00'],
        ['<td colspan="3">2024年度小计', sub],
        ['<td colspan="3">合计', '2,319,000.00'],
      ).replace(/<td><td colspan="3">/g, '<td colspan="3">'),
    );
  it('closes the rows since the last 小计, named by what stands before 小计', () => {
    expect(groupsOf(doc('1,059,700.00').tables[0])).toEqual({
      itemCol: 0,
      groups: ['2023年度:1,2→3', '2024年度:4,5→6'],
      loose: [],
    });
  });
  it('is held to its rows when it alone is wrong (658,100.00 + 401,600.00 = 1,059,700.00)', () => {
    expect(sums(columnTotals(doc('1,095,700.00')))).toEqual([
      'group 2023年度 金额（元）: 1,259,300.00 = 858,800.00 + 400,500.00',
      'group 2024年度 金额（元）: 1,095,700.00 = 658,100.00 + 401,600.00',
      'table 金额（元）: 2,319,000.00 = 858,800.00 + 400,500.00 + 658,100.00 + 401,600.00',
    ]);
  });
});

describe('a group a page cut, its label cell started again empty on the next piece', () => {
  const doc = md(
    '表1 子项目一览表',
    html(
      HEAD,
      ['@3 城关镇', '1', '河桥村管网工程', '2,440', '114.99'],
      ['2', '石冲村水厂改造', '3,420', '174.66'],
      ['小计', '', '5,860', '289.65'],
      ['@2 杭埠镇', '3', '三冲村管网改造', '4,690', '120.10'],
      ['4', '杨岗村入户工程', '3,300', '116.46'],
    ),
    html(
      HEAD,
      ['@2 ', '5', '马冲村管网延伸', '1,350', '180.15'],
      ['小计', '', '9,340', '416.71'],
      ['合计', '', '', '15,200', '706.36'],
    ),
  );
  it('is one group across the cut', () => {
    expect(doc.tables).toHaveLength(1);
    expect(groupsOf(doc.tables[0])).toEqual({ itemCol: 1, groups: ['城关镇:1,2→3', '杭埠镇:4,5,6→7'], loose: [] });
  });
});

describe('labels written beside the middle of their rows, as text laid out by page writes a merged cell', () => {
  const doc = (sub2: string) =>
    txt(
      '表1 子项目投资情况表（单位：万元）',
      [
        '乡镇\t序号\t投资',
        '\t1\t114.99',
        '城关镇\t2\t174.66',
        '\t3\t100.00',
        '\t小计\t389.65',
        '\t4\t120.10',
        '杭埠镇\t5\t116.46',
        '\t6\t180.15',
        `\t小计\t${sub2}`,
        '合计\t\t806.36',
      ].join('\n'),
    );
  it('are read as the rows since the last 小计, under which each 小计 adds up', () => {
    // by label the groups would start at 城关镇's and 杭埠镇's rows, and neither 小计 would add up
    const t = doc('416.71').tables[0];
    expect(groupsOf(t)?.groups).toEqual(['城关镇:2,3→4', '杭埠镇:6,7→8']);
    expect(readGroups(t, t.rows - 1, false)?.groups.map((g) => `${g.label}:${g.rows.join(',')}→${g.subtotal}`)).toEqual(
      ['城关镇:1,2,3→4', '杭埠镇:5,6,7→8'],
    );
    expect(sums(columnTotals(doc('416.71')))).toEqual([
      'group 城关镇 投资: 389.65 = 114.99 + 174.66 + 100.00',
      'group 杭埠镇 投资: 416.71 = 120.10 + 116.46 + 180.15',
      'table 投资: 806.36 = 389.65 + 416.71',
    ]);
  });
  it('so that one wrong 小计 is still held to its rows', () => {
    expect(sums(columnTotals(doc('461.71')))[1]).toBe('group 杭埠镇 投资: 461.71 = 120.10 + 116.46 + 180.15');
  });
});

describe('a label standing alone before a group: its rows are parts of the 合计 on their own', () => {
  const doc = txt(
    '表4 资金使用情况（单位：万元）',
    [
      '类别\t项目\t支出数',
      '管理费\t评审费\t20.00',
      '工程\t管网\t300.00',
      '\t水厂\t200.00',
      '\t小计\t500.00',
      '合计\t\t520.00',
    ].join('\n'),
  );
  it('starts the group at the last label before its 小计', () => {
    expect(groupsOf(doc.tables[0])).toEqual({ itemCol: 1, groups: ['工程:2,3→4'], loose: [1] });
    expect(sums(columnTotals(doc)).at(-1)).toBe('table 支出数: 520.00 = 20.00 + 500.00');
  });
});

describe('which sums a table of groups is held to', () => {
  /** Three townships; with `people`, a column of 受益人口 that adds up (2,440 + 3,420; 4,690 + 3,300; 3,870 + 5,050). */
  const towns = (sub2: string, sub3: string, total: string, people = false) => {
    const p = (n: string) => (people ? `\t${n}` : '');
    return txt(
      '表1 子项目投资情况表（单位：万元）',
      [
        `乡镇\t序号${p('受益人口（人）')}\t投资`,
        `城关镇\t1${p('2,440')}\t114.99`,
        `\t2${p('3,420')}\t174.66`,
        `\t小计${p('5,860')}\t289.65`,
        `杭埠镇\t3${p('4,690')}\t120.10`,
        `\t4${p('3,300')}\t116.46`,
        `\t小计${p('7,990')}\t${sub2}`,
        `千人桥镇\t5${p('3,870')}\t179.02`,
        `\t6${p('5,050')}\t122.49`,
        `\t小计${p('8,920')}\t${sub3}`,
        `合计\t${p('22,770')}\t${total}`,
      ].join('\n'),
    );
  };
  it('one 小计 off, the 合计 the sum of all rows: the 小计 is checked, the 合计 against the rows', () => {
    expect(sums(columnTotals(towns('263.56', '301.51', '827.72')))).toEqual([
      'group 城关镇 投资: 289.65 = 114.99 + 174.66',
      'group 杭埠镇 投资: 263.56 = 120.10 + 116.46',
      'group 千人桥镇 投资: 301.51 = 179.02 + 122.49',
      'table 投资: 827.72 = 114.99 + 174.66 + 120.10 + 116.46 + 179.02 + 122.49',
    ]);
  });
  it('one 小计 off, the 合计 the sum of the 小计 rows: the 合计 against the 小计 rows', () => {
    expect(sums(columnTotals(towns('263.56', '301.51', '854.72'))).at(-1)).toBe(
      'table 投资: 854.72 = 289.65 + 263.56 + 301.51',
    );
  });
  it('says nothing of a column where two 小计 are off, or one is and the 合计 agrees with neither sum', () => {
    // the people column beside it adds up, and is still read
    const read = (doc: ReturnType<typeof txt>) => columnTotals(doc).map((c) => `${c.scope} ${c.header}`);
    const people = ['group 受益人口（人）', 'group 受益人口（人）', 'group 受益人口（人）', 'table 受益人口（人）'];
    expect(read(towns('263.56', '310.51', '827.72', true))).toEqual(people);
    expect(read(towns('263.56', '301.51', '900.00', true))).toEqual(people);
  });
});

describe('tables left unread', () => {
  it("a score table, whose 小计 is one indicator's subtotal (a table of funds beside it is read)", () => {
    const doc = txt(
      '表11 决策指标得分情况表（单位：万元）',
      [
        '二级指标\t三级指标\t分值\t得分',
        '项目立项\t立项依据\t2\t2',
        '\t立项程序\t3\t3',
        '小计\t\t5\t5',
        '合计\t\t5\t5',
      ].join('\n'),
      '表3 资金来源情况表（单位：万元）',
      [
        '资金来源\t预算数',
        '中央资金\t300.00',
        '省级资金\t200.00',
        '小计\t500.00',
        '县级资金\t100.00',
        '合计\t600.00',
      ].join('\n'),
    );
    expect(doc.tables[0].reading.kind).toBe('scoring');
    expect(columnTotals(doc).map((c) => `${c.table.tableIndex} ${c.scope} ${c.header}`)).toEqual([
      '1 group 预算数',
      '1 table 预算数',
    ]);
  });
  it('a column whose header states a unit of neither money nor people ("管网（公里）")', () => {
    const doc = txt(
      '表5 管网情况表（单位：万元）',
      [
        '乡镇\t管网（公里）\t投资',
        '城关镇\t54.1\t1,263.40',
        '杭埠镇\t77.6\t1,326.58',
        '千人桥镇\t48.8\t1,208.72',
        '合计\t180.5\t3,798.70',
      ].join('\n'),
    );
    expect(sums(columnTotals(doc))).toEqual(['table 投资: 3,798.70 = 1,263.40 + 1,326.58 + 1,208.72']);
  });
});
