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

// LibreOffice's text export of a 自评表 split into pieces (report AC's layout): blank lines, then each piece under
// the form's head row again ("部门名称 | X | 主管部门 | Y", spans: 4 cells over 8 columns); a section's header may
// end a piece and its rows go on in the next; the 总分 row, then the verdict "自评等级 | 优"; text after a blank line
const CUT = ['', '', '部门名称', '滨川市青原区民政局', '主管部门', '滨川市青原区民政局'];
const SPLIT = [
  '表9 2024年度部门整体支出绩效自评表',
  ...CUT.slice(2),
  '项目资金（万元）',
  '年初预算数',
  '全年预算数',
  '全年执行数',
  '分值',
  '执行率',
  '得分',
  '年度资金总额',
  '820.00',
  '846.50',
  '830.20',
  '10',
  '98.07%',
  '9.81',
  '其他资金',
  '0.00',
  '0.00',
  '0.00',
  '—',
  '—',
  '—',
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '分值',
  '得分',
  '偏差原因分析及改进措施',
  ...CUT,
  '产出指标',
  '数量指标',
  '救助对象覆盖数',
  '≥1200人',
  '1260人',
  '30',
  '30',
  '—',
  '产出指标',
  '质量指标',
  '资金发放准确率',
  '100%',
  '100%',
  '30',
  '30',
  '—',
  ...CUT,
  '满意度指标',
  '服务对象满意度',
  '救助对象满意度',
  '≥90%',
  '86.5%',
  '30',
  '26',
  '个别街道宣传不到位',
  '总分',
  '100',
  '95.81',
  '—',
  ...CUT,
  '自评等级',
  '优',
  '',
  '（四）主要绩效指标完成情况',
  '救助对象覆盖1260人。',
];

describe('a 自评表 split into pieces, each under the head row again (LibreOffice text export)', () => {
  it('reads the pieces as one form: the cuts taken out, rows going on under the header of the piece before', () => {
    const [t, ...more] = cellRowForms(SPLIT, new Set());
    expect(more).toEqual([]);
    expect([t.start, t.end]).toEqual([1, SPLIT.indexOf('优')]);
    const table = t.table;
    expect(at(table, '部门名称')).toEqual({ row: 0, col: 0, rowSpan: 1, colSpan: 1 });
    expect(at(table, '一级指标')?.row).toBe(5);
    expect(at(table, '救助对象覆盖数')).toEqual({ row: 6, col: 2, rowSpan: 1, colSpan: 1 });
    expect(at(table, '救助对象满意度')).toEqual({ row: 8, col: 2, rowSpan: 1, colSpan: 1 });
    expect(at(table, '总分')).toEqual({ row: 9, col: 0, rowSpan: 1, colSpan: 5 });
    expect(at(table, '95.81')).toEqual({ row: 9, col: 6, rowSpan: 1, colSpan: 1 });
    expect(at(table, '自评等级')).toEqual({ row: 10, col: 0, rowSpan: 1, colSpan: 1 });
    expect(at(table, '优')?.row).toBe(10);
    // each cell keeps its line in the text, the cuts' lines counted
    const line = (text: string) => t.table.cells.find((c) => c.lines[0].text === text)?.lines[0].line;
    expect(line('救助对象满意度')).toBe(SPLIT.indexOf('救助对象满意度') + 1);
    // the head row of a cut is no cell of the form
    expect(t.table.cells.filter((c) => c.lines[0].text === '部门名称')).toHaveLength(1);
  });

  it('is the document table, the text after it paragraphs', () => {
    const doc = docFromText(SPLIT.join('\n'));
    expect(doc.tables.map((x) => [x.rows, x.cols])).toEqual([[11, 8]]);
    const texts = doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
    expect(texts).toContain('救助对象覆盖1260人。');
  });

  it('blank lines followed by half the head row are no cut: the lines stay as they were', () => {
    const half = SPLIT.map((t, i) => (t === '主管部门' && i > 10 ? '实施单位' : t));
    expect(cellRowForms(half, new Set())).toEqual([]);
  });
});
