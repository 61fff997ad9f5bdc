import { describe, expect, it } from 'vitest';
import { levelCounts } from '../../src/facts/indicators/level-counts.js';
import type { RawBlock } from '../../src/model/document.js';
import { buildDocument } from '../../src/structure/build.js';
import { docFromText } from '../helpers.js';

/** A table as a parser gives it: one cell a position, empty cells kept (the .docx reader, the layout text). */
function rawTable(rows: string[][]): RawBlock {
  return {
    kind: 'table',
    cells: rows.flatMap((r, i) =>
      r.map((text, j) => ({ row: i, col: j, rowSpan: 1, colSpan: 1, lines: [{ text, page: 1, line: 1 }] })),
    ),
  };
}
const docOf = (...tables: string[][][]) =>
  buildDocument({ path: 'inline.docx', format: 'docx', pages: null, blocks: tables.map(rawTable) });

const HEAD = ['一级指标', '二级指标', '三级指标', '分值'];
// 产出 spans four rows; its merged cell starts again, empty, after a page cut (Q's 附件1 in .docx)
const CUT = [
  HEAD,
  ['决策', '项目立项', '立项依据充分性', '5'],
  ['产出', '产出数量', '管网建设完成率', '20'],
  ['', '产出数量', '子项目完工率', '20'],
  ['', '产出质量', '工程验收合格率', '20'],
  ['', '产出时效', '资金拨付及时性', '15'],
  ['效益', '满意度', '受益群众满意度', '20'],
  ['合计', '', '', '100'],
];

describe("one first-level indicator's subtree", () => {
  it('reads an empty 一级 cell as the one above it', () => {
    const { subtree } = levelCounts(docOf(CUT));
    expect(subtree('产出', 2)).toEqual([3]);
    expect(subtree('产出类', 3)).toEqual([4]);
    expect(subtree('效益', 3)).toEqual([1]);
  });
  it('knows nothing from a table whose first row has no 一级 cell (a merged cell written on a middle row)', () => {
    const middle = [
      HEAD,
      ['', '项目立项', '立项依据充分性', '2'],
      ['决策', '项目立项', '立项程序规范性', '3'],
      ['', '产出数量', '管网建设完成率', '20'],
      ['产出', '产出数量', '子项目完工率', '20'],
      ['', '产出质量', '工程验收合格率', '20'],
      ['效益', '满意度', '受益群众满意度', '35'],
    ];
    expect(levelCounts(docOf(middle)).subtree('产出', 3)).toEqual([]);
  });
  it('does not read a 绩效目标 table (no 分值 or 得分) when a scoring table exists, and reads it when none does', () => {
    const targets = [
      ['一级指标', '二级指标', '三级指标', '目标值', '实际完成值'],
      ['产出', '产出数量', '管网建设完成率', '≥780公里', '793.4公里'],
      ['效益', '满意度', '受益群众满意度', '≥90%', '92.39%'],
    ];
    expect(levelCounts(docOf(targets, CUT)).subtree('产出', 3)).toEqual([4]);
    expect(levelCounts(docOf(targets)).subtree('产出', 3)).toEqual([1]);
  });
  it("reads the analysis section's headings under the first-level heading that names it", () => {
    const doc = docFromText(
      [
        '四、绩效评价指标分析',
        '（一）项目决策情况',
        '1.项目立项',
        '（1）立项依据充分性',
        '依据充分，得5分。',
        '（二）项目产出情况',
        '1.产出数量',
        '（1）管网建设完成率',
        '完成，得20分。',
        '（2）子项目完工率',
        '完工，得20分。',
        '2.产出质量',
        '（1）工程验收合格率',
        '合格，得20分。',
      ].join('\n\n'),
    );
    const { subtree } = levelCounts(doc);
    expect(subtree('产出', 2)).toEqual([2]);
    expect(subtree('产出', 3)).toEqual([3]);
    expect(subtree('决策', 3)).toEqual([1]);
    // no heading names 效益: its subtree is unknown
    expect(subtree('效益', 2)).toEqual([]);
  });
  it("counts under the section whose headings all name first-level indicators, not a programme's targets' analysis", () => {
    // Z's shape: "四、绩效指标分析" analyses the fund's programmes; "五、各一级指标评分情况" scores 决策 … 效益
    const doc = docFromText(
      [
        '四、绩效指标分析',
        '（一）企业研发投入后补助',
        '补助企业48家。',
        '（二）高新技术企业认定奖励',
        '奖励企业20家。',
        '（三）科技特派员',
        '选派30人。',
        '五、各一级指标评分情况',
        '（一）决策指标（15分）',
        '得13.5分。',
        '（二）过程指标（20分）',
        '得17.5分。',
        '（三）产出指标（35分）',
        '得32分。',
        '（四）效益指标（30分）',
        '得26.5分。',
      ].join('\n\n'),
    );
    expect(levelCounts(doc).headings).toEqual({ 1: 4 });
    // no section of first-level headings: the headings count nothing
    const programmes = docFromText(
      ['四、绩效指标分析', '（一）企业研发投入后补助', '补助企业48家。', '（二）科技特派员', '选派30人。'].join('\n\n'),
    );
    expect(levelCounts(programmes).headings).toEqual({});
  });
  it('knows no third level under a first-level heading when one of its second-level headings has no subheadings', () => {
    const doc = docFromText(
      [
        '四、绩效评价指标分析',
        '（一）项目产出情况',
        '1.产出数量',
        '（1）管网建设完成率',
        '完成，得20分。',
        '2.产出质量',
        '验收合格率、水质达标率均达标，得20分。',
      ].join('\n\n'),
    );
    expect(levelCounts(doc).subtree('产出', 2)).toEqual([2]);
    expect(levelCounts(doc).subtree('产出', 3)).toEqual([]);
  });
});

