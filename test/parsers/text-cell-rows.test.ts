import { describe, expect, it } from 'vitest';
import type { RawTable } from '../../src/model/document.js';
import { cellRowTables } from '../../src/parsers/text-cell-rows.js';
import { docFromText } from '../helpers.js';

/** The table as rows of texts, each cell at its top-left place ("" where no cell starts). */
function grid(t: RawTable): string[][] {
  const rows = Math.max(...t.cells.map((c) => c.row + 1));
  const cols = Math.max(...t.cells.map((c) => c.col + c.colSpan));
  const g = Array.from({ length: rows }, () => new Array<string>(cols).fill(''));
  for (const c of t.cells) g[c.row][c.col] = c.lines.map((l) => l.text).join('');
  return g;
}
const spanOf = (t: RawTable, text: string) => {
  const c = t.cells.find((x) => x.lines[0].text === text)!;
  return [c.rowSpan, c.colSpan];
};

// LibreOffice's "save as text" of a Word table (S's 表4, cut short): a cell a line, row after row
const INCOME = [
  '2024年度我局本年收入8,983.89万元，较2023年度的8,091.67万元增长11.03%。各单位收入情况见表4。',
  '表4 2024年度收入决算情况表（单位：万元）',
  '单位名称',
  '财政拨款收入',
  '其他收入',
  '本年收入合计',
  '沛县农业农村局机关',
  '3,672.98',
  '1.67',
  '3,674.65',
  '沛县水产技术推广站',
  '397.50',
  '12.09',
  '456.09',
  '合计',
  '4,070.48',
  '13.76',
  '4,130.74',
  '加上年初结转和结余500.28万元，扣除本年支出8,873.24万元，年末结转和结余610.93万元。',
  '（二）支出情况',
];

