import { describe, expect, it } from 'vitest';
import type { RawTable } from '../../src/model/document.js';
import { boxRowTables } from '../../src/parsers/text-box-rows.js';
import { parseText } from '../../src/parsers/text.js';

/** Lines with a blank line after each: pdfminer's text boxes, one a cell. */
const boxes = (cells: string[]) => cells.flatMap((c) => [c, '']);

/** The grid of a rebuilt table, row by row. */
const gridOf = (t: RawTable) => {
  const grid: string[][] = [];
  for (const c of t.cells) (grid[c.row] ??= [])[c.col] = c.lines[0].text;
  return grid;
};

const tablesOf = (lines: string[]) => boxRowTables(lines, new Set()).map((t) => gridOf(t.table));

// a list of projects as pdf2txt writes it: the 序号 and 年度 columns a column at a time, the rest a row at a time,
// two heads in one box ("序号 年度") and two figures in one ("1,020.00 96.00%")
const PROJECTS = [
  '附件 3 2023—2024 年度项目支出明细表',
  '',
  '单位：万元',
  '',
  ...boxes(['序号 年度', '项目名称', '预算数', '实际支出 执行率']),
  ...boxes(['1', '2', '3']),
  ...boxes(['2023', '2023', '2024']),
  ...boxes(['乡村道路养护项目', '400.00', '380.00', '95.00%']),
  ...boxes(['校舍维修项目', '1,062.50', '1,020.00 96.00%']),
  ...boxes(['卫生院设备更新项目', '250.00', '200.00', '80.00%']),
  '— 31 —',
  '',
];

describe('a table written a box a cell, leading columns then rows (pdfminer)', () => {
  it('rebuilds the columns written down and the rows written across as one table', () => {
    expect(tablesOf(PROJECTS)).toEqual([
      [
        ['序号', '年度', '项目名称', '预算数', '实际支出', '执行率'],
        ['1', '2023', '乡村道路养护项目', '400.00', '380.00', '95.00%'],
        ['2', '2023', '校舍维修项目', '1,062.50', '1,020.00', '96.00%'],
        ['3', '2024', '卫生院设备更新项目', '250.00', '200.00', '80.00%'],
      ],
    ]);
  });

  it('reads a table whose every row is written across, the year a label spaced from its figure', () => {
    const lines = [
      '表 6 2022—2024 年度预算执行情况表（单位：万元）',
      '',
      ...boxes(['年度', '调整后预算数', '决算支出数', '执行率']),
      ...boxes(['2022 年', '5,000.00', '4,900.00', '98.00%']),
      ...boxes(['2023 年', '6,000.00', '5,700.00', '95.00%']),
      '（七）资产负债情况',
    ];
    expect(tablesOf(lines)).toEqual([
      [
        ['年度', '调整后预算数', '决算支出数', '执行率'],
        ['2022 年', '5,000.00', '4,900.00', '98.00%'],
        ['2023 年', '6,000.00', '5,700.00', '95.00%'],
      ],
    ]);
  });

  it('gives the text a table there, each cell at its own line, and the text after it stays text', () => {
    const text = [...PROJECTS, '附件 4 评价工作组成员', '', '张三（组长）'].join('\n');
    const blocks = parseText(text, 'x.txt', 'txt', {}).blocks;
    const tables = blocks.filter((b): b is RawTable => b.kind === 'table');
    expect(tables).toHaveLength(1);
    // "80.00%" is the 21st box: line 5 + 2 × 20 = 45
    const rate = tables[0].cells.find((c) => c.lines[0].text === '80.00%');
    expect(rate?.lines[0].line).toBe(45);
    const split = tables[0].cells.filter((c) => c.lines[0].line === 37).map((c) => c.lines[0].text);
    expect(split).toEqual(['1,020.00', '96.00%']);
    const last = blocks[blocks.length - 1];
    expect(last.kind === 'paragraph' && last.lines[0].text).toBe('张三（组长）');
  });
});

describe('what proves no stride gives no table', () => {
  it('not prose after a title', () => {
    const lines = [
      '表 2 收入情况表',
      '',
      '收入来源',
      '',
      '2024 年医院收入合计 66,591.76 万元，比上年增长 2.90%。',
      '',
      '其中财政补助收入 7,598.42 万元。',
    ];
    expect(tablesOf(lines)).toEqual([]);
  });

  it('a sentence after the rows ends the table, and is no cell of it', () => {
    const withNote = PROJECTS.flatMap((t) => (t === '— 31 —' ? ['资金已拨付。', '', t] : [t]));
    const grids = tablesOf(withNote);
    expect(grids).toHaveLength(1);
    expect(grids[0][3]).toEqual(['3', '2024', '卫生院设备更新项目', '250.00', '200.00', '80.00%']);
  });

  it('not a list of figures with no names beside them', () => {
    const lines = [
      '表 5 分月业务量表',
      '',
      ...boxes(['序号', '门诊人次', '增长率']),
      ...boxes(['1', '120', '5.00%', '2', '95', '3.00%']),
    ];
    expect(tablesOf(lines)).toEqual([]);
  });

  it('not when a cell is missing (the boxes do not fill the rows)', () => {
    const cut = PROJECTS.filter((t) => t !== '250.00');
    expect(tablesOf(cut)).toEqual([]);
  });

  it('not when a cell wraps over two lines (a box of two)', () => {
    const wrapped = PROJECTS.flatMap((t) => (t === '校舍维修项目' ? ['校舍维修', '项目'] : [t]));
    expect(tablesOf(wrapped)).toEqual([]);
  });

  it('not when a rate column holds an amount', () => {
    // every 执行率 written without its "%": a column of amounts under a rate's head
    const wrong = PROJECTS.map((t) => t.replace(/%$/, '').replace('1,020.00 96.00%', '1,020.00 96.00'));
    expect(tablesOf(wrong)).toEqual([]);
  });

  it('not when two strides explain the same boxes', () => {
    // 甲 乙 then 1 2 3 4: the names' column, then rows of two figures — or two columns, then rows of one
    const lines = ['表 3 情况表', '', ...boxes(['名称', '数量', '金额']), ...boxes(['甲', '乙', '1', '2', '3', '4'])];
    expect(tablesOf(lines)).toEqual([]);
  });
});
