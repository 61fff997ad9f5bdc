// A department's money has members and parts: each unit's paragraph states that unit's figures,
// 基本支出 / 项目支出 / "N个重点项目" are parts of the whole, and 结转和结余 is a stock carried across years.
import { describe, expect, it } from 'vitest';
import consistency from '../../rules/money/consistency.js';
import identity from '../../rules/money/identity.js';
import total from '../../rules/score/total.js';
import { extractFunding } from '../../src/facts/funding/funding.js';
import { type FundFigure } from '../../src/facts/funding/figures.js';
import { docFromText, runRule } from '../helpers.js';
import { form } from '../rules/score/forms.js';

const show = (f: FundFigure) =>
  `${f.kind}${f.source ? '@' + f.source : ''}=${f.q?.value.toString()}${f.scope ? ' (' + f.scope + ')' : ''}`;
const textFigures = (text: string) =>
  extractFunding(docFromText(text))
    .figures.filter((f) => f.origin === 'text')
    .map(show);

const TITLE = '某县农业农村局2024年度部门整体支出绩效自评报告';
const WHOLE = '2024年度我局本年支出8,873.24万元，全年预算9,202.55万元，执行率96.42%。';
const PROGRAMME = '某县2024年度动物防疫补助经费项目';
const deptForm = form(
  '部门名称',
  '某县农业农村局',
  '9.64',
  [
    ['产出指标', '监测样品数', 60, '59'],
    ['效益指标', '农户满意度', 30, '29'],
  ],
  '97.64',
  ['8124.06', '9202.55', '8873.24', '96.42%'],
);
const progForm = form(
  '项目名称',
  PROGRAMME,
  '9.65',
  [
    ['产出指标', '免疫数量', 60, '60'],
    ['效益指标', '疫情发生率', 30, '29'],
  ],
  '98.65',
  ['386.00', '412.80', '398.26', '96.48%'],
);
const dept = (...paras: string[]) =>
  docFromText(
    [
      TITLE,
      '一、部门概况',
      WHOLE,
      ...paras,
      '二、部门整体支出绩效自评表',
      deptForm,
      '三、项目支出绩效自评表',
      progForm,
    ].join('\n\n'),
  );

describe("a unit's paragraph in a department's report", () => {
  const UNIT =
    '2.某县动物疫病预防控制中心。该单位为公益一类事业单位。2024年度本年收入1,175.76万元，本年支出1,158.47万元，其中人员经费468.56万元，承担动物防疫补助经费、重大动物疫病应急物资储备等2个项目。';

  it("states that unit's figures, not the programme it lists nor the department's", () => {
    const d = dept(UNIT);
    const unit = extractFunding(d).figures.find((f) => f.q?.value.toString() === '1158.47');
    expect(unit?.scope).toBe('unit:某县动物疫病预防控制中心');
    // before: 1,158.47万元 against the programme's 398.26万元
    expect(runRule([consistency, identity], d)).toEqual([]);
    // a paragraph opened by the department itself, or by no unit, is the department's own
    const own = dept('1.某县农业农村局。本年支出8,837.24万元。');
    expect(runRule(consistency, own).map((f) => f.locations[0].text)).toContain('8,837.24万元');
    const none = dept('1.部门支出。本年支出8,837.24万元。');
    expect(runRule(consistency, none).map((f) => f.locations[0].text)).toContain('8,837.24万元');
  });

  it("is still compared with the same unit's own figures", () => {
    const d = dept(UNIT.replace('其中人员经费468.56万元，', '全年支出1,185.47万元，'));
    expect(runRule(consistency, d).map((f) => f.locations[0].text)).toContain('1,185.47万元');
  });
});