describe('tables written a cell a line (LibreOffice text export)', () => {
  it('rebuilds a table whose header and rows keep one stride, up to the first line that does not fit', () => {
    const [t, ...more] = cellRowTables(INCOME);
    expect(more).toEqual([]);
    expect([t.start, t.end]).toEqual([2, 17]);
    expect(grid(t.table)).toEqual([
      ['单位名称', '财政拨款收入', '其他收入', '本年收入合计'],
      ['沛县农业农村局机关', '3,672.98', '1.67', '3,674.65'],
      ['沛县水产技术推广站', '397.50', '12.09', '456.09'],
      ['合计', '4,070.48', '13.76', '4,130.74'],
    ]);
    // each cell points at its own line
    expect(t.table.cells.find((c) => c.lines[0].text === '13.76')!.lines[0].line).toBe(17);
  });

  it('reads the table in the document, the text around it as paragraphs', () => {
    const doc = docFromText(INCOME.join('\n'));
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0].rows).toBe(4);
    const texts = doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
    expect(texts).toContain('表4 2024年度收入决算情况表（单位：万元）');
    expect(texts.some((t) => t.startsWith('加上年初结转和结余'))).toBe(true);
    expect(texts).not.toContain('财政拨款收入');
  });

  it('keeps a two-row header: empty lines under cells merged down, a run of heads under one merged across', () => {
    const lines = [
      '表6 2024年度各单位支出决算情况表（单位：万元）',
      '单位名称',
      '基本支出',
      '项目支出',
      '本年支出合计',
      '',
      '人员经费',
      '公用经费',
      '',
      '',
      '机关',
      '616.88',
      '70.20',
      '2,971.96',
      '3,659.04',
      '推广中心',
      '618.83',
      '78.40',
      '480.09',
      '1,177.32',
    ];
    const [t] = cellRowTables(lines);
    expect(grid(t.table)).toEqual([
      ['单位名称', '基本支出', '', '项目支出', '本年支出合计'],
      ['', '人员经费', '公用经费', '', ''],
      ['机关', '616.88', '70.20', '2,971.96', '3,659.04'],
      ['推广中心', '618.83', '78.40', '480.09', '1,177.32'],
    ]);
    expect(spanOf(t.table, '单位名称')).toEqual([2, 1]);
    expect(spanOf(t.table, '基本支出')).toEqual([1, 2]);
    expect(spanOf(t.table, '本年支出合计')).toEqual([2, 1]);
  });

  it('places a 小计 / 合计 merged across the leading columns on the right, where its figures fit', () => {
    const lines = [
      '附件9 2024年度农机购置与应用补贴发放明细表',
      '单位：元',
      '序号',
      '镇（街道）',
      '购机者',
      '数量（台）',
      '补贴金额',
      '1',
      '沛城街道',
      '周某某',
      '1',
      '11,400.00',
      '2',
      '',
      '李某强',
      '2',
      '6,600.00',
      '沛城街道小计',
      '3',
      '18,000.00',
      '3',
      '大屯街道',
      '赵某某',
      '1',
      '52,800.00',
      '合计',
      '4',
      '70,800.00',
      '三、存在的问题',
    ];
    const [t] = cellRowTables(lines);
    expect(t.end).toBe(27);
    expect(grid(t.table)).toEqual([
      ['序号', '镇（街道）', '购机者', '数量（台）', '补贴金额'],
      ['1', '沛城街道', '周某某', '1', '11,400.00'],
      ['2', '', '李某强', '2', '6,600.00'],
      ['沛城街道小计', '', '', '3', '18,000.00'],
      ['3', '大屯街道', '赵某某', '1', '52,800.00'],
      ['合计', '', '', '4', '70,800.00'],
    ]);
    expect(spanOf(t.table, '沛城街道小计')).toEqual([1, 3]);
    expect(spanOf(t.table, '合计')).toEqual([1, 3]);
  });

  it('ends the table where a 序号 stops counting on', () => {
    const lines = ['表1 单位情况表', '序号', '单位名称', '人数', '1', '机关', '30', '2', '中心', '35', '4', '站', '28'];
    const [t] = cellRowTables(lines);
    expect(grid(t.table).map((r) => r[0])).toEqual(['序号', '1', '2']);
    expect(t.end).toBe(9);
  });

  describe('near misses stay lines', () => {
    it('a list of short lines after a title, with no figures', () => {
      const lines = [
        '附件5 评价工作组成员',
        '职务',
        '姓名',
        '单位',
        '组长',
        '张某某',
        '财政局',
        '副组长',
        '李某某',
        '农业农村局',
      ];
      expect(cellRowTables(lines)).toEqual([]);
    });

    it('a numbered list after a title', () => {
      const lines = ['表3 主要问题清单', '1.预算执行偏慢', '2.绩效目标不够细化', '3.资产管理不规范', '1', '2', '3'];
      expect(cellRowTables(lines)).toEqual([]);
    });

    it('rows that do not keep the stride (a cell missing in the second row)', () => {
      const lines = [
        '表2 人员情况表（单位：人）',
        '单位名称',
        '编制数',
        '实有人数',
        '机关',
        '32',
        '30',
        '中心',
        '38',
        '推广站',
        '15',
        '13',
      ];
      expect(cellRowTables(lines)).toEqual([]);
    });

    it('a header with no word that names a column', () => {
      const lines = ['表2 基本情况', '沛县', '丰县', '铜山区', '机关', '32', '30', '中心', '38', '35'];
      expect(cellRowTables(lines)).toEqual([]);
    });

    it('a 自评表 whose rows change their width: a column only the text after it would fill proves no stride', () => {
      // S's 附件1: 部门名称 | name over seven columns, then the funds rows under a label merged down
      const lines = [
        '附件1 沛县农业农村局2024年度部门整体支出绩效自评表',
        '部门（单位）名称',
        '沛县农业农村局',
        '年度预算执行情况（万元）',
        '',
        '年初预算数',
        '全年预算数',
        '全年执行数',
        '分值',
        '执行率',
        '得分',
        '',
        '年度资金总额',
        '8,124.06',
        '9,202.55',
        '8,873.24',
        '10',
        '96.42%',
        '9.64',
        '',
        '其他资金',
        '87.37',
        '96.57',
        '93.37',
        '—',
        '96.69%',
        '—',
        '',
        '项目支出',
        '5,125.86',
        '6,103.14',
        '5,812.38',
        '—',
        '95.24%',
        '—',
        '年度总体目标',
        '预期目标',
        '实际完成情况',
      ];
      expect(cellRowTables(lines)).toEqual([]);
    });

    it("a body of figures only: raw pdftotext's column at a time (R's 表16), not rows", () => {
      const lines = [
        '表16 服务对象满意度调查汇总表',
        '调查对象',
        '职业技能培训学员',
        '公益性岗位人员',
        '创业补贴对象',
        '就业见习人员',
        '用人单位',
        '合计',
        '',
        '发放问卷 有效问卷',
        '120',
        '116',
        '80',
        '78',
        '50',
        '47',
        '50',
        '49',
        '40',
        '38',
        '340',
        '328',
        '',
      ];
      expect(cellRowTables(lines)).toEqual([]);
    });

    it('cells after a blank line under the title (MuPDF writes blocks apart): left to the other readers', () => {
      const lines = [
        '表3 项目资金来源分年度情况表（万元）',
        '',
        '年度',
        '专项债券资金',
        '合计',
        '',
        '2022 年度',
        '8,000.00',
        '8,800.00',
      ];
      expect(cellRowTables(lines)).toEqual([]);
    });
  });
});

