import { describe, expect, it } from 'vitest';
import { cellColumnsTable } from '../../src/parsers/text-cell-columns.js';
import { parseText } from '../../src/parsers/text.js';
import { tableCellRuns } from '../../src/parsers/text-cells.js';

/** Lines with a blank line after each: pdfminer's text boxes, one a block. */
const boxes = (cells: string[]) => cells.flatMap((c) => [c, '']);

// V's 表10 as pdfminer's pdf2txt writes it: every cell a text box of its own, a column at a time
const HEAD = ['过程指标得分情况见表 10。', ''];
const CELLS = [
  ...['一级指标', '投入', '过程', '产出', '效益', '合计'],
  ...['权重', '15', '25', '30', '30', '100'],
  ...['得分', '13.25', '21.01', '26.70', '26.05', '88.01'],
  ...['得分率', '88.33%', '88.04%', '89.00%', '86.83%', '88.01%'],
];
const table10 = (cells: string[]) => [
  ...HEAD,
  '表 10 一级指标得分情况表',
  '',
  ...boxes(cells),
  '— 12 —',
  '',
  '四、绩效指标分析',
];

/** The grid cellColumnsTable rebuilds from the one run of cells in `lines`, row by row ("text@line"). */
const gridOf = (lines: string[]) => {
  const runs = tableCellRuns(lines);
  expect(runs).toHaveLength(1);
  const t = cellColumnsTable(lines, runs[0]);
  if (!t) return null;
  const grid: string[][] = [];
  for (const c of t.cells) (grid[c.row] ??= [])[c.col] = `${c.lines[0].text}@${c.lines[0].line}`;
  return grid;
};

describe('a table written a column at a time, a cell a text box (pdfminer)', () => {
  it('rebuilds it when the label column ends at the first figure column head and every column is as long', () => {
    // line numbers: the title is line 3, the first cell line 5, then every other line; the page number is left out
    expect(gridOf(table10(CELLS))).toEqual([
      ['一级指标@5', '权重@17', '得分@29', '得分率@41'],
      ['投入@7', '15@19', '13.25@31', '88.33%@43'],
      ['过程@9', '25@21', '21.01@33', '88.04%@45'],
      ['产出@11', '30@23', '26.70@35', '89.00%@47'],
      ['效益@13', '30@25', '26.05@37', '86.83%@49'],
      ['合计@15', '100@27', '88.01@39', '88.01%@51'],
    ]);
  });

  it('gives the text a table there, and the heading after it stays a paragraph', () => {
    const text = table10(CELLS).join('\n');
    const blocks = parseText(text, 'v.txt', 'txt', {}).blocks;
    const tables = blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0].kind === 'table' && tables[0].cells.length).toBe(24);
    const last = blocks[blocks.length - 1];
    expect(last.kind === 'paragraph' && last.lines[0].text).toBe('四、绩效指标分析');
  });

  it('rebuilds nothing when the shape does not prove it', () => {
    // a column one figure short (a lost cell): the columns do not fill the run
    expect(gridOf(table10(CELLS.filter((c) => c !== '21.01')))).toBeNull();
    // the last column a figure short or one over: its rows are not known
    expect(gridOf(table10(CELLS.slice(0, -1)))).toBeNull();
    expect(gridOf(table10([...CELLS, '90.00%']))).toBeNull();
    // a text in a column of figures
    expect(gridOf(table10(CELLS.map((c) => (c === '21.01' ? '见附件' : c))))).toBeNull();
    // the same table written row by row: its first "column" would be the header row (权重, 得分 are column words)
    const rows = [0, 1, 2, 3, 4, 5].flatMap((r) => [0, 1, 2, 3].map((c) => CELLS[c * 6 + r]));
    expect(gridOf(table10(rows))).toBeNull();
    // cells wrapped or put together in one box (MuPDF's column blocks, pdftotext's lines): not this shape
    const together = table10(CELLS).filter((l, k, all) => l || !/^[\d.%]+$/.test(all[k - 1] ?? ''));
    expect(gridOf(together)).toBeNull();
    // labels only, no figures: nothing proves a column
    expect(gridOf(table10(CELLS.slice(0, 6)))).toBeNull();
    // two columns only
    expect(gridOf(table10(CELLS.slice(0, 12)))).toBeNull();
  });
});
