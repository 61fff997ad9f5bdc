// A funding table's row labels are the nearest column of text left of its first kind column, not the
// column of figures just before it ("年度 | 传承人补助 | … | 支出合计 | 预算数 | 执行率"); and a table in a city's
// section is that city's, so its groups' 小计 are never compared with another city's of the same name.
import { describe, expect, it } from 'vitest';
import consistency from '../../rules/money/consistency.js';
import { extractFunding } from '../../src/facts/funding/funding.js';
import type { FundFigure } from '../../src/facts/funding/figures.js';
import { docFromText, runRule } from '../helpers.js';

const show = (f: FundFigure) =>
  `${f.kind}${f.source ? '@' + f.source : ''}:${f.label}=${f.q?.value.toString()}${f.scope ? ' (' + f.scope + ')' : ''}`;

const BY_YEAR = [
  '表2 各年度专项资金支出情况（万元）',
  '年度\t传承人补助\t非遗工坊建设\t支出合计\t预算数\t执行率',
  '2021年\t1,193.85\t1,732.50\t2,926.35\t3,000.00\t97.55%',
  '2022年\t1,283.71\t2,000.25\t3,283.96\t3,500.00\t93.83%',
  '合计\t2,477.56\t3,732.75\t6,210.31\t6,500.00\t95.54%',
];

describe('a per-year table with columns of figures before its kinds', () => {
  const report = (rate: string) =>
    docFromText(
      [
        '某专项资金（2021—2022年）绩效评价报告',
        '一、项目基本情况',
        `两个年度专项资金累计预算6,500.00万元，累计支出6,210.31万元，预算执行率${rate}。`,
        ...BY_YEAR,
      ].join('\n\n'),
    );
  it('reads its rows by the 年度 column', () => {
    const table = extractFunding(report('95.54%')).figures.filter((f) => f.origin === 'table');
    expect(table.map(show)).toEqual([
      'budget@item:2021年=3000',
      'budget@item:2022年=3500',
      'budget:合计=6500',
      'executionRate@item:2021年=97.55',
      'executionRate@item:2022年=93.83',
      'executionRate:合计=95.54',
    ]);
  });
  it("holds the text's rate against the table's 合计", () => {
    expect(runRule(consistency, report('95.54%'))).toEqual([]);
    const swapped = runRule(consistency, report('95.45%'));
    expect(swapped.map((f) => [f.actual, f.expected])).toEqual([['95.45%', '95.54%']]);
  });
});

describe('a sentence dated by a year a per-year table labels a row with', () => {
  it("is the programme's, not that year's part", () => {
    const doc = docFromText(
      [
        '某专项资金（2021—2022年）绩效评价报告',
        '一、项目基本情况',
        '截至2022年12月31日，项目累计预算6,500.00万元，累计支出6,210.31万元，预算执行率95.45%。',
        ...BY_YEAR,
      ].join('\n\n'),
    );
    const rate = extractFunding(doc).figures.filter((f) => f.origin === 'text' && f.kind === 'executionRate');
    expect(rate.map((f) => f.scope)).toEqual([null]);
    expect(runRule(consistency, doc).map((f) => [f.actual, f.expected])).toEqual([['95.45%', '95.54%']]);
  });
});

describe("a table in a city's section", () => {
  const city = (name: string, rows: string[][]) => [
    `（一）${name}`,
    `${name}两个年度分得专项资金情况如下。`,
    '年度\t子项目\t分配数\t支出数\t执行率',
    ...rows.map((r) => r.join('\t')),
  ];
  const doc = docFromText(
    [
      '某专项资金（2021—2022年）绩效评价报告',
      '五、各设区市资金使用情况',
      ...city('太原市', [
        ['2021年', '传承人补助', '138.60', '128.90', '93.00%'],
        ['', '非遗工坊', '198.00', '187.11', '94.50%'],
        ['', '小计', '336.60', '316.01', '93.88%'],
        ['2022年', '传承人补助', '145.20', '138.67', '95.50%'],
        ['', '非遗工坊', '231.00', '224.07', '97.00%'],
        ['', '小计', '376.20', '362.74', '96.42%'],
      ]),
      ...city('大同市', [
        ['2021年', '传承人补助', '120.00', '110.40', '92.00%'],
        ['', '非遗工坊', '150.00', '147.00', '98.00%'],
        ['', '小计', '270.00', '257.40', '95.33%'],
        ['2022年', '传承人补助', '125.00', '121.25', '97.00%'],
        ['', '非遗工坊', '160.00', '152.00', '95.00%'],
        ['', '小计', '285.00', '273.25', '95.88%'],
      ]),
    ].join('\n\n'),
  );
  it("scopes its groups' 小计 to the city", () => {
    const subtotals = extractFunding(doc).figures.filter(
      (f) => f.origin === 'table' && f.label === '小计' && f.kind === 'executionRate',
    );
    expect(subtotals.map((f) => f.scope)).toEqual([
      'place:太原市/part:2021年',
      'place:太原市/part:2022年',
      'place:大同市/part:2021年',
      'place:大同市/part:2022年',
    ]);
  });
  it("compares no city's 2021年 小计 with another's", () => {
    expect(runRule(consistency, doc)).toEqual([]);
  });
});

describe("a sentence that opens with a word or two before a part's name", () => {
  // the table names the sub-programme 宣传展示 (a column of amounts); the sentence calls it 非遗宣传展示
  const report = (opening: string) =>
    docFromText(
      [
        '某专项资金（2021—2022年）绩效评价报告',
        '一、项目基本情况',
        '两个年度专项资金累计预算6,500.00万元，累计支出6,210.31万元，预算执行率95.54%。',
        '表1 各年度预算安排（万元）',
        '年度\t传承人补助\t宣传展示（省本级）\t合计',
        '2021年\t2,460.00\t540.00\t3,000.00',
        '2022年\t2,920.00\t580.00\t3,500.00',
        '合计\t5,380.00\t1,120.00\t6,500.00',
        `从分子项目看，${opening}累计预算1,120.00万元，支出1,069.80万元，执行率95.52%。`,
      ].join('\n\n'),
    );
  it("is that part's", () => {
    const text = extractFunding(report('非遗宣传展示')).figures.filter(
      (f) => f.origin === 'text' && f.q?.value.toString() === '1120',
    );
    expect(text.map((f) => f.scope)).toEqual(['part:宣传展示']);
    expect(runRule(consistency, report('非遗宣传展示'))).toEqual([]);
  });
  it('is not when more than a word or two stands before the name', () => {
    const text = extractFunding(report('用于开展省级宣传展示')).figures.filter(
      (f) => f.origin === 'text' && f.q?.value.toString() === '1120',
    );
    expect(text.map((f) => f.scope)).toEqual([null]);
  });
});