describe("a department's parts are not its whole", () => {
  it("项目支出 and 项目预算 in a department's report are parts (in a project's they are its own)", () => {
    expect(
      textFigures(
        [
          TITLE,
          '一、预算',
          '年初预算8,124.06万元，其中基本支出2,998.20万元、项目支出5,125.86万元。',
          '我局共实施项目29个，全年项目预算6,103.14万元，执行5,812.38万元，执行率95.24%。',
          '全年预算执行率96.42%，其中基本支出执行率98.76%，项目支出执行率95.24%。',
        ].join('\n\n'),
      ),
    ).toEqual(['budget=8124.06', 'executionRate=96.42']);
    expect(textFigures(['某县道路建设项目绩效评价报告', '一、资金', '项目支出118.00万元。'].join('\n\n'))).toEqual([
      'spent=118',
    ]);
  });

  it('"N个重点项目" named in a list are several programmes, not the whole', () => {
    const d = dept(
      '其中动物防疫、基层农技推广、农机购置与应用补贴等5个重点项目全年预算3,981.40万元，执行3,834.14万元。',
    );
    expect(
      extractFunding(d)
        .figures.filter((f) => f.origin === 'text' && f.scope === null)
        .map(show),
    ).toEqual(['spent=8873.24', 'budget=9202.55', 'executionRate=96.42']);
    expect(runRule(consistency, d)).toEqual([]);
  });

  it("a table's 基本支出 / 项目支出 columns are parts of its 合计 column", () => {
    const table = [
      '表7 支出功能分类情况表（单位：万元）',
      '科目名称\t本年支出\t基本支出\t项目支出',
      '农业农村\t8,000.00\t2,800.00\t5,200.00',
      '社会保障\t873.24\t260.86\t612.38',
      '合计\t8,873.24\t3,060.86\t5,812.38',
    ].join('\n');
    const d = dept(table);
    const total = extractFunding(d).figures.filter((f) => f.origin === 'table' && f.label === '合计');
    expect(total.map(show)).toEqual([
      'spent=8873.24',
      'spent=3060.86 (part:基本支出)',
      'spent=5812.38 (part:项目支出)',
    ]);
    // before: 3,060.86 and 5,812.38 against the department's 8,873.24
    expect(runRule(consistency, d)).toEqual([]);
    // the 合计 column is still the whole's
    expect(runRule(consistency, dept(table.replace('合计\t8,873.24', '合计\t8,837.24'))).length).toBeGreaterThan(0);
  });

  it("a list of programmes with their 实施单位 adds up to the programmes' money, not the whole", () => {
    const d = dept(
      [
        '附件7 项目支出情况表（单位：万元）',
        '项目名称\t实施单位\t调整后预算\t执行数\t执行率',
        '高标准农田建设\t局机关\t2,460.00\t2,389.62\t97.14%',
        '动物防疫补助经费\t疫控中心\t412.80\t398.26\t96.48%',
        '合计\t\t2,872.80\t2,787.88\t97.04%',
      ].join('\n'),
    );
    // as a .docx writes it: 合计 spans 项目名称 and 实施单位
    const t = d.tables[0];
    const last = t.rows - 1;
    t.cells[t.grid[last][0]].colSpan = 2;
    t.grid[last][1] = t.grid[last][0];
    // before: the 合计 row was the department's own (source null), its 97.04% the department's rate
    const total = extractFunding(d).figures.filter((f) => f.origin === 'table' && f.label === '合计');
    expect(total.map(show)).toEqual(['budget@item=2872.8', 'spent@item=2787.88', 'executionRate@item=97.04']);
    expect(runRule(consistency, d)).toEqual([]);
  });
});

describe('结转和结余', () => {
  const TABLE = [
    '表5 收支及结转结余情况表（单位：万元）',
    '单位名称\t年初结转和结余\t本年收入\t本年支出\t年末结转和结余',
    '局机关\t300.00\t5,000.00\t4,900.00\t400.00',
    '疫控中心\t200.28\t3,983.89\t3,973.24\t210.93',
    '合计\t500.28\t8,983.89\t8,873.24\t610.93',
  ].join('\n');

  it("is neither this year's 结余 (预算 − 支出) nor one amount across the year", () => {
    const d = dept(TABLE, '加上年初结转和结余500.28万元，扣除本年支出8,873.24万元，年末结转和结余610.93万元。');
    expect(extractFunding(d).figures.filter((f) => f.kind === 'balance')).toEqual([]);
    // before: 500.28 and 610.93 against 9,202.55 − 8,873.24 = 329.31, and 610.93 against 500.28
    expect(runRule([consistency, identity], d)).toEqual([]);
    // a project's 结余 is still its budget less its spending
    const p = docFromText(
      ['某县道路建设项目绩效评价报告', '一、资金', '项目预算120.00万元，实际支出100.00万元，结余25.00万元。'].join(
        '\n\n',
      ),
    );
    expect(runRule(identity, p).map((f) => f.locations[0].text)).toContain('25.00万元');
  });
});