// docx2txt of calibre's .docx (report X): a cell a line, no separator between rows or pieces, "—" written " -- ",
// and a page cut repeats the header with no title before the next piece
const CONTRACTS = [
  '表6 合同、结算及付款情况（单位：万元）',
  '合同',
  '合同价',
  '结算送审价',
  '审定价',
  '已付款',
  '付款比例（已付款/合同价）',
  '施工一标段',
  '3,308.62',
  '3,531.62',
  '3,462.40',
  '2,879.82',
  '87.04%',
  '施工二标段',
  '3,857.75',
  '3,981.97',
  '3,863.31',
  '3,042.99',
  '78.88%',
  '合同',
  '合同价',
  '结算送审价',
  '审定价',
  '已付款',
  '付款比例（已付款/合同价）',
  '工程监理',
  '325.11',
  '336.68',
  '326.55',
  '282.39',
  '86.86%',
  '合计',
  '7,491.48',
  '7,850.27',
  '7,652.26',
  '6,205.20',
  '82.83%',
  '三、工程实施情况',
];
const SCORES = [
  '附件1 绩效评价指标评分表',
  '编码',
  '指标名称',
  '权重',
  '评分细则',
  '得分',
  '扣分说明',
  '1',
  '项目决策',
  '20',
  ' -- ',
  '18',
  ' -- ',
  '1.1',
  '项目立项',
  '6',
  ' -- ',
  '6',
  ' -- ',
  '1.1.1',
  '立项依据充分性',
  '3',
  '符合国家、省、市相关规划及政策，得满分；依据不充分的酌情扣分',
  '3',
  ' -- ',
  '1.1.2',
  '资产移交及管护',
  '3',
  '完工标段按期移交并落实管护的得满分，每有一个标段未移交扣0.5分。',
  '2.5',
  '三标段、五标段未完成资产移交。',
  '编码',
  '指标名称',
  '权重',
  '评分细则',
  '得分',
  '扣分说明',
  '合计',
  ' -- ',
  '100',
  ' -- ',
  '87.26',
  ' -- ',
  '附件2 管网工程量明细',
];

describe('tables written a cell a line by docx2txt', () => {
  it('takes a cost table’s heads ("合同价", "已付款", "付款比例（已付款/合同价）") and the piece after a repeated header', () => {
    const [first, second, ...more] = cellRowTables(CONTRACTS);
    expect(more).toEqual([]);
    expect(grid(first.table)).toEqual([
      ['合同', '合同价', '结算送审价', '审定价', '已付款', '付款比例（已付款/合同价）'],
      ['施工一标段', '3,308.62', '3,531.62', '3,462.40', '2,879.82', '87.04%'],
      ['施工二标段', '3,857.75', '3,981.97', '3,863.31', '3,042.99', '78.88%'],
    ]);
    expect([second.start, second.end]).toEqual([19, 36]);
    expect(grid(second.table).slice(1)).toEqual([
      ['工程监理', '325.11', '336.68', '326.55', '282.39', '86.86%'],
      ['合计', '7,491.48', '7,850.27', '7,652.26', '6,205.20', '82.83%'],
    ]);
  });

  it('reads a scoring table: codes 1 / 1.1 / 1.1.1 in one column, a rule written as a sentence, a 合计 alone after the cut', () => {
    const [t, total, ...more] = cellRowTables(SCORES);
    expect(more).toEqual([]);
    expect(grid(t.table).map((r) => r[0])).toEqual(['编码', '1', '1.1', '1.1.1', '1.1.2']);
    expect(grid(t.table)[4][5]).toBe('三标段、五标段未完成资产移交。');
    expect(grid(total.table)[1]).toEqual(['合计', '--', '100', '--', '87.26', '--']);
  });

  it('reads no piece after a repeated header whose lines do not fit the first piece’s columns', () => {
    const lines = [
      ...CONTRACTS.slice(0, 25),
      '工程监理',
      '合同已签订',
      '336.68',
      '326.55',
      '282.39',
      '86.86%',
      '三、工程实施情况',
    ];
    expect(cellRowTables(lines)).toHaveLength(1);
  });
});

