// A Word table copied as text writes a vertically merged cell once: the rows under
// it have fewer fields, the leading label columns left out (issue 10, pattern 5).
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { checkDocument } from '../../src/engine/check-document.js';
import type { Table } from '../../src/model/document.js';
import { docFromText, fixture, readFixture } from '../helpers.js';

const at = (t: Table, r: number, c: number) => t.cells[t.grid[r][c]];
const row = (t: Table, r: number) =>
  t.grid[r].map((id, c) =>
    t.cells[id].row === r && t.cells[id].col === c ? t.cells[id].text : '↑←'[t.cells[id].row === r ? 1 : 0],
  );

describe('short tab-separated rows', () => {
  it('anchors a short row on the right and runs the merged labels above on over it', () => {
    const doc = docFromText(
      [
        '一级指标\t二级指标\t三级指标\t分值\t得分',
        '决策\t项目立项\t立项依据充分性\t5\t5',
        '立项程序规范性\t5\t5',
        '绩效目标\t绩效目标合理性\t5\t4',
        '过程\t资金管理\t资金到位率\t5\t5',
      ].join('\n'),
    );
    const t = doc.tables[0];
    expect([t.rows, t.cols]).toEqual([5, 5]);
    expect(row(t, 2)).toEqual(['↑', '↑', '立项程序规范性', '5', '5']);
    expect(row(t, 3)).toEqual(['↑', '绩效目标', '绩效目标合理性', '5', '4']);
    expect([at(t, 1, 0).rowSpan, at(t, 1, 1).rowSpan, at(t, 4, 0).text]).toEqual([3, 2, '过程']);
  });

  it('lets the kinds of the fields choose which column a row left out; "≥90%" is a standard, not a figure', () => {
    // the 分值 cell is merged down too: "完成率B" lacks its 一级 and its 分值, not its 指标值
    const doc = docFromText(
      ['一级指标\t三级指标\t指标值\t分值\t得分', '产出\t完成率A\t≥95%\t10\t10', '完成率B\t≥90%\t9'].join('\n'),
    );
    const t = doc.tables[0];
    expect(row(t, 2)).toEqual(['↑', '完成率B', '≥90%', '↑', '9']);
    expect(at(t, 1, 3).rowSpan).toBe(2);
  });

  it('merges a short 合计 label across the label columns, and merges nothing down from a 合计', () => {
    const doc = docFromText(
      [
        '一级指标\t二级指标\t三级指标\t分值\t得分',
        '效益\t社会效益\t受益人口\t15\t15',
        '满意度\t群众满意度\t10\t10',
        '合计\t100\t96',
        // a footer line under the table: no merged cell above can explain it, so it stays on the left
        '填报单位：某局\t填报日期：2025年3月10日',
      ].join('\n'),
    );
    const t = doc.tables[0];
    expect(row(t, 2)).toEqual(['↑', '满意度', '群众满意度', '10', '10']);
    expect(row(t, 3)).toEqual(['合计', '←', '←', '100', '96']);
    expect(row(t, 4)).toEqual(['填报单位：某局', '填报日期：2025年3月10日', '', '', '']);
    expect([at(t, 1, 0).rowSpan, at(t, 3, 0).colSpan, at(t, 3, 0).rowSpan]).toEqual([2, 3, 1]);
  });

  it('drops the header Word repeats at the top of a page, and runs the merged cells of the page before on over the next short row', () => {
    const doc = docFromText(
      [
        '一级指标\t二级指标\t三级指标\t分值\t得分',
        'A决策\tA1项目立项\tA101立项依据充分性\t2\t2',
        '',
        '一级指标\t二级指标\t三级指标\t分值\t得分',
        'A102立项程序规范性\t3\t3',
        'A2绩效目标\tA201绩效目标合理性\t3\t2.5',
      ].join('\n'),
    );
    const t = doc.tables[0];
    expect(t.rows).toBe(4);
    expect(row(t, 2)).toEqual(['↑', '↑', 'A102立项程序规范性', '3', '3']);
    expect(row(t, 3)).toEqual(['↑', 'A2绩效目标', 'A201绩效目标合理性', '3', '2.5']);
    expect([at(t, 1, 0).rowSpan, at(t, 1, 1).rowSpan]).toEqual([3, 2]);
  });

  it('joins a row a page break cut, cell by cell, to the row above, but not a row whose cells above were whole', () => {
    const doc = docFromText(
      [
        '一级指标\t二级指标\t三级指标\t分值\t评分标准\t得分',
        'C产出\tC3产出时效\tC302项目按期完成\t3\t各年度均达到95%得满分，每\t2.7',
        '',
        '一级指标\t二级指标\t三级指标\t分值\t评分标准\t得分',
        '\t\t率\t\t有一个年度未达到扣0.3分。\t',
        'C4产出成本\tC401成本控制有效性\t6\t支出不超过批复预算得满分。\t5.5',
        '',
        // the cells above end their sentences: this is a row of its own, whose 分值 and 得分 were left empty
        '\t\tC402单位成本合理性\t\t单位成本不高于同类项目。\t',
      ].join('\n'),
    );
    const t = doc.tables[0];
    expect(t.rows).toBe(4);
    expect(row(t, 1)).toEqual([
      'C产出',
      'C3产出时效',
      'C302项目按期完成率',
      '3',
      '各年度均达到95%得满分，每有一个年度未达到扣0.3分。',
      '2.7',
    ]);
    expect(row(t, 2)).toEqual(['↑', 'C4产出成本', 'C401成本控制有效性', '6', '支出不超过批复预算得满分。', '5.5']);
    expect(row(t, 3)).toEqual(['↑', '↑', 'C402单位成本合理性', '', '单位成本不高于同类项目。', '']);
    expect(at(t, 1, 2).lines.map((l) => l.line)).toEqual([2, 5]);
  });

  it('joins a cut row that writes its first column only when it closes a 《title》 opened above', () => {
    const doc = docFromText(
      [
        '文号\t文件名称\t下达日期',
        '晋财教〔2023〕52\t《山西省财政厅关于下达2023年\t2023年5月20日',
        '',
        '文号\t文件名称\t下达日期',
        '号\t省级非遗保护传承专项资金（第二批）预算的通知》\t',
        '晋财教〔2023〕60号\t《关于调整专项资金的通知》\t2023年8月2日',
        '',
        // a page break between two whole rows: nothing above is left open
        '晋财教〔2023〕71号\t《关于下达补助资金的通知\t',
      ].join('\n'),
    );
    const t = doc.tables[0];
    expect(t.rows).toBe(4);
    expect(row(t, 1)).toEqual([
      '晋财教〔2023〕52号',
      '《山西省财政厅关于下达2023年省级非遗保护传承专项资金（第二批）预算的通知》',
      '2023年5月20日',
    ]);
    expect(row(t, 3)[0]).toBe('晋财教〔2023〕71号');
  });

  it('does not merge a header cell down: a short first row keeps its left cells empty', () => {
    // a table the page break cut from its first rows: what merged its left cells is on the page before
    const doc = docFromText(
      [
        '一级指标\t二级指标\t三级指标\t分值\t得分',
        'B102预算执行率\t3\t2.89',
        'B2组织实施\tB201管理制度健全性\t4\t3.5',
      ].join('\n'),
    );
    const t = doc.tables[0];
    expect(row(t, 1)).toEqual(['', '', 'B102预算执行率', '3', '2.89']);
    expect(row(t, 2)).toEqual(['', 'B2组织实施', 'B201管理制度健全性', '4', '3.5']);
    expect(t.grid[0].map((id) => t.cells[id].rowSpan)).toEqual([1, 1, 1, 1, 1]);
  });

  it('runs no cell above on into a row that writes its first column: that row starts a new group', () => {
    // 项目过程 lacks its own 分值, which is not the 20 of 项目决策
    const doc = docFromText(
      [
        '一级指标\t分值\t二级指标\t分值\t三级指标\t得分',
        '项目决策\t20\t项目立项\t20\t立项依据充分性\t20',
        '项目过程\t资金管理\t20\t资金到位率\t18',
      ].join('\n'),
    );
    const t = doc.tables[0];
    expect(row(t, 2)).toEqual(['项目过程', '', '资金管理', '20', '资金到位率', '18']);
    expect(at(t, 1, 1).rowSpan).toBe(1);
  });

  it('reads a clean report whose scoring table left out its merged cells without a finding', async () => {
    const doc = await readFixture(fixture('txt', 'omitted-merged-cells.txt'));
    const findings = checkDocument(doc, { rules: allRules, ruleConfig: {}, settings: {}, lang: 'zh-CN' });
    expect(findings.map((f) => `${f.ruleId} @ ${f.locations[0].text}`)).toEqual([]);
    const t = doc.tables[1];
    expect([t.rows, t.cols]).toEqual([15, 7]);
    expect(row(t, 5)).toEqual(['↑', '↑', '预算执行率', '5', '≥95%', '96.2%', '5']);
    expect(row(t, 14)).toEqual(['合计', '←', '←', '100', '', '', '96']);
  });
});