describe('a scoring table with a subtotal row per first level', () => {
  // T's 附件1: "决策小计 | 15.00 | 13.00" closes 决策; it is no fifth first level, second level or third level
  const SUBTOTALS = [
    ['一级指标', '二级指标', '三级指标', '分值', '得分'],
    ['决策', '项目立项', '立项依据充分性', '5', '5'],
    ['', '资金投入', '资金到位率', '10', '8'],
    ['决策小计', '', '', '15', '13'],
    ['产出', '产出数量', '冷库库容', '20', '20'],
    ['产出小计', '', '', '20', '20'],
    ['合计', '', '', '35', '33'],
  ];
  it('counts the indicators, not the subtotal rows', () => {
    const counts = levelCounts(docOf(SUBTOTALS));
    expect(counts.tables).toEqual([{ 1: 2, 2: 3, 3: 3 }]);
    expect(counts.subtree('决策', 2)).toEqual([2]);
    expect(counts.subtree('产出', 3)).toEqual([1]);
  });
});

describe('a coded scoring table whose subtotal and total rows stand in the 一级 column', () => {
  // "指标编码 | 一级指标 | …": the 小计 and 总计 rows leave the code cell empty (or hold the first level's
  // number) and put their label in the 一级 column, a dash under 二级 and 三级
  const TOTAL_IN_LEVEL = [
    ['指标编码', '一级指标', '二级指标', '三级指标', '分值', '评分标准', '得分'],
    ['1-1-1', '决策', '项目立项', '立项依据充分性', '5', '依据充分得满分', '4.5'],
    ['1-2-1', '决策', '资金投入', '预算编制科学性', '5', '偏差≤10%得满分', '4.0'],
    ['1', '决策小计', '—', '—', '10', '—', '8.5'],
    ['2-1-1', '产出', '产出数量', '道路硬化完成率', '10', '完成得满分', '9.0'],
    ['2', '产出小计', '—', '—', '10', '—', '9.0'],
    ['', '总计', '—', '—', '20', '—', '17.5'],
  ];
  it('counts neither the 总计 row as a first level nor a dash as a second or third level', () => {
    const counts = levelCounts(docOf(TOTAL_IN_LEVEL));
    expect(counts.tables).toEqual([{ 1: 2, 2: 3, 3: 3 }]);
    expect(counts.subtree('决策', 2)).toEqual([2]);
    expect(counts.subtree('产出', 3)).toEqual([1]);
  });
  it('still lists a row whose 评分标准 opens with a total word', () => {
    const rows = TOTAL_IN_LEVEL.map((r, i) => (i === 1 ? [...r.slice(0, 5), '总分5分，依据充分得满分', r[6]] : r));
    expect(levelCounts(docOf(rows)).tables).toEqual([{ 1: 2, 2: 3, 3: 3 }]);
  });
});

