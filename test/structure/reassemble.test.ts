// One logical table from the pieces a page break or a converter cut it into (src/structure/reassemble.ts).
// Each case is a small converter-style markdown with HTML tables, as docling/MinerU write one per page.
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { checkDocument } from '../../src/engine/check-document.js';
import { rowTexts } from '../../src/structure/grid.js';
import type { Document, RawBlock } from '../../src/model/document.js';
import { reassembleTables } from '../../src/structure/reassemble.js';
import { docFromText } from '../helpers.js';

const table = (...rows: string[][]) =>
  `<table>${rows.map((r) => `<tr>${r.map((c) => (c.startsWith('@') ? `<td rowspan="${c[1]}">${c.slice(2)}</td>` : `<td>${c}</td>`)).join('')}</tr>`).join('')}</table>`;
const HEAD = ['指标', '分值', '得分', '评价意见'];
const md = (...parts: string[]) => docFromText(parts.join('\n\n'), 'md');
const grid = (doc: Document, k = 0) =>
  Array.from({ length: doc.tables[k].rows }, (_, r) => rowTexts(doc.tables[k], r).join('|'));
const findings = (doc: Document) =>
  checkDocument(doc, { rules: allRules, ruleConfig: {}, settings: {}, lang: 'zh-CN' });

describe('pieces that repeat the header are one table', () => {
  const doc = md(
    '表1 评分表',
    table(HEAD, ['A101立项依据', '5', '5', '依据充分。'], ['A102绩效目标', '5', '4', '目标较明确。']),
    '<!-- image -->',
    table(HEAD, ['B101资金到位率', '10', '10', '到位及时。']),
  );
  it('joins them and drops the repeated header', () => {
    expect(doc.tables).toHaveLength(1);
    expect(grid(doc)).toEqual([
      HEAD.join('|'),
      'A101立项依据|5|5|依据充分。',
      'A102绩效目标|5|4|目标较明确。',
      'B101资金到位率|10|10|到位及时。',
    ]);
  });
  it('keeps where each piece was, and the real line of each cell', () => {
    expect(doc.tables[0].fragments.map((f) => f.firstRow)).toEqual([0, 3]);
    const cell = doc.tables[0].cells.find((c) => c.text === 'B101资金到位率')!;
    expect(cell.lines[0].line).toBe(7);
  });
  it('does not join two tables with headers of their own', () => {
    const two = md(
      table(HEAD, ['A101立项依据', '5', '5', '充分。']),
      table(['序号', '单位', '金额(万元)', '备注'], ['1', '县财政局', '20', '无']),
    );
    expect(two.tables).toHaveLength(2);
  });
  it('does not join tables with another column count', () => {
    const two = md(
      table(HEAD, ['A101立项依据', '5', '5', '充分。']),
      table(['指标', '分值', '得分'], ['A102', '5', '5']),
    );
    expect(two.tables).toHaveLength(2);
  });
  it('joins across a caption that only says it goes on (续表)', () => {
    const one = md(
      table(HEAD, ['A101立项依据', '5', '5', '充分。']),
      '续表1',
      table(HEAD, ['A102绩效目标', '5', '4', '明确。']),
    );
    expect(one.tables).toHaveLength(1);
    expect(one.blocks.some((b) => b.kind === 'paragraph' && b.text.includes('续表'))).toBe(false);
  });
});

