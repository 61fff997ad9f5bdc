// Whose money a figure is: a department-wide report with its own and its programmes' 自评表,
// a spending category (三公经费, 基本支出), and a part noted in brackets.
import { describe, expect, it } from 'vitest';
import consistency from '../../rules/money/consistency.js';
import identity from '../../rules/money/identity.js';
import sourceBreakdown from '../../rules/money/source-breakdown.js';
import { extractFunding } from '../../src/facts/funding/funding.js';
import { docFromText, runRule } from '../helpers.js';
import { body } from '../rules/money/common.js';
import { form } from '../rules/score/forms.js';
import { type FundFigure } from '../../src/facts/funding/figures.js';
import { sourceOf } from '../../src/facts/funding/vocabulary.js';

const show = (f: FundFigure) =>
  `${f.kind}${f.source ? '@' + f.source : ''}=${f.q?.value.toString()}${f.scope ? ' (' + f.scope + ')' : ''}`;

const PROGRAMME = '某市2024年度健身设施建设补助项目';
const deptForm = form(
  '部门名称',
  '某市体育局',
  '9.56',
  [
    ['产出指标', '赛事场次', 60, '59'],
    ['效益指标', '锻炼人数比例', 30, '30'],
  ],
  '98.56',
  ['3420.00', '3760.20', '3593.10', '95.56%'],
);
const progForm = form(
  '项目名称',
  PROGRAMME,
  '9.6',
  [
    ['产出指标', '健身路径数量', 50, '50'],
    ['效益指标', '设施管护落实率', 40, '38'],
  ],
  '97.6',
);
const report = (programmeText: string) =>
  docFromText(
    [
      '某市体育局2024年度部门整体支出绩效自评报告',
      '一、部门整体支出绩效自评表',
      deptForm,
      '二、项目支出绩效自评表',
      progForm,
      '三、绩效目标实现情况',
      '（一）部门整体支出',
      '部门全年预算3,760.20万元，全年执行3,593.10万元，执行率95.56%。',
      '（二）健身设施建设补助项目',
      programmeText,
    ].join('\n\n'),
  );

describe("a programme's money in a department's report", () => {
  const ok = '项目全年预算680.00万元，全年执行652.80万元，执行率96.00%。';

  it("is that programme's, in its form and in its section", () => {
    const figs = extractFunding(report(ok)).figures;
    expect(figs.filter((f) => f.origin === 'text').map(show)).toEqual([
      'budget=3760.2',
      'spent=3593.1',
      'executionRate=95.56',
      `budget=680 (${PROGRAMME})`,
      `spent=652.8 (${PROGRAMME})`,
      `executionRate=96 (${PROGRAMME})`,
    ]);
  });

  it("is not compared with the department's or another programme's", () => {
    // before: 652.80 against 3593.10, 96.00% against 95.56%
    expect(runRule([consistency, identity], report(ok))).toEqual([]);
  });

  // W's 表20: the 社区 of one programme under its section, its 合计 the programme's budget and spending
  const sites = (spent: string) =>
    [
      '1.资金投入及使用情况',
      '表5 各站点资金使用情况（单位：万元）',
      ['站点\t预算\t支出', '东城站点\t380.00\t366.80', '西城站点\t300.00\t286.00', `合计\t680.00\t${spent}`].join('\n'),
    ].join('\n\n');
  const withSites = (spent: string) => report(`${ok}\n\n${sites(spent)}`);

  it("reads a table in the programme's section as the programme's", () => {
    const figs = extractFunding(withSites('652.80')).figures.filter((f) => f.origin === 'table' && f.label === '合计');
    expect(figs.map(show)).toEqual([
      'budget=680 (programme:健身设施建设补助项目)',
      'spent=652.8 (programme:健身设施建设补助项目)',
    ]);
    // before: 652.80, the programme's 合计, against the department's 3593.10
    expect(runRule(consistency, withSites('652.80'))).toEqual([]);
  });

  // W (.pdf): a programme form's first piece, cut from its indicator rows, is no form but names its 项目名称
  const piece = (rate: string) =>
    [
      `项目名称\t${PROGRAMME}\t\t`,
      '项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t执行率',
      `年度资金总额\t650.00\t680.00\t652.80\t${rate}`,
    ].join('\n');
  const withPiece = (rate: string) =>
    docFromText(
      [
        '某市体育局2024年度部门整体支出绩效自评报告',
        '一、部门支出',
        '部门全年预算3,760.20万元，全年执行3,593.10万元，执行率95.56%。',
        '二、项目支出',
        piece(rate),
      ].join('\n\n'),
    );

  it("reads a piece naming its 项目名称 as that programme's, not the department's", () => {
    const figs = extractFunding(withPiece('96.00%')).figures.filter((f) => f.origin === 'table');
    expect(figs.map(show)).toContain(`executionRate=96 (${PROGRAMME})`);
    // before: 96.00% and 652.80 against the department's 95.56% and 3593.10
    expect(runRule(consistency, withPiece('96.00%'))).toEqual([]);
  });

  it("is compared with the programme's own figures", () => {
    const fs = runRule(consistency, report('项目全年预算690.00万元，全年执行652.80万元。'));
    expect(fs.map((f) => [f.locations[0].text, f.expected])).toEqual([['690.00万元', '680.00万元']]);
  });
});