describe('a table that lists the indicators by level but was read badly', () => {
  // U's 表12 in pandoc's markdown: a row whose 一级 and 二级 cells both continue a merge lost a cell, so its
  // code stands under 二级指标 and its 指标解释 under 权重 (table/unreadable); 表11, a 绩效目标 table, lists
  // only the indicators with targets. Here the shifted rows end full (a 评价标准 squeezed into the last
  // column), so they cannot be put back by moving them right (src/structure/shifted-rows.ts) and stay read badly
  const SHIFTED = [
    ['一级指标', '二级指标', '编码', '三级指标', '权重', '指标解释'],
    ['A 决策', 'A1 政策设立', 'A1-1', '政策依据充分性', '3.00', '是否符合规定'],
    ['', 'A1-2', '政策目标合理性', '3.00', '目标是否相符', '相符得满分'],
    ['', 'A2 资金分配', 'A2-1', '分配办法科学性', '3.00', '是否采用因素法'],
    ['', 'A2-2', '分配结果合理性', '3.00', '结果是否匹配', '匹配得满分'],
    ['C 产出', 'C1 产出数量', 'C1-1', '学生覆盖率', '6.00', '补助学生数÷在校学生数'],
    ['', 'C1-2', '困难学生覆盖率', '5.00', '实际补助人数÷应补人数', '达到得满分'],
  ];
  const TARGETS = [
    ['一级指标', '二级指标', '三级指标', '年度目标', '实际完成'],
    ['产出', '产出数量', '学生覆盖率', '100%', '100%'],
    ['效益', '满意度', '学生家长满意度', '≥90%', '96.97%'],
  ];
  it('is marked unreadable, and then no table gives a count, not even the 绩效目标 table beside it', () => {
    const doc = docOf(SHIFTED, TARGETS);
    expect(doc.tables[0].reading.confidence).toBe('poor');
    const counts = levelCounts(doc);
    expect(counts.tables).toEqual([]);
    expect(counts.subtree('产出', 3)).toEqual([]);
    expect(counts.subtree('决策', 2)).toEqual([]);
  });
});