// LibreOffice's text export of a table split into pieces (report AC's form): blank lines between the pieces, each
// under the header again; 科目 codes joined by "/" where a row stands for two ("2080101/2080102", "301/303")
const SPENDING = [
  '表6 2024年度项目支出明细表（单位：万元）',
  '序号',
  '项目名称',
  '功能分类科目',
  '全年预算数',
  '全年执行数',
  '1',
  '松阳县敬老院运转补助',
  '2081002',
  '310.00',
  '305.20',
  '2',
  '松阳县低保提标补助',
  '2080101/2080102',
  '96.40',
  '96.40',
  '',
  '',
  '序号',
  '项目名称',
  '功能分类科目',
  '全年预算数',
  '全年执行数',
  '3',
  '松阳县残疾人两项补贴',
  '2081107',
  '58.00',
  '57.36',
  '合计',
  '',
  '',
  '464.40',
  '458.96',
  '',
  '三、项目绩效情况',
];

describe('tables written a cell a line by LibreOffice, split into pieces', () => {
  it('goes on past blank lines to the header repeated and reads a row of two 科目 codes', () => {
    const [first, second, ...more] = cellRowTables(SPENDING);
    expect(more).toEqual([]);
    expect(grid(first.table).map((r) => r[2])).toEqual(['功能分类科目', '2081002', '2080101/2080102']);
    expect([second.start, second.end]).toEqual([18, 32]);
    expect(grid(second.table).slice(1)).toEqual([
      ['3', '松阳县残疾人两项补贴', '2081107', '58.00', '57.36'],
      ['合计', '', '', '464.40', '458.96'],
    ]);
  });

  it('reads no piece where the lines after the blank ones are not the header again', () => {
    const lines = [...SPENDING.slice(0, 18), '项目名称', '序号', ...SPENDING.slice(20)];
    expect(cellRowTables(lines)).toHaveLength(1);
  });

  it('a cell of "1/2" is no code: a fraction in a column of codes ends the rows (one row proves no stride)', () => {
    const lines = [...SPENDING.slice(0, 13), '1/2', ...SPENDING.slice(14, 16), '三、项目绩效情况'];
    expect(cellRowTables(lines)).toEqual([]);
  });
});

describe('a table under an annex table\'s title ("附表1 …")', () => {
  const SURVEY = [
    '附表',
    '附表1  2024年度满意度调查结果统计表',
    '调查对象',
    '有效问卷（份）',
    '满意人数',
    '满意率',
    '低保对象',
    '420',
    '389',
    '92.62%',
    '特困人员',
    '86',
    '80',
    '93.02%',
    '',
    '附表2  2023—2024年度自评得分对比表',
  ];

  it('is read as the titled tables are', () => {
    const [t, ...more] = cellRowTables(SURVEY);
    expect(more).toEqual([]);
    expect([t.start, t.end]).toEqual([2, 13]);
    expect(grid(t.table)[2]).toEqual(['特困人员', '86', '80', '93.02%']);
  });

  it('"附表" alone, the annex\'s heading, is no title: the cells under it stay lines', () => {
    expect(cellRowTables(SURVEY.filter((_, i) => i !== 1))).toEqual([]);
  });
});