describe('money that is not the whole', () => {
  it('a spending category (三公经费, 基本支出) and a rate right after its amount', () => {
    const d = body(
      '项目全年预算120万元，实际支出100万元，执行率83.33%。“三公”经费预算34.50万元，决算29.18万元，为预算的84.58%。其中基本支出执行80万元，执行率98.53%；项目支出执行20万元，执行率92.14%。',
    );
    expect(extractFunding(d).figures.map(show)).toEqual(['budget=120', 'spent=100', 'executionRate=83.33']);
    expect(runRule([consistency, identity], d)).toEqual([]);
  });

  it('a part noted in brackets does not make the sentence its own ("（含上年结转28.00万元）")', () => {
    const d = body('项目全年预算548.00万元（含上年结转28.00万元），全年执行498.68万元，执行率91.00%。');
    expect(extractFunding(d).figures.map(show)).toEqual(['budget=548', 'spent=498.68', 'executionRate=91']);
  });

  it("the department form's split by 收入性质 (财政拨款 / 其他资金) adds up to 年度资金总额", () => {
    expect(sourceOf('按收入性质分：财政拨款')).toBe('current');
    const split = [
      '部门名称\t某市体育局',
      '年度预算资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
      '\t年度资金总额\t3420.00\t3760.20\t3593.10\t10\t95.56%\t9.56',
      '\t按收入性质分：财政拨款\t3100.00\t3421.50\t3275.60\t—\t95.74%\t—',
      '\t其他资金\t320.00\t338.70\t317.50\t—\t93.74%\t—',
      '\t按支出性质分：基本支出\t1950.00\t2010.00\t1980.40\t—\t98.53%\t—',
      '\t项目支出\t1470.00\t1750.20\t1612.70\t—\t92.14%\t—',
      '',
    ].join('\n');
    const d = docFromText(`某市体育局2024年度部门整体支出绩效自评报告\n\n一、自评表\n\n${split}`);
    expect(runRule(sourceBreakdown, d)).toEqual([]);
    const broken = docFromText(
      `某市体育局2024年度部门整体支出绩效自评报告\n\n一、自评表\n\n${split.replace('\t320.00\t', '\t330.00\t')}`,
    );
    expect(runRule(sourceBreakdown, broken).map((f) => f.locations[0].text)).toEqual(['3420.00']);
  });
});