describe("a form's pieces, each under its name row and a 附件N（续） line", () => {
  // S's 附件1: every piece opens with "部门（单位）名称 | 沛县农业农村局" and nothing else of the header
  const form = (name: string, ...rows: string[][]) =>
    `<table><tr><td>部门（单位）名称</td><td colspan="3">${name}</td></tr>${rows
      .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
      .join('')}</table>`;
  const LEVELS = ['一级指标', '二级指标', '三级指标', '分值'];
  it('joins them, the name row and the 续 line dropped', () => {
    const doc = md(
      '附件1 部门整体支出绩效自评表',
      form('沛县农业农村局', LEVELS, ['产出指标', '数量指标', '新建高标准农田面积', '8']),
      '附件1（续）',
      form('沛县农业农村局', ['效益指标', '经济效益指标', '粮食总产量', '8'], ['总分', '', '', '100']),
    );
    expect(doc.tables).toHaveLength(1);
    expect(grid(doc).slice(1)).toEqual([
      LEVELS.join('|'),
      '产出指标|数量指标|新建高标准农田面积|8',
      '效益指标|经济效益指标|粮食总产量|8',
      '总分|||100',
    ]);
    expect(doc.blocks.some((b) => b.kind === 'paragraph' && b.text.includes('（续）'))).toBe(false);
  });
  it('does not carry the name row into a continued 一级 cell (pipe tables: an empty cell joins the one above)', () => {
    const pipe = (...rows: string[][]) =>
      [rows[0], rows[0].map(() => '---'), ...rows.slice(1)].map((r) => `| ${r.join(' | ')} |`).join('\n');
    const NAME = ['部门（单位）名称', '沛县农业农村局', '', ''];
    const doc = md(
      pipe(NAME, LEVELS, ['产出指标', '数量指标', '新建高标准农田面积', '8'], ['', '质量指标', '监测合格率', '6']),
      '附件1（续）',
      pipe(NAME, ['', '时效指标', '兑付及时率', '4'], ['效益指标', '经济效益指标', '粮食总产量', '8']),
    );
    expect(doc.tables).toHaveLength(1);
    const rows = grid(doc);
    expect(rows.filter((r) => r.startsWith('部门（单位）名称'))).toHaveLength(1);
    expect(rows.find((r) => r.includes('时效指标'))).not.toMatch(/^部门/);
  });
  it('keeps two forms of two names apart', () => {
    const doc = md(
      form('沛县农业农村局', LEVELS, ['产出指标', '数量指标', '新建高标准农田面积', '8']),
      form('沛县畜牧兽医站', LEVELS, ['产出指标', '数量指标', '免疫畜禽数量', '8']),
    );
    expect(doc.tables).toHaveLength(2);
  });
  it('joins pieces that repeat their header across a 附件N（续） line', () => {
    const doc = md(
      table(HEAD, ['A101立项依据', '5', '5', '充分。']),
      '附件7（续）',
      table(HEAD, ['A102绩效目标', '5', '4', '明确。']),
    );
    expect(doc.tables).toHaveLength(1);
  });
});

