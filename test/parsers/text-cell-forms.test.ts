import { describe, expect, it } from 'vitest';
import type { RawTable } from '../../src/model/document.js';
import { cellRowForms } from '../../src/parsers/text-cell-forms.js';
import { docFromText } from '../helpers.js';

const at = (t: RawTable, text: string) => {
  const c = t.cells.find((x) => x.lines[0].text === text);
  return c && { row: c.row, col: c.col, rowSpan: c.rowSpan, colSpan: c.colSpan };
};

// S's 附件3, cut short: LibreOffice's text export of a 项目支出绩效自评表, a cell a line
const HEAD = [
  '附件3 动物防疫补助经费项目支出绩效自评表',
  '项目名称',
  '动物防疫补助经费',
  '主管部门',
  '沛县农业农村局',
  '项目资金（万元）',
  '',
  '年初预算数',
  '全年执行数',
  '分值',
  '执行率',
  '得分',
  '',
  '年度资金总额',
  '386.00',
  '398.26',
  '10',
  '96.48%',
  '9.65',
  '',
  '其他资金',
  '—',
  '0.00',
  '—',
  '—',
  '—',
  '年度总体目标',
  '预期目标',
  '实际完成情况',
  '',
  '强制免疫病种5种',
  '强制免疫病种5种',
  '一级指标',
  '二级指标',
  '三级指标',
  '实际完成值',
  '分值',
  '得分',
  '偏差原因分析及改进措施',
  '产出指标',
  '数量指标',
  '强制免疫病种',
  '5种',
  '50',
  '50',
  '—',
  '',
  '',
  '免疫抗体监测样品',
  '6,240份',
  '10',
  '10',
  '—',
  '',
  '质量指标',
  '应免畜禽免疫密度',
  '93.6%',
  '10',
  '9',
  '部分散养户未按期免疫',
];
const TAIL = ['总分', '100', '78.65', '自评等级：良', '附件4 基层农技推广项目支出绩效自评表'];

describe('a 自评表 written a cell a line (LibreOffice text export)', () => {
  it('reads the form as one table: fields, the funds rows, the targets, the indicators and the 总分', () => {
    const lines = [...HEAD, ...TAIL];
    const [t, ...more] = cellRowForms(lines, new Set());
    expect(more).toEqual([]);
    expect([t.start, t.end]).toEqual([1, lines.length - 2]);
    const table = t.table;
    expect(at(table, '项目名称')).toEqual({ row: 0, col: 0, rowSpan: 1, colSpan: 1 });
    expect(at(table, '动物防疫补助经费')).toEqual({ row: 0, col: 1, rowSpan: 1, colSpan: 6 });
    // the funds' label merged down over its rows, each figure under its head
    expect(at(table, '项目资金（万元）')).toEqual({ row: 2, col: 0, rowSpan: 3, colSpan: 1 });
    expect(at(table, '得分')?.col).toBe(6);
    expect(at(table, '9.65')).toEqual({ row: 3, col: 6, rowSpan: 1, colSpan: 1 });
    expect(at(table, '年度总体目标')).toEqual({ row: 5, col: 0, rowSpan: 2, colSpan: 1 });
    // the indicators: 产出指标 over its three rows, 数量指标 over two, the 总分 across the label columns
    expect(at(table, '产出指标')).toEqual({ row: 8, col: 0, rowSpan: 3, colSpan: 1 });
    expect(at(table, '数量指标')).toEqual({ row: 8, col: 1, rowSpan: 2, colSpan: 1 });
    expect(at(table, '总分')).toEqual({ row: 11, col: 0, rowSpan: 1, colSpan: 4 });
    expect(at(table, '78.65')).toEqual({ row: 11, col: 5, rowSpan: 1, colSpan: 1 });
    expect(at(table, '自评等级：良')?.col).toBe(6);
  });

  it('is the document table, its title a paragraph above it', () => {
    const doc = docFromText([...HEAD, ...TAIL].join('\n'));
    expect(doc.tables.map((t) => [t.rows, t.cols])).toEqual([[12, 7]]);
    const texts = doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
    expect(texts[0]).toMatch(/^附件3\s*动物防疫补助经费项目支出绩效自评表$/);
    expect(texts).not.toContain('一级指标');
  });

  it('goes on across "附件3（续）" and the form\'s first row again, the label above running on', () => {
    const lines = [
      ...HEAD,
      '附件3（续）',
      '项目名称',
      '动物防疫补助经费',
      '',
      '时效指标',
      '免疫完成时限',
      '按期完成',
      '5',
      '5',
      '—',
      ...TAIL,
    ];
    const [t] = cellRowForms(lines, new Set());
    expect(at(t.table, '时效指标')).toEqual({ row: 11, col: 1, rowSpan: 1, colSpan: 1 });
    expect(at(t.table, '产出指标')?.rowSpan).toBe(4);
    expect(at(t.table, '总分')?.row).toBe(12);
  });

  describe('near misses stay lines', () => {
    it('a line no piece explains (a sentence amid the rows)', () => {
      const lines = [...HEAD.slice(0, 26), '资金到位后及时拨付，执行率较高。', ...HEAD.slice(26), ...TAIL];
      expect(cellRowForms(lines, new Set())).toEqual([]);
    });

    it('labels and values only, no section of figures', () => {
      const lines = [
        '附件5 评价工作组成员名单',
        '项目名称',
        '动物防疫补助经费',
        '主管部门',
        '沛县农业农村局',
        '附件6 其他',
      ];
      expect(cellRowForms(lines, new Set())).toEqual([]);
    });

    it('lines another reader took', () => {
      const lines = [...HEAD, ...TAIL];
      expect(cellRowForms(lines, new Set([20]))).toEqual([]);
    });
  });
});