describe("a part's money inside one project: a city's, a sub-programme's, a group's 小计", () => {
  const P = '某省2021—2024年非遗保护专项资金绩效评价报告';
  const WHOLE = '专项资金四个年度累计到位26,900.00万元，累计支出25,902.30万元，执行率96.29%。';
  const TABLE = [
    '表3 分子项目资金使用情况（单位：万元）',
    '子项目\t年度\t预算数\t支出数\t执行率',
    '非遗工坊建设\t2021年\t4,000.00\t3,900.00\t97.50%',
    '\t2022年\t4,700.00\t4,499.77\t95.74%',
    '\t小计\t8,700.00\t8,399.77\t96.55%',
    '非遗宣传展示\t2021年\t1,200.00\t1,160.00\t96.67%',
    '\t2022年\t1,400.00\t1,352.60\t96.61%',
    '\t小计\t2,600.00\t2,512.60\t96.64%',
  ].join('\n');
  const doc = (...paras: string[]) => docFromText([P, '一、资金使用情况', WHOLE, ...paras].join('\n\n'));
  const run = (...paras: string[]) => [
    ...runRule(consistency, doc(...paras)),
    ...runRule(identity, doc(...paras)),
    ...runRule(sourceBreakdown, doc(...paras)),
  ];
  it('reads a city’s sentence, a city’s section and a sub-programme’s sentence as that part’s', () => {
    const shown = extractFunding(
      doc(
        '太原市四年累计分得专项资金2,673.00万元，支出2,568.37万元，执行率96.09%。',
        '非遗工坊建设四年累计预算8,700.00万元，支出8,399.77万元，执行率96.55%。',
        TABLE,
        '二、各设区市资金使用情况',
        '（一）大同市',
        '四年累计分得专项资金2,430.00万元，支出2,343.06万元，执行率96.42%。',
      ),
    )
      .figures.filter((f) => f.origin === 'text')
      .map(show);
    expect(shown).toEqual([
      'arrived=26900',
      'spent=25902.3',
      'executionRate=96.29',
      'spent=2568.37 (place:太原市)',
      'executionRate=96.09 (place:太原市)',
      'budget=8700 (part:非遗工坊建设)',
      'spent=8399.77 (part:非遗工坊建设)',
      'executionRate=96.55 (part:非遗工坊建设)',
      'spent=2343.06 (place:大同市)',
      'executionRate=96.42 (place:大同市)',
    ]);
  });
  it("compares no part's figures with the project's, and reads a group's 小计 as neither the table's total nor one more part", () => {
    expect(
      run(
        '太原市四年累计分得专项资金2,673.00万元，支出2,568.37万元，执行率96.09%。',
        '非遗工坊建设四年累计预算8,700.00万元，支出8,399.77万元，执行率96.55%。',
        TABLE,
      ),
    ).toEqual([]);
  });
  it("still finds a part's figure that disagrees with the same part's row, and the project's own slip", () => {
    const f = run(
      '非遗工坊建设四年累计预算8,700.00万元，支出8,399.77万元，执行率96.55%。',
      TABLE.replace('8,399.77\t96.55%', '8,399.77\t95.55%'),
    );
    expect(f.map((x) => x.actual)).toContain('95.55%');
    expect(run(WHOLE.replace('96.29%', '95.29%')).map((x) => x.actual)).toContain('95.29%');
  });
});

describe('a column in %', () => {
  it('"执行（%）" is the execution rate, not an amount spent', () => {
    const d = docFromText(
      [
        '某项目绩效评价报告',
        '',
        '资金情况（单位：万元）',
        '',
        '资金来源\t预算数\t执行数\t执行（%）',
        '中央资金\t100.00\t96.00\t96.00',
        '县级资金\t50.00\t40.00\t80.00',
        '合计\t150.00\t136.00\t90.67',
        '',
      ].join('\n'),
    );
    expect(
      extractFunding(d)
        .figures.filter((f) => f.source === null)
        .map(show),
    ).toEqual(['budget=150', 'spent=136', 'executionRate=90.67']);
    // before: 90.67万元 "spent" against 136万元
    expect(runRule([consistency, identity], d)).toEqual([]);
  });
});

describe('a 小计 row', () => {
  const table = (central: string) =>
    docFromText(
      [
        '某项目绩效评价报告',
        '',
        '资金情况（单位：万元）',
        '',
        '资金来源\t预算数\t到位数',
        `中央资金\t${central}\t100.00`,
        '省级资金\t50.00\t50.00',
        '小计\t150.00\t150.00',
        '县级资金\t30.00\t20.00',
        '合计\t180.00\t170.00',
        '',
      ].join('\n'),
    );
  it("is its group's subtotal, not the whole the 合计 states", () => {
    expect(
      extractFunding(table('100.00'))
        .figures.filter((f) => f.source === null && f.scope === null)
        .map(show),
    ).toEqual(['budget=180', 'arrived=170']);
    // before: 小计 150.00 was a second "budget" against 180.00
    expect(runRule(consistency, table('100.00'))).toEqual([]);
    // and the 合计 is still checked against the rows
    expect(runRule(sourceBreakdown, table('110.00')).map((f) => f.locations[0].text)).toEqual(['180.00']);
  });
});