describe("a form's pieces a PDF reader found of different widths (W: the 项目支出绩效自评表's head and its body)", () => {
  // "text" a cell, "text@3" a cell three columns wide
  const html = (...rows: string[][]) =>
    `<table>${rows
      .map(
        (r) =>
          `<tr>${r
            .map((c) => {
              const [t, span] = c.split('@');
              return span ? `<td colspan="${span}">${t}</td>` : `<td>${t}</td>`;
            })
            .join('')}</tr>`,
      )
      .join('')}</table>`;
  const NAME = '城乡最低生活保障市级补助资金';
  // the head: spans in every row, so no edge between the label and the next column (7 columns)
  const head = (name = NAME) =>
    html(
      ['项目名称', `${name}@6`],
      ['主管部门', '牡丹江市民政局@2', '实施单位', '牡丹江市社会救助服务中心@3'],
      ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['年度资金总额', '6,850.00', '7,262.60', '7,171.09', '10', '98.74%', '9.87'],
      ['其中：当年财政拨款', '6,850.00', '7,262.60', '—', '—', '—', '—'],
    );
  // the body under the name row again: 一级 | 二级 | 三级 | 指标值 | 完成值 | 分值 | 得分 | 偏差原因 (8 columns)
  const body = (name = NAME) =>
    html(
      ['项目名称', `${name}@7`],
      ['其他资金@2', '0.00', '0.00', '—', '—', '—', '—'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
      ['产出指标', '数量指标', '城市低保保障人数', '≥8500人', '8764人', '40', '40', '无'],
      ['效益指标', '社会效益指标', '低保对象基本生活保障水平', '稳步提高', '稳步提高', '40', '39', '略有差距'],
      ['满意度指标', '服务对象满意度指标', '低保对象满意度', '≥90%', '96.2%', '10', '10', '无'],
      ['总分@5', '100', '98.87', '自评等级：优'],
    );
  it("joins them under the wider piece's columns, the narrower's label taking the columns it lacks", () => {
    const doc = md('表16 项目支出绩效自评表', head(), body());
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0].cols).toBe(8);
    const rows = grid(doc);
    expect(rows.filter((r) => r.startsWith('项目名称'))).toHaveLength(1);
    expect(rows[0]).toBe(`项目名称|${Array(7).fill(NAME).join('|')}`);
    // the figures keep their right edge: 年初 in the column of 其他资金's 0.00, 得分 in the last
    expect(rows[3]).toBe('年度资金总额|年度资金总额|6,850.00|7,262.60|7,171.09|10|98.74%|9.87');
    expect(rows[5]).toBe('其他资金|其他资金|0.00|0.00|—|—|—|—');
  });
  it('reads the funds row inside the form: its 10 and the first levels make the 100', () => {
    const doc = md('表16 项目支出绩效自评表', head(), body());
    expect(findings(doc).filter((f) => f.ruleId.startsWith('score/'))).toEqual([]);
  });
  it('joins the body and its 总分 piece under a name row of two fields (部门名称 | X | 主管部门 | Y)', () => {
    const NAMES = ['部门名称', '牡丹江市民政局@3', '主管部门', '牡丹江市民政局@3'];
    const doc = md(
      html(
        NAMES,
        ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
        ['产出指标', '数量指标', '城乡低保保障人数', '≥21000人', '21486人', '50', '50', '无'],
      ),
      html(['部门名称', '牡丹江市民政局', '主管部门', '牡丹江市民政局@3'], ['总分@3', '100', '96.47', '自评等级：优']),
    );
    expect(doc.tables).toHaveLength(1);
    expect(grid(doc).at(-1)).toBe('总分|总分|总分|总分|总分|100|96.47|自评等级：优');
  });
  it('keeps apart tables of other widths that do not repeat one name row', () => {
    const other = md(head(), body('特困人员救助供养补助资金'));
    expect(other.tables).toHaveLength(2);
    const unnamed = md(
      head(),
      html(['序号', '县（市）区', '分配资金（万元）', '保障人数（人）'], ['1', '东安区', '498.09', '1561']),
    );
    expect(unnamed.tables).toHaveLength(2);
  });
  it('keeps apart a narrower piece with a row that opens with a figure (no label to take the columns it lacks)', () => {
    const doc = md(
      html(['项目名称', `${NAME}@2`], ['序号', '县（市）区', '分配资金（万元）'], ['1', '东安区', '498.09']),
      body(),
    );
    expect(doc.tables).toHaveLength(2);
  });
});

describe('a row the seam cut in two', () => {
  const doc = md(
    table(HEAD, ['A101立项依据', '5', '5', '依据充分。'], ['C102产出质量达', '10', '9', '按《县级项目资金管']),
    table(HEAD, ['标率', '', '', '理办法》验收，合格率98%。'], ['C103产出时效', '5', '5', '按期完成。']),
  );
  it('is merged back into the row above cell by cell', () => {
    expect(grid(doc)).toEqual([
      HEAD.join('|'),
      'A101立项依据|5|5|依据充分。',
      'C102产出质量达标率|10|9|按《县级项目资金管理办法》验收，合格率98%。',
      'C103产出时效|5|5|按期完成。',
    ]);
  });
  it('gives no unpaired-bracket warning and no missing score', () => {
    const ids = findings(doc).map((f) => f.ruleId);
    expect(ids).not.toContain('text/brackets');
    expect(ids).not.toContain('score/missing-score');
  });
  it('is a row of its own when it opens with a code, or the row above ends its sentence', () => {
    const kept = md(
      table(HEAD, ['C102产出质量达标率', '10', '9', '验收合格。']),
      table(HEAD, ['C103产出时效', '', '', '未评分。']),
    );
    expect(grid(kept)).toHaveLength(3);
    const ended = md(table(HEAD, ['质量', '10', '9', '验收合格。']), table(HEAD, ['时效', '', '', '按期。']));
    expect(grid(ended)).toHaveLength(3);
  });
});

