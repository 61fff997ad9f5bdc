import { describe, expect, it } from 'vitest';
import { tableCellLines } from '../../src/parsers/text-cells.js';
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