describe("a unit's section in a department's report", () => {
  it("holds that unit's figures, the department's own section the whole's", () => {
    const d = dept(
      '（一）所属单位情况',
      '1.某县动物疫病预防控制中心',
      '该单位2024年度本年支出1,158.47万元，承担动物防疫补助经费等3个项目。',
      '2.某县农业农村局',
      '本年支出8,837.24万元。',
    );
    const unit = extractFunding(d).figures.find((f) => f.q?.value.toString() === '1158.47');
    expect(unit?.scope).toBe('unit:某县动物疫病预防控制中心');
    // before: 1,158.47万元 against the programme's 398.26万元; the department's slip is still found
    expect(runRule(consistency, d).map((f) => f.locations[0].text)).toEqual(['8,837.24万元']);
  });
});

describe("a programme's section in a department's report", () => {
  // LibreOffice's text export reads no tables, so no 项目支出绩效自评表 names the programmes: their headings do
  const noForms = (title: string, ...paras: string[]) =>
    docFromText(
      [
        title,
        '一、部门概况',
        WHOLE,
        '二、绩效自评结果',
        '（一）项目支出自评结果',
        '1.某县2024年度高标准农田建设项目',
        '调整后全年预算2,460.00万元；全年执行2,389.62万元，执行率97.14%。',
        '2.农机购置与应用补贴',
        '全年预算820.00万元，执行770.44万元，执行率93.96%。',
        ...paras,
      ].join('\n\n'),
    );

  it("holds that programme's figures, also with no form read", () => {
    const d = noForms(TITLE);
    const scopes = extractFunding(d)
      .figures.filter((f) => ['2389.62', '770.44'].includes(f.q?.value.toString() ?? ''))
      .map((f) => f.scope);
    // "农机购置与应用补贴" ends in no 项目/经费: one of the sibling sections under "项目支出自评结果"
    expect(scopes).toEqual(['programme:某县2024年度高标准农田建设项目', 'programme:农机购置与应用补贴']);
    // before: 2,389.62万元 / 97.14% and 770.44万元 / 93.96% against the department's 8,873.24万元 / 96.42%
    expect(runRule([consistency, identity], d)).toEqual([]);
  });

  it("is still compared with the same programme's figures, and the department's with its own", () => {
    const d = noForms(TITLE, '该项目本年支出707.44万元。', '三、结论', '本年支出8,837.24万元。');
    expect(runRule(consistency, d).map((f) => f.locations[0].text)).toEqual(['707.44万元', '8,837.24万元']);
  });

  it("is the report's own in a project's report", () => {
    const d = noForms('某县2024年度高标准农田建设项目绩效自评报告');
    const own = extractFunding(d).figures.find((f) => f.q?.value.toString() === '2389.62');
    expect(own?.scope).toBeNull();
  });

  it("holds that programme's score, the department's total checked as before", () => {
    const scores = (whole: string) =>
      docFromText(
        [
          TITLE,
          '一、部门整体支出自评结果',
          `部门整体自评得分${whole}。`,
          '1.年度预算执行情况（分值10分）。执行率96.42%，得9.64分。',
          '2.产出指标（分值50分）。得49.5分。',
          '3.效益指标（分值30分）。得29.2分。',
          '4.满意度指标（分值10分）。得9.5分。',
          '二、项目支出自评结果',
          '1.某县2024年度高标准农田建设项目',
          '项目自评得分97.71分，其中预算执行得9.71分，产出指标得49分，效益指标得29分，满意度指标得10分。',
          '2.动物防疫补助经费',
          '项目自评得分98.65分，其中预算执行得9.65分，产出指标得50分，效益指标得30分，满意度指标得9分。',
        ].join('\n\n'),
      );
    // before: 97.71分 and 98.65分 against the department's first level, 97.84分
    expect(runRule(total, scores('97.84分'))).toEqual([]);
    expect(runRule(total, scores('98.84分')).map((f) => f.locations[0].text)).toEqual(['98.84分']);
  });
});