describe('a merged label the seam cut', () => {
  it('is carried over the empty cells that continue it', () => {
    const doc = md(
      table(['一级指标', '二级指标', '分值', '得分'], ['@2产出指标', '数量', '10', '10'], ['质量', '10', '9']),
      table(['一级指标', '二级指标', '分值', '得分'], ['', '时效', '10', '10'], ['效益指标', '社会效益', '20', '18']),
    );
    const t = doc.tables[0];
    expect(grid(doc).slice(1)).toEqual([
      '产出指标|数量|10|10',
      '产出指标|质量|10|9',
      '产出指标|时效|10|10',
      '效益指标|社会效益|20|18',
    ]);
    expect(t.cells.find((c) => c.text === '产出指标')!.rowSpan).toBe(3);
  });
});

describe('a header row repeated inside one grid', () => {
  it('is no data row', () => {
    const doc = md(table(HEAD, ['A101立项依据', '5', '5', '充分。'], HEAD, ['A102绩效目标', '5', '4', '明确。']));
    expect(grid(doc)).toEqual([HEAD.join('|'), 'A101立项依据|5|5|充分。', 'A102绩效目标|5|4|明确。']);
  });
  it('keeps a data row that only looks like the header in one cell', () => {
    const doc = md(table(HEAD, ['指标', '5', '5', '充分。']));
    expect(grid(doc)).toHaveLength(2);
  });
});

describe('pieces on the next page without the header again', () => {
  const line = (text: string, page: number) => ({ text, page, line: 1 });
  const cell = (row: number, col: number, text: string, page: number) => ({
    row,
    col,
    rowSpan: 1,
    colSpan: 1,
    lines: [line(text, page)],
  });
  const piece = (page: number, rows: string[][]): RawBlock => ({
    kind: 'table',
    cells: rows.flatMap((r, i) => r.map((t, j) => cell(i, j, t, page))),
  });
  it('are joined when their columns hold the same kinds, on the page after', () => {
    const out = reassembleTables([
      piece(3, [HEAD, ['A101', '5', '5', '充分。'], ['A102', '5', '4', '明确。']]),
      piece(4, [
        ['A103', '5', '5', '合规。'],
        ['A104', '5', '5', '到位。'],
      ]),
    ]);
    expect(out).toHaveLength(1);
  });
  it('stay apart when the next piece is not on the next page, or its columns differ in kind', () => {
    expect(
      reassembleTables([piece(3, [HEAD, ['A101', '5', '5', '充分。']]), piece(6, [['A103', '5', '5', '合规。']])]),
    ).toHaveLength(2);
    expect(
      reassembleTables([
        piece(3, [HEAD, ['A101', '5', '5', '充分。'], ['A102', '5', '4', '明确。']]),
        piece(4, [['县财政局', '张三', '科长', '5']]),
      ]),
    ).toHaveLength(2);
  });
});

describe('a table its parser joined over pages', () => {
  const line = (text: string, page: number) => ({ text, page, line: 1 });
  const cell = (row: number, col: number, text: string, page: number) => ({
    row,
    col,
    rowSpan: 1,
    colSpan: 1,
    lines: [line(text, page)],
  });
  const rows: Array<[string[], number]> = [
    [['序号', '文件名称', '文号'], 3],
    [['10', '《关于加强非遗保护的意见》', '晋政发〔2021〕3号'], 3],
    [['11', '《关于印发山西省文化旅游会展', '晋政办发〔2021〕58号'], 3],
    [['', '康养产业发展规划的通知》', ''], 4],
    [['12', '《非遗工坊认定办法》', '晋文旅发〔2022〕9号'], 4],
  ];
  const table = (): RawBlock => ({
    kind: 'table',
    cells: rows.flatMap(([r, page], i) => r.map((t, j) => cell(i, j, t, page))),
  });
  it('gets the row the page break cut merged back, its lines still on their pages', () => {
    const [t] = reassembleTables([table()]) as Array<Extract<RawBlock, { kind: 'table' }>>;
    const title = t.cells.find((c) => c.lines[0].text.startsWith('《关于印发'))!;
    expect(title.lines.map((l) => [l.text, l.page])).toEqual([
      ['《关于印发山西省文化旅游会展', 3],
      ['康养产业发展规划的通知》', 4],
    ]);
    expect(Math.max(...t.cells.map((c) => c.row))).toBe(3);
  });
});