describe('a scoring table of coded indicators, each level a row of its own', () => {
  // U's 附件1: 编码 | 指标名称 | 权重 | 得分 — no 一级/二级 columns; the codes say the levels (A ⊃ A1 ⊃ A1-1)
  const CODED = [
    ['编码', '指标名称', '权重', '得分'],
    ['A', '决策', '9.00', '8.00'],
    ['A1', '政策设立', '6.00', '5.50'],
    ['A1-1', '政策依据充分性', '3.00', '3.00'],
    ['A1-2', '政策目标合理性', '3.00', '2.50'],
    ['A2', '资金分配', '3.00', '2.50'],
    ['A2-1', '分配办法科学性', '3.00', '2.50'],
    ['编码', '指标名称', '权重', '得分'],
    ['B', '过程', '4.00', '3.10'],
    ['B1', '资金管理', '4.00', '3.10'],
    ['B1-1', '资金到位率', '4.00', '3.10'],
    ['合计', '', '13.00', '11.10'],
  ];
  it('counts each level by its codes, passing over a piece header written again', () => {
    expect(levelCounts(docOf(CODED)).tables).toEqual([{ 1: 2, 2: 3, 3: 4 }]);
  });
  it('still counts when a table that lists by columns beside it was read badly', () => {
    const shifted = [
      ['一级指标', '二级指标', '编码', '三级指标', '权重', '指标解释'],
      ['A 决策', 'A1 政策设立', 'A1-1', '政策依据充分性', '3.00', '是否符合规定'],
      ['', 'A1-2', '政策目标合理性', '3.00', '目标是否相符', '相符得满分'],
      ['', 'A2 资金分配', 'A2-1', '分配办法科学性', '3.00', '是否采用因素法'],
      ['B 过程', 'B1 资金管理', 'B1-1', '资金到位率', '4.00', '到位资金÷下达资金'],
      ['', 'B1-2', '预算执行率', '3.00', '支出÷到位资金', '达到得满分'],
    ];
    expect(levelCounts(docOf(shifted, CODED)).tables).toEqual([{ 1: 2, 2: 3, 3: 4 }]);
  });
  it("counts one first level's subtree by the codes that extend its own", () => {
    const { subtree } = levelCounts(docOf(CODED));
    expect(subtree('决策', 2)).toEqual([2]);
    expect(subtree('决策指标', 3)).toEqual([3]);
    expect(subtree('过程', 3)).toEqual([1]);
    // no coded row names 产出
    expect(subtree('产出', 2)).toEqual([]);
  });
  it('gives the subtree beside a system table whose first piece alone was read (WeasyPrint cut a row at the page)', () => {
    // U's 表12 in the PDF: the piece before the cut row lists A1 and its two children only
    const piece = [
      ['一级指标', '二级指标', '编码', '三级指标', '权重'],
      ['A 决策', 'A1 政策设立', 'A1-1', '政策依据充分性', '3.00'],
      ['', 'A1 政策设立', 'A1-2', '政策目标合理性', '3.00'],
    ];
    expect(levelCounts(docOf(piece, CODED)).subtree('决策', 2)).toEqual([1, 2]);
    expect(levelCounts(docOf(piece, CODED)).subtree('决策', 3)).toEqual([2, 3]);
  });
});

describe('one score table per first-level indicator, each in its own section', () => {
  // Z's 表10—表13 (二级指标 | 编码 | 三级指标 | 分值 | 得分, no 一级 column): each table is one first level's
  // subtree, not a system of its own; counted one by one, "13个二级指标" was held against one table's 4
  const table = (rows: string[]) => ['二级指标\t编码\t三级指标\t分值\t得分', ...rows].join('\n');
  const DECISION = table([
    '项目立项\tA11\t立项依据充分性\t3\t3',
    '\tA12\t立项程序规范性\t3\t2',
    '资金分配\tA21\t分配合理性\t3\t2',
  ]);
  const PROCESS = table(['资金管理\tB11\t资金到位率\t4\t4', '\tB12\t预算执行率\t4\t3', '\tB13\t资金使用合规性\t2\t2']);
  it('adds the tables of sibling sections into one system: a first level per section', () => {
    const doc = docFromText(
      ['五、各一级指标评分情况', '（一）决策指标', DECISION, '（二）过程指标', PROCESS].join('\n\n'),
    );
    expect(levelCounts(doc).tables).toEqual([{ 1: 2, 2: 3, 3: 6 }]);
  });
  it('leaves two such tables of one section as they are (no first level to count them by)', () => {
    const doc = docFromText(
      ['五、各一级指标评分情况', '（一）决策和过程指标', DECISION, '过程指标评分如下。', PROCESS].join('\n\n'),
    );
    expect(levelCounts(doc).tables).toEqual([
      { 2: 2, 3: 3 },
      { 2: 1, 3: 3 },
    ]);
  });
});
