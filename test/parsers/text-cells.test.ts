import { describe, expect, it } from 'vitest';
import { columnsTable, tableCellLines, tableCellRuns } from '../../src/parsers/text-cells.js';
import { docFromText } from '../helpers.js';

/** The lines tableCellLines takes for cells, as text. */
const cellsOf = (text: string) => {
  const lines = text.split('\n');
  return [...tableCellLines(lines)].sort((a, b) => a - b).map((k) => lines[k]);
};

// 表2 of a Chromium PDF read by pdftotext without -layout: a column at a time, one cell a line
const TABLE2 = [
  '元（见表2）。中央和自治区资金均分两批下达，其中第一批为上一年',
  '表2 就业补助资金来源情况表（单位：万元）',
  '资金来源',
  '',
  '中央财政资金',
  '县级财政资金',
  '合计',
  '',
  '2023年度',
  '820.00',
  '200.00',
  '1,020.00',
  '按补贴类别分，两年安排职业技能培训补贴940.00万元、社会保',
  '险补贴500.00万元。',
  '（四）资金使用情况',
].join('\n');

describe('table cells laid out as lines (raw pdftotext)', () => {
  it('takes the lines after a table title up to the next line of running text', () => {
    expect(cellsOf(TABLE2)).toEqual([
      '资金来源',
      '中央财政资金',
      '县级财政资金',
      '合计',
      '2023年度',
      '820.00',
      '200.00',
      '1,020.00',
    ]);
  });

  it('stops at a heading, "（四）…" or "1.项目立项（权重5分，得分5分）", and at the next title', () => {
    const text = [
      '表12 决策指标得分情况表',
      '二级指标',
      '项目立项',
      '小计',
      '1.项目立项（权重5分，得分5分）',
      '表13 过程指标得分情况表',
      '资金管理',
      '组织实施',
      '小计',
      '（二）项目过程情况',
      '过程指标',
    ].join('\n');
    expect(cellsOf(text)).toEqual(['二级指标', '项目立项', '小计', '资金管理', '组织实施', '小计']);
  });

  it("stops at an indicator's dotted code before its score bracket, not at a code or figure in a cell", () => {
    // mutool's 表16 (one cell a line) runs into "3.4 产出成本（分值 4 分，得分 3.50 分）"; 表10's
    // "3.4 产出成本（4" / "分）" and a cell "4.3 公里" are cells
    const text = [
      '表16 单位工程进度情况表',
      '3.4 产出成本（4',
      '分）',
      '4.3 公里',
      '在建',
      '3.4 产出成本（分值 4 分，得分 3.50 分）',
      '3.4.1 投资控制（分值 4 分，得 3.5 分）。累计支出 19,315.77 万',
    ].join('\n');
    expect(cellsOf(text)).toEqual(['3.4 产出成本（4', '分）', '4.3 公里', '在建']);
  });

  it('reads on past "1.决策（20 分）" when the line under it, in its block, is a cell coded under it (MuPDF: a row a block)', () => {
    // an indicator table whose first-level cell opens its row: the first second-level cell is right under it
    const text = [
      '表 8 评价指标体系表',
      '',
      '一级指标',
      '二级指标',
      '三级指标',
      '分值',
      '',
      '1.决策（20 分）',
      '1.1 立项依据（8',
      '分）',
      '',
      '1.1.1',
      '政策相符性',
      '8',
      '',
      '2.过程（30 分）',
      '2.1 资金管理（30',
      '分）',
      '',
      '合计',
      '100',
      '',
      '评价结果实行百分制，按综合得分划分为四个等级，等级划分标准见表9。',
    ].join('\n');
    expect(cellsOf(text)).toEqual([
      ...['一级指标', '二级指标', '三级指标', '分值'],
      ...['1.决策（20 分）', '1.1 立项依据（8', '分）', '1.1.1', '政策相符性', '8'],
      ...['2.过程（30 分）', '2.1 资金管理（30', '分）', '合计', '100'],
    ]);
  });

  it('stops at such a heading when a blank line, a sentence or another number stands under it', () => {
    const head = ['表 8 评价指标体系表', '', '一级指标', '二级指标', '分值', ''];
    const cells = ['一级指标', '二级指标', '分值'];
    // a blank line: the next block is the heading's first section, not its row
    expect(cellsOf([...head, '1.决策（20 分）', '', '1.1 立项依据（8 分）'].join('\n'))).toEqual(cells);
    // a sentence under it: its text
    expect(cellsOf([...head, '1.决策（20 分）', '1.1 立项依据充分，得 8 分。'].join('\n'))).toEqual(cells);
    // a code under another number
    expect(cellsOf([...head, '1.决策（20 分）', '2.1 资金管理（30'].join('\n'))).toEqual(cells);
  });

  it("stops at a sentence's end: a short paragraph under the table is text", () => {
    const text = ['表11 综合评分汇总表', '决策', '过程', '合计', '具体情况如下。', '决策', '过程'].join('\n');
    expect(cellsOf(text)).toEqual(['决策', '过程', '合计']);
  });

  it('leaves a note between the title and the cells as text', () => {
    const text = [
      '附件3 就业补助资金下达文件一览表',
      '说明：中央和自治区资金的第一批为上一年度11—12月提前下',
      '达，文件日期在上一年度。',
      '序号',
      '下达文件',
      '1 桂财社〔2022〕178号',
    ].join('\n');
    expect(cellsOf(text)).toEqual(['序号', '下达文件', '1 桂财社〔2022〕178号']);
  });

  it('takes nothing without a title, after a body line cut at "见" / "表3。", or for fewer than three lines', () => {
    expect(cellsOf('（一）项目背景\n补贴类别\n职业技能培训补贴\n社会保险补贴\n公益性岗位补贴')).toEqual([]);
    expect(cellsOf('两年各类别预算及支出情况见\n表3。\n补贴类别\n职业技能培训补贴\n社会保险补贴')).toEqual([]);
    expect(cellsOf('表10 评价工作进度安排表\n时间\n阶段\n三、综合评价情况及评价结论')).toEqual([]);
    // a title followed by running text: the table is not in the text
    expect(
      cellsOf('表5 定点培训机构培训情况表\n两年共有8家定点培训机构承担职业技能培训，各机构均按\n要求开班。'),
    ).toEqual([]);
  });

  it('never takes a tab-separated line (a tab table is read as a table)', () => {
    expect(cellsOf('表1 资金表\n项目\t金额\n合计\t100\n其他\t20')).toEqual([]);
  });

  it('reads the cells as table-text paragraphs: no sections, not joined to the text after them', () => {
    // a cell numbered like a heading ("（1）中央财政资金") opens no section; a line of cells as long as a
    // body line, cut without a sentence end, does not take the text after it in
    const text = TABLE2.replace('中央财政资金', '（1）中央财政资金').replace(
      '1,020.00',
      '1,020.00 中央和自治区资金合计 县级财政资金合计 两年合计',
    );
    const doc = docFromText(`一、项目概况\n${text}`);
    const paras = doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b] : []));
    const role = (t: string) => paras.find((p) => p.text === t)?.role;
    expect(role('表2就业补助资金来源情况表（单位：万元）')).toBe('body');
    expect(role('（1）中央财政资金')).toBe('table-text');
    expect(role('合计')).toBe('table-text');
    expect(role('1,020.00中央和自治区资金合计县级财政资金合计两年合计')).toBe('table-text');
    expect(paras.filter((p) => p.role === 'table-text')).toHaveLength(8);
    // the running text after the cells is a paragraph of its own, read as such
    const after = paras.find((p) => p.text.startsWith('按补贴类别分'));
    expect(after?.role).toBe('body');
    expect(after?.text).toBe('按补贴类别分，两年安排职业技能培训补贴940.00万元、社会保险补贴500.00万元。');
    expect(doc.sections.map((s) => (doc.blocks[s.block] as { text: string }).text)).toEqual([
      '一、项目概况',
      '（四）资金使用情况',
    ]);
  });

  it('leaves markdown alone', () => {
    const doc = docFromText(TABLE2, 'md');
    expect(doc.blocks.some((b) => b.kind === 'paragraph' && b.role === 'table-text')).toBe(false);
  });
});