describe('a piece its parser read one line a row, inside a table joined over pages', () => {
  // the PDF parser could not tell the columns of the page's piece: each line is one cell across the grid
  const line = (text: string, page: number) => ({ text, page, line: 1 });
  const cell = (row: number, col: number, text: string, page: number, colSpan = 1) => ({
    row,
    col,
    rowSpan: 1,
    colSpan,
    lines: [line(text, page)],
  });
  type Row = [string[] | string, number];
  const build = (rows: Row[]): RawBlock => ({
    kind: 'table',
    cells: rows.flatMap(([r, page], i) =>
      typeof r === 'string' ? [cell(i, 0, r, page, 4)] : r.map((t, j) => cell(i, j, t, page)),
    ),
  });
  const texts = (b: RawBlock) => {
    const t = b as Extract<RawBlock, { kind: 'table' }>;
    const rows = Math.max(...t.cells.map((c) => c.row)) + 1;
    return Array.from({ length: rows }, (_, r) =>
      t.cells
        .filter((c) => c.row === r)
        .map((c) => c.lines.map((l) => l.text).join('/'))
        .join('|'),
    );
  };
  const HEADER: Row = [['文号', '文件名称', '下达日期', '金额（万元）'], 5];

  it('drops the header run together, and joins the lines after a seam to the cell that left its bracket open', () => {
    const [t] = reassembleTables([
      build([
        HEADER,
        [['晋财教〔2024〕6号', '《关于提前下达2024年资金的通知》', '2024年1月12日', '5,180.00'], 5],
        [['晋财教〔2024〕55', '《山西省财政厅关于下达2024年', '2024年5月21日', '2,220.00'], 5],
        ['文号 文件名称 下达日期 金额（万元）', 6],
        ['号 省级非物质文化遗产保护传承专项', 6],
        ['资金（第二批）预算的通知》', 6],
        ['合计 7,400.00', 6],
      ]),
    ]);
    expect(texts(t)).toEqual([
      '文号|文件名称|下达日期|金额（万元）',
      '晋财教〔2024〕6号|《关于提前下达2024年资金的通知》|2024年1月12日|5,180.00',
      '晋财教〔2024〕55|《山西省财政厅关于下达2024年/号 省级非物质文化遗产保护传承专项/资金（第二批）预算的通知》|2024年5月21日|2,220.00',
      '合计 7,400.00',
    ]);
  });

  it('joins a line cut at the seam to the line above it when both are lines of the piece', () => {
    const [t] = reassembleTables([
      build([
        [['序号', '文件名称', '文号', '发布日期'], 5],
        [['1', '《山西省非物质文化遗产条例》', '公告第45号', '2013年12月5日'], 5],
        ['11 《山西省人民政府办公厅关于印发山 晋政办发〔2021〕58号 2021年7月19日', 6],
        ['序号 文件名称 文号 发布日期', 7],
        ['康养产业发展规划的通知》', 7],
        ['12 《非遗工坊认定办法》 晋文旅发〔2022〕9号 2022年3月1日', 7],
      ]),
    ]);
    expect(texts(t).slice(2)).toEqual([
      '11 《山西省人民政府办公厅关于印发山 晋政办发〔2021〕58号 2021年7月19日/康养产业发展规划的通知》',
      '12 《非遗工坊认定办法》 晋文旅发〔2022〕9号 2022年3月1日',
    ]);
  });

  it('keeps a line that opens a row of its own, or follows no open bracket', () => {
    const rows: Row[] = [
      [['序号', '文件名称', '文号', '发布日期'], 5],
      [['1', '《山西省非物质文化遗产条例》', '公告第45号', '2013年12月5日'], 5],
      ['2 《非遗工坊认定办法》 晋文旅发〔2022〕9号', 6],
      ['3 《传承人认定办法》 晋文旅发〔2022〕10号', 6],
    ];
    expect(texts(reassembleTables([build(rows)])[0])).toHaveLength(4);
  });
});

