import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parsers/text.js';
import { rowBlockTables } from '../../src/parsers/text-row-blocks.js';

// T's 表3 as MuPDF's `mutool draw -F txt` writes it: a row a block, a cell a line, blank lines between
const TABLE3 = [
  '年度专项债券资金到位情况见表 3。',
  '',
  '表 3 项目资金来源分年度情况表（万元）',
  '',
  ...['年度', '专项债券资金', '县级配套资金', '合计', ''],
  ...['2022 年度', '8,000.00', '800.00', '8,800.00', ''],
  ...['2023 年度', '6,500.00', '900.00', '7,400.00', ''],
  ...['2024 年度', '3,500.00', '700.00', '4,200.00', ''],
  ...['合计', '18,000.00', '2,400.00', '20,400.00', ''],
  '（四）资金使用情况',
];

/** The grids rowBlockTables rebuilds ("text@line"), row by row. */
const gridsOf = (lines: string[], taken = new Set<number>()) =>
  rowBlockTables(lines, taken).map((t) => {
    const grid: string[][] = [];
    for (const c of t.table.cells) (grid[c.row] ??= [])[c.col] = `${c.lines[0].text}@${c.lines[0].line}`;
    return grid;
  });

describe('a table written a row a block (MuPDF)', () => {
  it('rebuilds it where the header block names its columns and every row block is as long and fits them', () => {
    expect(gridsOf(TABLE3)).toEqual([
      [
        ['年度@5', '专项债券资金@6', '县级配套资金@7', '合计@8'],
        ['2022 年度@10', '8,000.00@11', '800.00@12', '8,800.00@13'],
        ['2023 年度@15', '6,500.00@16', '900.00@17', '7,400.00@18'],
        ['2024 年度@20', '3,500.00@21', '700.00@22', '4,200.00@23'],
        ['合计@25', '18,000.00@26', '2,400.00@27', '20,400.00@28'],
      ],
    ]);
  });

  it('gives the text a table there; the title and the heading after it stay paragraphs', () => {
    const blocks = parseText(TABLE3.join('\n'), 't.txt', 'txt', {}).blocks;
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'table', 'paragraph']);
    const last = blocks[3];
    expect(last.kind === 'paragraph' && last.lines[0].text).toBe('（四）资金使用情况');
  });

  it('rebuilds nothing the blocks do not prove', () => {
    // a cell wrapped inside its cell ("8,000." / "00"): the row block is longer, the run ends after one row
    const wrapped = TABLE3.flatMap((l) => (l === '6,500.00' ? ['6,500.', '00'] : [l]));
    expect(gridsOf(wrapped)).toEqual([]);
    // two rows in one block: the blocks no longer say where a row ends
    expect(gridsOf(TABLE3.filter((l, k) => !(l === '' && TABLE3[k - 1] === '7,400.00')))).toEqual([]);
    // raw pdftotext's columns (R's 表17), cut by a page (the next page's cells after them): read as rows,
    // the first block would be the row labels, which name no column — no header
    const columns = [
      '表17 鹿寨镇就业补助资金发放情况表（单位：元）',
      ...['补贴类别', '职业技能培训补贴', '社会保险补贴', '公益性岗位补贴', '合计', ''],
      ...['2023年度', '219,200.00', '588,000.00', '987,900.00', '1,795,100.00', ''],
      ...['2024年度', '351,200.00', '591,600.00', '954,600.00', '1,897,400.00', ''],
      ...['补贴类别', '职业技能培训补贴', ''],
      ...['2023年度', '458,200.00', ''],
      '（二）城关镇',
    ];
    expect(gridsOf(columns)).toEqual([]);
    // columns whose labels all name a column ("预算数", "执行数") read as rows would have a header: where
    // raw pdftotext's columnsTable reads the run (as before), which way the table stood is not proven
    const budget = [
      '表5 鹿寨镇资金执行情况表（单位：元）',
      ...['项目', '预算数', '执行数', '合计', ''],
      ...['2023年度', '219,200.00', '208,000.00', '427,200.00', ''],
      ...['2024年度', '351,200.00', '340,600.00', '691,800.00', ''],
      '（二）城关镇',
    ];
    expect(gridsOf(budget)).toEqual([]);
    // sentences after a title: no header of column words, no figures in columns
    const prose = [
      '表 3 项目资金来源分年度情况表（万元）',
      '',
      ...['项目资金来源包括专项债券资金', '和县级配套资金，分年度安排，', '具体见下。', ''],
      ...['2022 年度安排资金较多，主要', '用于冷库主体工程建设，其余', '用于园区道路。', ''],
      ...['2023 年度安排资金用于交易', '市场和分拣加工中心建设，并', '支付部分进度款。', ''],
    ];
    expect(gridsOf(prose)).toEqual([]);
    // a list of items after a title
    const list = [
      '表 4 主要问题',
      '',
      '1.资金支出慢',
      '2.标段延期',
      '3.收益未达预期',
      '',
      '4.偿债资金',
      '5.归集不及时',
      '6.整改',
    ];
    expect(gridsOf(list)).toEqual([]);
    // lines another reader took (LibreOffice's cell-a-line rows) are not read again
    expect(gridsOf(TABLE3, new Set([4, 5, 6, 7]))).toEqual([]);
  });
});
