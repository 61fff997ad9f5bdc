import { describe, expect, it } from 'vitest';
import { loadTextReaders, parseText } from '../../src/parsers/text.js';
import { buildDocument } from '../../src/structure/build.js';
import type { Table } from '../../src/model/document.js';

// lynx -dump of HTML tables: a Chinese character one column wide, each column as wide as its widest
// cell and one space after it ("自治区财政补助资金 4,128.38", "100.00% 55.74%"), no rules, the table
// indented, its caption centred above; a split table's next piece after a blank line, set anew
const layers = [
  '   全市实际到位资金16,743.66万元，资金到位率99.41%。分层级看情况见表1。',
  '',
  '                                         表1 2024年专项资金分层级下达及到位情况（单位：万元）',
  '',
  '     资金层级      下达预算      实际到位      到位率   占到位资金比重',
  '   中央财政补助资金  9,332.42  9,332.42  100.00% 55.74%',
  '   自治区财政补助资金 4,128.38  4,128.38  100.00% 24.66%',
  '   市级财政资金    1,432.04  1,432.04  100.00% 8.55%',
  '   旗县财政资金    1,949.58  1,850.82  94.93%  11.05%',
  '   合计        16,842.42 16,743.66 99.41%  100.00%',
  '',
  '   正文继续。',
];

// a 小计 row whose label spans the leading columns; the next piece after a blank line, its own widths
const estates = [
  '                                                                 附件2 公租房小区明细',
  '',
  '   序号 旗县市区  小区名称  建成年份  房源（套） 已分配（套） 空置（套）',
  '   1  集宁区  集宁康居小区 2020年 230   224    6',
  '   2  集宁区  集宁安居小区 2009年 153   149    4',
  '   10 集宁区  集宁怡园家园 2010年 356   347    9',
  '   集宁区小计                739   720    19',
  '   11 丰镇市  丰镇和谐小区 2016年 173   170    3',
  '',
  '   序号 旗县市区  小区名称  建成年份  房源（套） 已分配（套） 空置（套）',
  '   12 丰镇市  丰镇阳光小区 2021年 142   140    2',
  '   13 丰镇市  丰镇惠民小区 2013年 106   104    2',
  '   丰镇市小计                421   414    7',
];

// one 三级指标 wider than its column: lynx writes it whole and the rest of its line one column further right
const scores = [
  '                                         附表 评分表',
  '',
  '    一级指标   三级指标   分值    扣分   得分',
  '   投入（15） 政策依据充分性 2.00  0.00 2.00',
  '          绩效目标合理性 2.00  0.00 2.00',
  '          租赁补贴发放户数 4.00  0.36 3.64',
  '          资金到位率   3.00  0.50 2.50',
  '   投入指标小计         11.00 0.86 10.14',
  '',
  '   正文继续。',
];

const read = async (lines: string[]) => {
  const text = lines.join('\n');
  return buildDocument(parseText(text, 'a.txt', 'txt', await loadTextReaders(text, 'txt')));
};
const grid = (t: Table) => t.grid.map((row) => row.map((k) => t.cells[k].text));

describe("lynx's tables on a grid of characters (layout-table.ts findGridTables)", () => {
  it('parts columns at one blank column, a Chinese character one column wide', async () => {
    const doc = await read(layers);
    expect(doc.tables).toHaveLength(1);
    expect(grid(doc.tables[0] as Table)).toEqual([
      ['资金层级', '下达预算', '实际到位', '到位率', '占到位资金比重'],
      ['中央财政补助资金', '9,332.42', '9,332.42', '100.00%', '55.74%'],
      ['自治区财政补助资金', '4,128.38', '4,128.38', '100.00%', '24.66%'],
      ['市级财政资金', '1,432.04', '1,432.04', '100.00%', '8.55%'],
      ['旗县财政资金', '1,949.58', '1,850.82', '94.93%', '11.05%'],
      ['合计', '16,842.42', '16,743.66', '99.41%', '100.00%'],
    ]);
    // the caption and the prose around stay paragraphs
    const text = doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
    expect(text).toContain('正文继续。');
    expect(text.some((t) => t.startsWith('表1 2024年'))).toBe(true);
  });

  it('reads a 小计 row whose label spans the leading columns, and a split piece set to its own widths', async () => {
    const doc = await read(estates);
    const rows = doc.tables.flatMap((t) => grid(t as Table));
    expect(rows).toContainEqual(['1', '集宁区', '集宁康居小区', '2020年', '230', '224', '6']);
    expect(rows).toContainEqual(['10', '集宁区', '集宁怡园家园', '2010年', '356', '347', '9']);
    expect(rows.find((r) => r[0] === '集宁区小计')?.slice(-3)).toEqual(['739', '720', '19']);
    expect(rows).toContainEqual(['13', '丰镇市', '丰镇惠民小区', '2013年', '106', '104', '2']);
    expect(rows.find((r) => r[0] === '丰镇市小计')?.slice(-3)).toEqual(['421', '414', '7']);
  });

  it('sets a line back by the columns a wide cell pushed it on, so the river under the cell still parts them', async () => {
    const doc = await read(scores);
    expect(doc.tables).toHaveLength(1);
    expect(grid(doc.tables[0] as Table)).toEqual([
      ['一级指标', '三级指标', '分值', '扣分', '得分'],
      ['投入（15）', '政策依据充分性', '2.00', '0.00', '2.00'],
      ['', '绩效目标合理性', '2.00', '0.00', '2.00'],
      ['', '租赁补贴发放户数', '4.00', '0.36', '3.64'],
      ['', '资金到位率', '3.00', '0.50', '2.50'],
      ['投入指标小计', '', '11.00', '0.86', '10.14'],
    ]);
  });

  it('reads none of a split table whose repeated header stands over a piece not read', async () => {
    // the second piece's cells overflow their columns (lynx measured a character wider): no blank
    // column parts 小区名称 from 建成年份, so its rows are not read, and the table is not known whole
    const torn = estates.map((l, k) =>
      k === 10
        ? '   12 丰镇市  丰镇阳光小区小区2021年 142   140    2'
        : k === 11
          ? '   13 丰镇市  丰镇惠民小区 2013年106   104    2'
          : l,
    );
    expect((await read(torn)).tables).toHaveLength(0);
  });

  it('reads no table from lines of words that line up by chance: cover fields, a numbered list', async () => {
    const cover = ['项目单位\u3000信丰县工业和信息化局', '评价时段  2024年1月1日至2024年12月31日', '', '正文。'];
    expect((await read(cover)).tables).toHaveLength(0);
    const list = [
      '   1. 坚持绩效导向，优化资源配置，提高资金使用效益。',
      '   2. 加强项目管理，确保项目顺利实施，取得显著成效。',
    ];
    expect((await read(list)).tables).toHaveLength(0);
  });

  it('reads no table in prose whose words happen to stand one space apart', async () => {
    const doc = await read([
      '   本次评价 采用 比较法和因素分析法，共抽查项目 12 个，入户核实 110 户。',
      '   评价组 认为 资金使用总体规范，但 部分旗县 配套资金未全部到位。',
      '   建议 加快 支出进度。',
    ]);
    expect(doc.tables).toHaveLength(0);
  });
});