describe('a row a page cut inside a piece its parser joined over pages, after a repeated header (S cause G)', () => {
  // LibreOffice's PDF cuts a cell's two lines over two pages ("旋耕机（2.0—" / "2.5m）") inside a piece that
  // the PDF reader already joined over pages, and that piece goes on an earlier one under a repeated header
  const line = (text: string, page: number) => ({ text, page, line: 1 });
  const cell = (row: number, col: number, text: string, page: number) => ({
    row,
    col,
    rowSpan: 1,
    colSpan: 1,
    lines: text ? [line(text, page)] : [],
  });
  type Row = [string[], number];
  const build = (rows: Row[]): RawBlock => ({
    kind: 'table',
    cells: rows.flatMap(([r, page], i) => r.map((t, j) => cell(i, j, t, page))),
  });
  const texts = (b: RawBlock) => {
    const t = b as Extract<RawBlock, { kind: 'table' }>;
    const rows = Math.max(...t.cells.map((c) => c.row)) + 1;
    return Array.from({ length: rows }, (_, r) =>
      t.cells
        .filter((c) => c.row === r)
        .map((c) => c.lines.map((l) => l.text).join('/'))
        .join('|'),
    );
  };
  const HEADER = ['序号', '购机者', '机具品目', '补贴金额'];
  const first: Row[] = [
    [HEADER, 56],
    [['135', '沛县众农农机专业合作社', '粮食烘干机（20吨/批）', '52,800.00'], 56],
  ];
  const second = (cut: string): Row[] => [
    [HEADER, 57],
    [['136', '郭某某', '轮式拖拉机（140—160马力）', '45,200.00'], 57],
    [['137', '李某华', '旋耕机（2.0—', '4,200.00'], 57],
    [['', '', cut, ''], 58],
    [['138', '沛县金穗农机专业合作社', '免耕播种机（4行）', '5,600.00'], 58],
  ];

  it('merges the rest of the cell back into its row, a decimal ("2.5m）") being no numbering', () => {
    const [t] = reassembleTables([build(first), build(second('2.5m）'))]);
    expect(texts(t)).toEqual([
      HEADER.join('|'),
      '135|沛县众农农机专业合作社|粮食烘干机（20吨/批）|52,800.00',
      '136|郭某某|轮式拖拉机（140—160马力）|45,200.00',
      '137|李某华|旋耕机（2.0—/2.5m）|4,200.00',
      '138|沛县金穗农机专业合作社|免耕播种机（4行）|5,600.00',
    ]);
  });

  it('keeps a row that opens with a numbering ("2.其他") a row of its own', () => {
    const [t] = reassembleTables([build(first), build(second('2.其他机具'))]);
    expect(texts(t)).toHaveLength(6);
    expect(texts(t)[4]).toBe('||2.其他机具|');
  });
});

describe("a piece's opening row that is a row of its own", () => {
  const ITEMS = ['序号', '年度', '设备名称', '数量', '金额(万元)'];
  it('keeps a closing row ("2024年小计", "合计") apart from the row above the seam', () => {
    const doc = md(
      table(ITEMS, ['53', '2024', '血气分析仪', '5', '332.65'], ['54', '2024', '血液透析机', '3', '304.05']),
      table(ITEMS, ['2024年小计', '', '', '67', '6,247.65'], ['合计', '', '', '195', '17,879.28']),
    );
    expect(grid(doc).slice(2)).toEqual([
      '54|2024|血液透析机|3|304.05',
      '2024年小计|||67|6,247.65',
      '合计|||195|17,879.28',
    ]);
  });
  it('keeps a verdict row ("自评等级 | 优", a pandoc piece of its own) apart from the 总分 row above the seam', () => {
    const doc = md(
      '表10 部门整体支出绩效自评表',
      [
        '  ---------- -------------------- -------------------------- -------- ---------- -------------------- -------- ------------------------------',
        '  部门名称   松阳县城东区教育局                                       主管部门   松阳县城东区教育局            ',
        '',
        '  社会效应   社会效益             义务教育学校标准化达标率   ≥90%     92.5%      5                    5        ---',
        '',
        '  社会效应   社会效益             适龄儿童少年入学率         100%     100%       5                    5        ---',
        '',
        '  社会效应   服务对象满意度       学生家长满意度             ≥90%     93.6%      5                    5        ---',
        '',
        '  社会效应   服务对象满意度       教职工满意度               ≥90%     88.4%      5                    4        绩效工资分配办法宣传解释不够',
        '',
        '  总分                                                                           100                  95.75    ---',
        '  ---------- -------------------- -------------------------- -------- ---------- -------------------- -------- ------------------------------',
        '',
        '  ---------- -------------------- -------- -------- ---------- -------------------- -------- --------',
        '  部门名称   松阳县城东区教育局                     主管部门   松阳县城东区教育局            ',
        '',
        '  自评等级                                                     优                            ',
        '  ---------- -------------------- -------- -------- ---------- -------------------- -------- --------',
      ].join('\n'),
    );
    expect(grid(doc).slice(-2)).toEqual(['总分|||||100|95.75|---', '自评等级|||||优||']);
  });
  it('still merges back a cut label that is no closing label', () => {
    const doc = md(
      table(ITEMS, ['53', '2024', '血气分析仪', '5', '332.65'], ['54', '2024', '血液透析机（含配', '3', '304.05']),
      table(ITEMS, ['', '', '套水处理系统）', '', '']),
    );
    expect(grid(doc).slice(2)).toEqual(['54|2024|血液透析机（含配套水处理系统）|3|304.05']);
  });
  it('drops a repeated second header row (编制内 | 编制外 under the spanned 年末) instead of gluing it on', () => {
    const head =
      '<tr><td rowspan="2">序号</td><td rowspan="2">科室</td><td colspan="2">2022年末</td><td colspan="2">2023年末</td></tr>' +
      '<tr><td>编制内</td><td>编制外</td><td>编制内</td><td>编制外</td></tr>';
    const rows = (...rs: string[][]) => rs.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
    const doc = md(
      `<table>${head}${rows(['1', '心血管内科', '14', '10', '27', '8'], ['2', '内分泌科', '28', '15', '12', '10'])}</table>`,
      '附件7（续）',
      `<table>${head}${rows(['3', '骨科', '23', '14', '12', '16'])}</table>`,
    );
    expect(doc.tables).toHaveLength(1);
    expect(grid(doc).slice(2)).toEqual(['1|心血管内科|14|10|27|8', '2|内分泌科|28|15|12|10', '3|骨科|23|14|12|16']);
  });
});