describe('a short row that names columns', () => {
  // the national 自评表 pasted as text: its funds section is wider than its indicator section
  const form = [
    '项目名称\t某项目',
    '项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
    '\t年度资金总额\t600.00\t680.00\t652.80\t10\t96.00%\t9.6',
    '绩效指标\t一级指标\t二级指标\t三级指标\t分值\t得分',
    '\t产出指标\t数量指标\t健身路径数量\t50\t50',
  ].join('\n');
  it('opens a section of its own and keeps its fields in order, not anchored on the right', () => {
    const t = docFromText(`某报告\n\n${form}\n`).tables[0];
    expect(row(t, 1).slice(0, 3)).toEqual(['项目资金（万元）', '', '年初预算数']);
    expect(row(t, 3).slice(0, 2)).toEqual(['绩效指标', '一级指标']);
  });
});

describe('a funds header over a row that writes its merged label as an empty field', () => {
  // a pasted .txt 自评表: "项目资金（万元）" merged down beside the funds rows is an empty first field in each of
  // them, and the indicator section below is wider, its last column words ("偏差原因分析及改进措施")
  const form = [
    '项目名称\t滨川市健身路径建设项目',
    '项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
    '\t年度资金总额\t600.00\t680.00\t652.80\t10\t96.00%\t9.06',
    '\t其中：当年财政拨款\t600.00\t680.00\t652.80\t—\t96.00%\t—',
    '绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
    '\t产出指标\t数量指标\t健身路径数量\t≥50个\t52个\t10\t10\t',
    '\t\t时效指标\t完工及时率\t≥95%\t93.8%\t10\t9\t个别点位场地协调延期。',
    '\t效益指标\t社会效益指标\t经常锻炼人数比例\t≥40%\t43.1%\t10\t10\t',
    '总分\t100\t98\t',
  ].join('\n');
  it('stands each head over the field under it: 得分 over 9.06, 执行率 over 96.00%', () => {
    const t = docFromText(`某报告\n\n${form}\n`).tables[0];
    expect(t.cols).toBe(9);
    expect(row(t, 1).slice(0, 8)).toEqual([
      '项目资金（万元）',
      '',
      '年初预算数',
      '全年预算数',
      '全年执行数',
      '分值',
      '执行率',
      '得分',
    ]);
    expect(row(t, 2).slice(0, 8)).toEqual(['↑', '年度资金总额', '600.00', '680.00', '652.80', '10', '96.00%', '9.06']);
    expect(row(t, 4)[7]).toBe('得分');
  });
});