// 表11 of R as pdftotext writes it: the labels, their header after them, then a column at a time
const TABLE11 = [
  '表11 综合评分汇总表',
  '决策',
  '过程',
  '合计',
  '',
  '一级指标',
  '',
  '权重',
  '15.00',
  '25.00',
  '40.00',
  '',
  '得分',
  '13.50',
  '22.03',
  '35.53',
  '',
  '得分率',
  '90.00%',
  '88.12%',
  '88.83%',
  '',
  '与2022年度自评得分83.60分相比，本次评价得分提高7.00分，',
  '主要得益于资金执行进度加快和补贴对象精准度提高。',
];

/** The grid columnsTable rebuilds from the one run of cells in `lines`, row by row. */
const gridOf = (lines: string[]) => {
  const runs = tableCellRuns(lines);
  expect(runs).toHaveLength(1);
  const t = columnsTable(lines, runs[0]);
  if (!t) return null;
  const grid: string[][] = [];
  for (const c of t.cells) (grid[c.row] ??= [])[c.col] = `${c.lines[0].text}@${c.lines[0].line}`;
  return grid;
};

describe('a table written a column at a time (raw pdftotext)', () => {
  it('rebuilds it when every column is its header and exactly as many figures as there are labels', () => {
    expect(gridOf(TABLE11)).toEqual([
      ['一级指标@6', '权重@8', '得分@13', '得分率@18'],
      ['决策@2', '15.00@9', '13.50@14', '90.00%@19'],
      ['过程@3', '25.00@10', '22.03@15', '88.12%@20'],
      ['合计@4', '40.00@11', '35.53@16', '88.83%@21'],
    ]);
    // the label column's header before its labels (表2: "资金来源" / blank / the sources)
    expect(gridOf(TABLE2.split('\n'))?.map((r) => r.map((c) => c.replace(/@\d+$/, '')))).toEqual([
      ['资金来源', '2023年度'],
      ['中央财政资金', '820.00'],
      ['县级财政资金', '200.00'],
      ['合计', '1,020.00'],
    ]);
  });

  it('reads blocks headed 分值 / 得分 / 得分率 after "项目" and its indicators as a summary laid across (MuPDF: a row a block)', () => {
    // T's 表14: the document lays it across, 项目 | 决策 | … | 合计 over 分值 / 得分 / 得分率
    const across = [
      '表 14 综合评分汇总表',
      '',
      ...['项目', '决策', '过程', '合计', ''],
      ...['分值', '15.00', '25.00', '40.00', ''],
      ...['得分', '13.00', '21.37', '34.37', ''],
      ...['得分率', '86.67%', '85.48%', '85.93%', ''],
      '评价组认为，项目立项依据充分。',
    ];
    expect(gridOf(across)?.map((r) => r.map((c) => c.replace(/@\d+$/, '')))).toEqual([
      ['项目', '决策', '过程', '合计'],
      ['分值', '15.00', '25.00', '40.00'],
      ['得分', '13.00', '21.37', '34.37'],
      ['得分率', '86.67%', '85.48%', '85.93%'],
    ]);
    // blocks of amounts after "项目" stay columns (as labels headed "一级指标" do: 表11 above)
    const money = across.map((l) => ({ 分值: '预算数', 得分: '支出数', 得分率: '执行率' })[l] ?? l);
    expect(gridOf(money)?.[0].map((c) => c.replace(/@\d+$/, ''))).toEqual(['项目', '预算数', '支出数', '执行率']);
  });

  it('rebuilds nothing when the shape does not prove it', () => {
    const without = (k: number) => TABLE11.filter((_, i) => i !== k);
    // a column one figure short (a wrapped or lost cell)
    expect(gridOf(without(15))).toBeNull();
    // a text in a column of figures
    expect(gridOf(TABLE11.map((l) => (l === '22.03' ? '—' : l)))).toBeNull();
    // a label column of another length than the figures
    expect(gridOf(without(3))).toBeNull();
    // a label cell cut over two lines
    expect(gridOf([...TABLE11.slice(0, 2), '过程（含', '管理）', ...TABLE11.slice(3)])).toBeNull();
    // cells side by side on one line
    expect(gridOf(TABLE11.map((l) => (l === '决策' ? '决策 过程' : l)))).toBeNull();
    // rows, not columns: 序号 / 名称 / 金额 a row at a time
    expect(gridOf(['表3 明细表', '序号', '名称', '金额', '', '1', '甲', '10.00', '', '2', '乙', '20.00'])).toBeNull();
  });

  it('reads the rebuilt table as a table, and leaves the text after it a paragraph', () => {
    const doc = docFromText(`（一）综合评分\n${TABLE11.join('\n')}\n`);
    expect(doc.tables).toHaveLength(1);
    const t = doc.tables[0];
    expect([t.rows, t.cols]).toEqual([4, 4]);
    expect(t.cells[t.grid[2][2]].text).toBe('22.03');
    expect(t.cells[t.grid[2][2]].lines[0].line).toBe(16);
    const paras = doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b] : []));
    expect(paras.some((p) => p.role === 'table-text')).toBe(false);
    expect(paras.map((p) => p.text)).toEqual([
      '（一）综合评分',
      '表11综合评分汇总表',
      '与2022年度自评得分83.60分相比，本次评价得分提高7.00分，主要得益于资金执行进度加快和补贴对象精准度提高。',
    ]);
  });
});