describe('a piece its parser could not read as drawn (a .docx merge misplaced)', () => {
  const raw = (rows: string[][], issue = false): RawBlock => ({
    kind: 'table',
    cells: rows.flatMap((r, row) =>
      r.map((text, col) => ({ row, col, rowSpan: 1, colSpan: 1, lines: [{ text, page: null, line: null }] })),
    ),
    ...(issue ? { readingIssues: [{ issue: 'misplaced-merge' as const, col: 4 }] } : {}),
  });
  const name = ['部门名称', '某局', '主管部门', '某局'];
  const first = raw([name, ['一级指标', '二级指标', '分值', '得分'], ['产出指标', '数量指标', '6', '6']]);
  it('is joined to the form whose first row it repeats, whatever its width, and the whole form is read 不可靠', () => {
    const [t, ...rest] = reassembleTables([
      first,
      raw(
        [
          [...name, '', ''],
          ['', '质量指标', '5', '5', '', ''],
        ],
        true,
      ),
    ]);
    expect(rest).toHaveLength(0);
    expect(t.kind === 'table' && t.readingIssues).toEqual([{ issue: 'misplaced-merge', col: 4 }]);
  });
  it('is joined when the form above, widened by such a piece, stands its name row elsewhere (W .docx 表12)', () => {
    // AbiWord's department 自评表: two pieces 16 wide after the 8-wide ones. Once the first is joined, the form's name
    // row spans other columns than the next piece's ("主管部门" in column 4 there, column 2 here); the same name row is
    // the same form, and the form gives one 不可靠 note, not one per piece
    const wide = (row: string) =>
      raw(
        [
          [...name, '', ''],
          ['', row, '5', '5', '', ''],
        ],
        true,
      );
    const out = reassembleTables([first, wide('质量指标'), wide('时效指标')]);
    expect(out).toHaveLength(1);
  });
  it('is not joined when it starts with another row, and a piece read well of another width never is', () => {
    expect(
      reassembleTables([
        first,
        raw(
          [
            ['单位', '金额', '', '', '', ''],
            ['甲', '1', '', '', '', ''],
          ],
          true,
        ),
      ]),
    ).toHaveLength(2);
    expect(
      reassembleTables([
        first,
        raw([
          [...name, '', ''],
          ['', '质量指标', '5', '5', '', ''],
        ]),
      ]),
    ).toHaveLength(2);
  });
});