describe('a sub-programme named by a table’s column and opening a clause', () => {
  const BY_YEAR = [
    '表1 分年度分子项目预算（单位：万元）',
    '年度\t传承人补助\t非遗工坊建设\t合计',
    '2021年\t1,000.00\t2,000.00\t3,000.00',
    '2022年\t1,200.00\t2,300.00\t3,500.00',
    '合计\t2,200.00\t4,300.00\t6,500.00',
  ].join('\n');
  const doc = (sentence: string) =>
    docFromText(
      [
        '某省非遗保护专项资金绩效评价报告',
        '一、资金',
        '专项资金累计到位6,500.00万元，累计支出6,300.00万元，执行率96.92%。',
        sentence,
        BY_YEAR,
      ].join('\n\n'),
    );
  it('scopes the clauses from the one that opens with it', () => {
    const shown = extractFunding(
      doc('从分子项目看，非遗工坊建设累计预算4,300.00万元，支出4,100.00万元，执行率95.35%。'),
    )
      .figures.filter((f) => f.origin === 'text')
      .map(show);
    expect(shown.slice(3)).toEqual([
      'budget=4300 (part:非遗工坊建设)',
      'spent=4100 (part:非遗工坊建设)',
      'executionRate=95.35 (part:非遗工坊建设)',
    ]);
    expect(
      runRule(consistency, doc('从分子项目看，非遗工坊建设累计预算4,300.00万元，支出4,100.00万元，执行率95.35%。')),
    ).toEqual([]);
  });
});

describe('a sample checked on site', () => {
  const town = (sample: string) =>
    docFromText(
      [
        '某县2024年度农村供水工程建设项目绩效评价报告',
        '一、项目资金情况',
        '项目预算14,200.00万元，实际支出13,604.64万元，执行率95.81%。',
        '二、各乡镇实施情况',
        '（一）城关镇',
        '城关镇子项目投资1,263.40万元，已支付1,238.66万元，支付率98.04%。',
        sample,
      ].join('\n\n'),
    );

  it("is the sample's money, not the township's ('抽查了…3个子项目，…已支付455.00万元')", () => {
    const doc = town('评价组现场抽查了河桥村管网延伸工程等3个子项目，抽查投资465.77万元，已支付455.00万元。');
    const sample = extractFunding(doc).figures.find((f) => f.q?.value.toString() === '455');
    expect(sample?.scope).toBe('sample:place:城关镇');
    expect(runRule(consistency, doc)).toEqual([]);
  });

  it("still compares the township's own figures ('已支付1,283.66万元' after 1,238.66)", () => {
    const fs = runRule(consistency, town('城关镇子项目已支付1,283.66万元。'));
    expect(fs.map((f) => f.locations[0].text)).toContain('1,283.66万元');
  });
});

describe('a sentence that opens with another year', () => {
  const span = (sentence: string) =>
    docFromText(
      [
        '某县2022—2024年农村供水保障工程建设项目绩效评价报告',
        '一、项目资金情况',
        '项目预算14,200.00万元，实际支出13,604.64万元，执行率95.81%。',
        sentence,
      ].join('\n\n'),
    );

  it("is about that year across its clauses ('2021年度，全县安排…预算3,650.00万元，实际支出3,412.75万元，执行率93.50%')", () => {
    const doc = span(
      '2021年度，全县安排同类农村饮水安全巩固提升资金预算3,650.00万元，实际支出3,412.75万元，执行率93.50%。',
    );
    expect(
      extractFunding(doc)
        .figures.filter((f) => f.origin === 'text')
        .map(show),
    ).toEqual(['budget=14200', 'spent=13604.64', 'executionRate=95.81']);
    expect(runRule([consistency, identity], doc)).toEqual([]);
  });

  it("until another date is named: '截至2024年12月31日' takes the sentence back to the evaluated span", () => {
    const figs = extractFunding(span('2021年度项目尚未设立，截至2024年12月31日累计支出13,604.64万元。')).figures.filter(
      (f) => f.origin === 'text',
    );
    expect(figs.map(show).filter((x) => x === 'spent=13604.64')).toHaveLength(2);
  });
});
